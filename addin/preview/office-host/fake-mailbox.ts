// A fake Office global for a draft in compose mode, built on office-addin-mock. The tests and the
// preview page (npm start) both run the add-in against this one host, so what the preview shows is
// what is tested; it is never part of the bundles Outlook loads. Async methods call
// back like Outlook does ({ status, value }), later rather than at once, so event instances that
// run together interleave as in Outlook; enums and requirement sets are part of the seed, since
// office-addin-mock does not provide them. Session data has Outlook's size limit per requirement
// set. The draft object stays live: a test may change it between events, as a sender would.
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
  attachments?: FakeAttachment[];
  internetHeaders?: Record<string, string>;
  sensitivityLabel?: string;
}

interface FakeAttachment {
  name: string;
  size: number;
  isInline?: boolean;
  /** The bytes Outlook gives; without them, getAttachmentContentAsync fails. */
  content?: Uint8Array;
  /** How Outlook hands the content over: base64 (files, the default), eml (attached mails), url (cloud). */
  format?: 'base64' | 'eml' | 'url';
  /** Outlook never answers the content request (a slow or stuck client). */
  isStuck?: boolean;
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
  /** The compose form was closed: the item has nothing left to read. */
  isItemClosed?: boolean;
  /** What Office.onReady reports, e.g. 'PC' (classic Outlook on Windows), 'Mac', 'OfficeOnline'. */
  platform?: string;
  /** Make displayNewMessageFormAsync fail, as a client that cannot open a form would. */
  failNewMessage?: boolean;
  /** Called after the add-in changed the draft or its information bar, so a page can redraw. */
  onChange?: () => void;
}

export interface FakeOfficeState {
  office: unknown;
  handlers: Map<string, (event: unknown) => void>;
  /** The information bar messages on the item, by key. */
  notifications: Map<string, { type: string; message: string }>;
  sessionData: Map<string, string>;
  /** The add-in's roaming settings as saved (saveAsync). */
  roamingSettings: Map<string, unknown>;
  /** The new-message forms the add-in opened (displayNewMessageFormAsync), for the user to send. */
  newMessages: FakeMessageForm[];
}

/** What Office.MessageForm the add-in passed: recipients as strings, as the add-in sends them. */
export interface FakeMessageForm {
  toRecipients?: string[];
  ccRecipients?: string[];
  bccRecipients?: string[];
  subject?: string;
  htmlBody?: string;
}

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

// Outlook answers through its host process: never within the call itself.
const later = (callback: Callback, result: Parameters<Callback>[0]) =>
  void setTimeout(() => callback(result), 0);
const succeed = (value: unknown) => (callback: Callback) =>
  later(callback, { status: 'succeeded', value });
const fail = (message: string) => (callback: Callback) =>
  later(callback, { status: 'failed', error: { message } });

/** SessionData limit per add-in and item: 50,000 characters before Mailbox 1.16. */
export function sessionDataLimit(mailboxVersion = '1.15'): number {
  return Number(mailboxVersion.split('.')[1]) >= 16 ? 2_621_440 : 50_000;
}

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
    options.onChange?.();
    succeed(undefined)(callback);
  };
  const handlers = new Map<string, (event: unknown) => void>();
  const notifications = new Map<string, { type: string; message: string }>();
  const sessionData = new Map<string, string>();
  const limit = sessionDataLimit(options.mailboxVersion);
  const recipients = (field: 'to' | 'cc' | 'bcc') => ({
    getAsync: (callback: Callback) => succeed(draft[field] ?? [])(callback),
    setAsync: (list: FakeRecipient[], callback: Callback) =>
      write(() => (draft[field] = list))(callback),
  });
  // Ids stay with their attachment for the session, as in Outlook, whatever else is added or removed.
  const ids = new WeakMap<FakeAttachment, string>();
  const idOf = (attachment: FakeAttachment) => {
    if (!ids.has(attachment)) ids.set(attachment, `att-${nextId++}`);
    return ids.get(attachment) ?? '';
  };
  let nextId = 0;
  const attachmentList = () =>
    (draft.attachments ?? []).map((entry) => ({
      id: idOf(entry),
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
      const attachment = draft.attachments?.find((entry) => idOf(entry) === id);
      if (attachment?.isStuck) return;
      const { content, format = 'base64' } = attachment ?? {};
      if (format === 'url')
        return succeed({ format, content: 'https://onedrive.example/x' })(callback);
      if (!content) return fail('InvalidAttachmentId')(callback);
      const text = format === 'eml' ? new TextDecoder().decode(content) : toBase64(content);
      succeed({ format, content: text })(callback);
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
      getAllAsync: (callback: Callback) => succeed(Object.fromEntries(sessionData))(callback),
      setAsync: (key: string, value: string, callback: Callback) => {
        const next = new Map(sessionData).set(key, value);
        if (JSON.stringify(Object.fromEntries(next)).length > limit)
          return fail('SessionObjectMaxLengthExceeded')(callback);
        sessionData.set(key, value);
        succeed(undefined)(callback);
      },
      removeAsync: (key: string, callback: Callback) => {
        sessionData.delete(key);
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
        options.onChange?.();
        succeed(undefined)(callback);
      },
      removeAsync: (key: string, callback: Callback) => {
        notifications.delete(key);
        options.onChange?.();
        succeed(undefined)(callback);
      },
    },
  };
  const roamingSettings = new Map<string, unknown>();
  const newMessages: FakeMessageForm[] = [];
  const seed = officeSeed(
    options.isItemClosed ? {} : item,
    options,
    handlers,
    draft.from,
    roamingSettings,
    newMessages,
  );
  return {
    office: new OfficeMockObject(seed),
    handlers,
    notifications,
    sessionData,
    roamingSettings,
    newMessages,
  };
}

/** The Office global around an item: enums, requirement sets, theme, onReady, the mailbox. */
function officeSeed(
  item: object,
  options: FakeOfficeOptions,
  handlers: Map<string, (event: unknown) => void>,
  from: FakeDraft['from'],
  roamingSettings = new Map<string, unknown>(),
  newMessages: FakeMessageForm[] = [],
) {
  const unsaved = new Map(roamingSettings);
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
      const info = { host: 'Outlook', platform: options.platform ?? 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'nl-NL',
      roamingSettings: {
        get: (name: string) => unsaved.get(name),
        set: (name: string, value: unknown) => unsaved.set(name, value),
        saveAsync: (callback?: Callback) => {
          for (const [name, value] of unsaved) roamingSettings.set(name, value);
          if (callback) succeed(undefined)(callback);
        },
      },
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
        // Read mode (Mailbox 1.9): opens a form and returns; the user sends it, or not.
        displayNewMessageFormAsync: (form: FakeMessageForm, callback?: Callback) => {
          if (options.failNewMessage) {
            if (callback) fail('The form could not be opened')(callback);
            return;
          }
          newMessages.push(structuredClone(form));
          options.onChange?.();
          if (callback) succeed(undefined)(callback);
        },
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
  const newMessages: FakeMessageForm[] = [];
  return {
    office: new OfficeMockObject(
      officeSeed(item, options, handlers, undefined, new Map(), newMessages),
    ),
    handlers,
    notifications: new Map(),
    sessionData: new Map(),
    roamingSettings: new Map(),
    newMessages,
  };
}
