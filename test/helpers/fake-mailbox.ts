// A fake Office global for a draft in compose mode, built on office-addin-mock. Async methods call
// back like Outlook does ({ status, value }); enums and requirement sets are part of the seed,
// since office-addin-mock does not provide them. The draft object stays live: a test may change
// it between events, as a sender would.
import { OfficeMockObject } from 'office-addin-mock';

interface FakeRecipient {
  displayName?: string;
  emailAddress: string;
}

export interface FakeDraft {
  subject: string;
  body: string;
  to: FakeRecipient[];
  cc?: FakeRecipient[];
  bcc?: FakeRecipient[];
  from?: { displayName: string; emailAddress: string };
  attachments?: { name: string; size: number; isInline?: boolean; content?: Uint8Array }[];
  internetHeaders?: Record<string, string>;
  sensitivityLabel?: string;
}

export interface FakeOfficeOptions {
  /** Highest Mailbox requirement set the client supports, e.g. '1.13'. */
  mailboxVersion?: string;
  displayLanguage?: string;
  /** Make body.getAsync fail, as a broken client would. */
  failBody?: boolean;
  /** Make every write to the draft fail, as a client that lost its connection would. */
  failWrites?: boolean;
  /** Outlook's theme background as the task pane sees it, e.g. '#1f1f1f' for dark. */
  bodyBackgroundColor?: string;
  /** The token Office single sign-on hands out; without it, sign-in fails. */
  accessToken?: string;
}

export interface FakeOfficeState {
  office: unknown;
  handlers: Map<string, (event: unknown) => void>;
  /** The information bar messages on the item, by key. */
  notifications: Map<string, { type: string; message: string }>;
  sessionData: Map<string, string>;
}

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

const succeed = (value: unknown) => (callback: Callback) =>
  callback({ status: 'succeeded', value });
const fail = (message: string) => (callback: Callback) =>
  callback({ status: 'failed', error: { message } });

/** Base64 without Buffer, so the fake also runs in the browser for the task pane tests. */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fakeOffice(draft: FakeDraft, options: FakeOfficeOptions = {}): FakeOfficeState {
  /** Applies a write to the draft unless writes are set to fail. */
  const write = (change: () => void) => (callback: Callback) => {
    if (options.failWrites) return fail('The item could not be saved')(callback);
    change();
    succeed(undefined)(callback);
  };
  const handlers = new Map<string, (event: unknown) => void>();
  const notifications = new Map<string, { type: string; message: string }>();
  const sessionData = new Map<string, string>();
  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (callback: Callback) => succeed(draft[field] ?? [])(callback),
    setAsync: (list: FakeRecipient[], callback: Callback) =>
      write(() => (draft[field] = list))(callback),
  });
  const attachmentList = () =>
    (draft.attachments ?? []).map((entry, index) => ({
      id: `att-${index}`,
      name: entry.name,
      size: entry.size,
      isInline: entry.isInline ?? false,
    }));
  const item = {
    subject: {
      getAsync: (callback: Callback) => succeed(draft.subject)(callback),
      setAsync: (subject: string, callback: Callback) =>
        write(() => (draft.subject = subject))(callback),
    },
    body: {
      getAsync: (_coercion: string, callback: Callback) =>
        (options.failBody ? fail('body unavailable') : succeed(draft.body))(callback),
      setAsync: (body: string, _options: unknown, callback: Callback) =>
        write(() => (draft.body = body))(callback),
    },
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (callback: Callback) => succeed(draft.from)(callback) },
    getAttachmentsAsync: (callback: Callback) => succeed(attachmentList())(callback),
    getAttachmentContentAsync: (id: string, callback: Callback) => {
      const content = draft.attachments?.[Number(id.slice(4))]?.content;
      (content
        ? succeed({ format: 'base64', content: toBase64(content) })
        : fail('InvalidAttachmentId'))(callback);
    },
    internetHeaders: {
      setAsync: (headers: Record<string, string>, callback: Callback) =>
        write(() => (draft.internetHeaders = { ...draft.internetHeaders, ...headers }))(callback),
      getAsync: (names: string[], callback: Callback) =>
        succeed(
          Object.fromEntries(
            names
              .filter((name) => draft.internetHeaders?.[name] !== undefined)
              .map((name) => [name, draft.internetHeaders?.[name]]),
          ),
        )(callback),
    },
    sensitivityLabel: {
      getAsync: (callback: Callback) => succeed(draft.sensitivityLabel ?? '')(callback),
      setAsync: (labelId: string, callback: Callback) =>
        write(() => (draft.sensitivityLabel = labelId))(callback),
    },
    sessionData: {
      getAsync: (key: string, callback: Callback) => succeed(sessionData.get(key) ?? '')(callback),
      setAsync: (key: string, value: string, callback: Callback) => {
        sessionData.set(key, value);
        succeed(undefined)(callback);
      },
    },
    notificationMessages: {
      replaceAsync: (
        key: string,
        details: { type: string; message: string },
        callback: Callback,
      ) => {
        notifications.set(key, { type: details.type, message: details.message });
        succeed(undefined)(callback);
      },
      removeAsync: (key: string, callback: Callback) => {
        notifications.delete(key);
        succeed(undefined)(callback);
      },
    },
  };
  const seed = officeSeed(item, options, handlers, draft.from);
  return { office: new OfficeMockObject(seed), handlers, notifications, sessionData };
}

