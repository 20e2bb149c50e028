// A fake Office global for a draft in compose mode, built on office-addin-mock. Async methods call
// back like Outlook does ({ status, value }); enums and requirement sets are part of the seed,
// since office-addin-mock does not provide them.
import { OfficeMockObject } from 'office-addin-mock';

export interface FakeDraft {
  subject: string;
  body: string;
  to: { displayName?: string; emailAddress: string }[];
  cc?: { displayName?: string; emailAddress: string }[];
  bcc?: { displayName?: string; emailAddress: string }[];
  from?: { displayName: string; emailAddress: string };
  attachments?: { name: string; size: number; isInline?: boolean }[];
  internetHeaders?: Record<string, string>;
  sensitivityLabel?: string;
}

export interface FakeOfficeOptions {
  /** Highest Mailbox requirement set the client supports, e.g. '1.13'. */
  mailboxVersion?: string;
  displayLanguage?: string;
  /** Make body.getAsync fail, as a broken client would. */
  failBody?: boolean;
}

type Callback = (result: { status: string; value?: unknown; error?: { message: string } }) => void;

const succeed = (value: unknown) => (callback: Callback) =>
  callback({ status: 'succeeded', value });

export function fakeOffice(
  draft: FakeDraft,
  options: FakeOfficeOptions = {},
): { office: unknown; handlers: Map<string, (event: unknown) => void> } {
  const version = Number((options.mailboxVersion ?? '1.15').split('.')[1]);
  const handlers = new Map<string, (event: unknown) => void>();
  const recipients = (list: FakeDraft['to'] | undefined) => ({
    getAsync: (callback: Callback) => succeed(list ?? [])(callback),
  });
  const seed = {
    host: 'outlook',
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Text: 'text', Html: 'html' },
    actions: {
      associate: (name: string, handler: (event: unknown) => void) => handlers.set(name, handler),
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'nl-NL',
      requirements: {
        isSetSupported: (name: string, wanted: string) =>
          name === 'Mailbox' && Number(wanted.split('.')[1]) <= version,
      },
      mailbox: {
        userProfile: {
          displayName: draft.from?.displayName ?? 'Anouk van der Berg',
          emailAddress: draft.from?.emailAddress ?? 'a.vanderberg@kindante.nl',
        },
        item: {
          subject: { getAsync: (callback: Callback) => succeed(draft.subject)(callback) },
          body: {
            getAsync: (_coercion: string, callback: Callback) =>
              options.failBody
                ? callback({ status: 'failed', error: { message: 'body unavailable' } })
                : succeed(draft.body)(callback),
          },
          to: recipients(draft.to),
          cc: recipients(draft.cc),
          bcc: recipients(draft.bcc),
          from: { getAsync: (callback: Callback) => succeed(draft.from)(callback) },
          getAttachmentsAsync: (callback: Callback) =>
            succeed((draft.attachments ?? []).map((entry) => ({ isInline: false, ...entry })))(
              callback,
            ),
          internetHeaders: {
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
          },
        },
      },
    },
  };
  return { office: new OfficeMockObject(seed), handlers };
}
