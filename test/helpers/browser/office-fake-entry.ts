// Loaded in the page in place of Microsoft's office.js: the same fake mailbox the Node handler tests
// use, over the draft (or sent mail) the test put on window before the page loaded. The draft stays
// live on window.__draft, so the test reads what the pane's fixes wrote; the new-message forms the
// pane opened are on window.__newMessages.
import {
  fakeOffice,
  fakeSentMailOffice,
  type FakeDraft,
  type FakeMessageForm,
  type FakeOfficeOptions,
  type FakeSentMail,
} from '../../../addin/preview/office-host/fake-mailbox';

export interface PageSetup {
  /** A draft in compose mode; attachment content as base64, since it crosses into the page as JSON. */
  draft?: Omit<FakeDraft, 'attachments'> & {
    attachments?: { name: string; size: number; contentBase64?: string }[];
  };
  sent?: FakeSentMail;
  options?: FakeOfficeOptions;
}

interface FakeWindow {
  __privacywachtSetup: PageSetup;
  __draft?: FakeDraft;
  __newMessages?: FakeMessageForm[];
  Office: unknown;
}

const page = window as unknown as FakeWindow;
const setup = page.__privacywachtSetup;

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

if (setup.sent) {
  const state = fakeSentMailOffice(setup.sent, setup.options);
  page.Office = state.office;
  page.__newMessages = state.newMessages;
} else if (setup.draft) {
  const draft: FakeDraft = {
    ...setup.draft,
    attachments: (setup.draft.attachments ?? []).map(({ contentBase64, ...file }) =>
      contentBase64 ? { ...file, content: fromBase64(contentBase64) } : file,
    ),
  };
  page.__draft = draft;
  page.Office = fakeOffice(draft, setup.options).office;
}