/** The Office global around an item: enums, requirement sets, theme, onReady, the mailbox. */
function officeSeed(
  item: object,
  options: FakeOfficeOptions,
  handlers: Map<string, (event: unknown) => void>,
  from: FakeDraft['from'],
) {
  const version = Number((options.mailboxVersion ?? '1.15').split('.')[1]);
  return {
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    MailboxEnums: {
      AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
      ItemNotificationMessageType: {
        InformationalMessage: 'informationalMessage',
        ErrorMessage: 'errorMessage',
      },
    },
    actions: {
      associate: (name: string, handler: (event: unknown) => void) => handlers.set(name, handler),
    },
    auth: {
      getAccessToken: () =>
        options.accessToken
          ? Promise.resolve(options.accessToken)
          : Promise.reject(new Error('13003: single sign-on is not available')),
    },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: 'Outlook', platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'nl-NL',
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? '#ffffff' },
      requirements: {
        isSetSupported: (name: string, wanted: string) =>
          name === 'Mailbox' && Number(wanted.split('.')[1]) <= version,
      },
      mailbox: {
        userProfile: {
          displayName: from?.displayName ?? 'Anouk van der Berg',
          emailAddress: from?.emailAddress ?? 'a.vanderberg@kindante.nl',
        },
        item,
      },
    },
  };
}

export interface FakeSentMail {
  subject: string;
  to: FakeRecipient[];
  cc?: FakeRecipient[];
  sentAt: string;
  attachments?: { name: string; size: number; isInline?: boolean }[];
}

/** A mail opened in read mode (e.g. from Sent Items): plain properties instead of getAsync. */
export function fakeSentMailOffice(
  sent: FakeSentMail,
  options: FakeOfficeOptions = {},
): FakeOfficeState {
  const handlers = new Map<string, (event: unknown) => void>();
  const item = {
    subject: sent.subject,
    to: sent.to,
    cc: sent.cc ?? [],
    dateTimeCreated: new Date(sent.sentAt),
    attachments: (sent.attachments ?? []).map((entry, index) => ({
      id: `att-${index}`,
      name: entry.name,
      size: entry.size,
      isInline: entry.isInline ?? false,
    })),
    displayReplyForm: () => undefined,
  };
  return {
    office: new OfficeMockObject(officeSeed(item, options, handlers, undefined)),
    handlers,
    notifications: new Map(),
    sessionData: new Map(),
  };
}
