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
