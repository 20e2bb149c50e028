// Teams-shaped Bot Framework activities for end-to-end tests, as Teams would POST them to
// /api/messages; serviceUrl points at the local connector stub.

export const TEST_USER = {
  id: '29:1a2b3c-user',
  name: 'Petra de Vries',
  aadObjectId: '00000000-0000-0000-0000-0000000000aa',
};
const TEST_BOT = { id: '28:privacywacht-bot', name: 'Privacywacht' };
export const TEST_CONVERSATION = {
  id: 'a:1personal-chat',
  conversationType: 'personal',
  tenantId: '00000000-0000-0000-0000-0000000000ff',
};

let sequence = 0;

/** A message activity (typed text and/or a card's submitted value). */
export function teamsMessage(
  serviceUrl: string,
  content: { text?: string; value?: unknown; locale?: string },
): Record<string, unknown> {
  return {
    ...base(serviceUrl),
    type: 'message',
    ...(content.text === undefined ? {} : { text: content.text }),
    ...(content.value === undefined ? {} : { value: content.value }),
    locale: content.locale ?? 'nl-NL',
  };
}

/** Someone in the ICT team (on the roster the connector stub reports). */
export const ICT_USER = {
  id: '29:ict-user',
  name: 'Ed van ICT',
  aadObjectId: '00000000-0000-0000-0000-0000000000bb',
};
/** Someone outside the ICT team who can see the channel card (e.g. in a shared channel). */
export const OTHER_USER = {
  id: '29:other-user',
  name: 'Olga Buiten',
  aadObjectId: '00000000-0000-0000-0000-0000000000cc',
};
export const ICT_TEAM_ID = '19:ict-team@thread.tacv2';
export const ICT_CHANNEL_ID = '19:ict-datalek@thread.tacv2';

/** An Action.Execute on a card (invoke adaptiveCard/action), in the 1:1 chat unless `in` says. */
export function teamsCardAction(
  serviceUrl: string,
  action: {
    verb: string;
    data: Record<string, unknown>;
    from?: typeof TEST_USER;
    in?: 'personal' | 'channel';
    replyToId?: string;
    trigger?: 'manual' | 'automatic';
    locale?: string;
  },
): Record<string, unknown> {
  const inChannel = action.in === 'channel';
  return {
    ...base(serviceUrl),
    type: 'invoke',
    name: 'adaptiveCard/action',
    from: action.from ?? TEST_USER,
    locale: action.locale ?? 'nl-NL',
    ...(action.replyToId ? { replyToId: action.replyToId } : {}),
    ...(inChannel ? channelPlace() : {}),
    value: {
      action: { type: 'Action.Execute', verb: action.verb, data: action.data },
      trigger: action.trigger ?? 'manual',
    },
  };
}

/** A message typed in the ICT team's channel (the bot @mentioned). */
export function teamsChannelMessage(
  serviceUrl: string,
  content: { text: string; from?: typeof TEST_USER; teamId?: string; channelId?: string },
): Record<string, unknown> {
  return {
    ...base(serviceUrl),
    type: 'message',
    text: content.text,
    from: content.from ?? ICT_USER,
    locale: 'nl-NL',
    ...channelPlace(content.teamId, content.channelId),
  };
}

function channelPlace(teamId = ICT_TEAM_ID, channelId = ICT_CHANNEL_ID): Record<string, unknown> {
  return {
    conversation: {
      id: `${channelId};messageid=1`,
      conversationType: 'channel',
      isGroup: true,
      tenantId: TEST_CONVERSATION.tenantId,
    },
    channelData: {
      tenant: { id: TEST_CONVERSATION.tenantId },
      team: { id: teamId },
      channel: { id: channelId },
    },
  };
}

/** The activity Teams sends when the app is installed in a personal chat. */
export function teamsInstall(serviceUrl: string): Record<string, unknown> {
  return { ...base(serviceUrl), type: 'conversationUpdate', membersAdded: [TEST_BOT, TEST_USER] };
}

function base(serviceUrl: string): Record<string, unknown> {
  sequence += 1;
  return {
    id: `inbound-${sequence}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from: TEST_USER,
    recipient: TEST_BOT,
    conversation: TEST_CONVERSATION,
    channelData: { tenant: { id: TEST_CONVERSATION.tenantId } },
  };
}

/** POSTs an activity to the running service's /api/messages. */
export function postActivity(
  serviceUrl: string,
  activity: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${serviceUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
}
