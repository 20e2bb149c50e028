// One compose session in the preview: the fake Office host over a draft, the add-in's event runtime
// (the built commands.html + events.js) in a hidden frame, and the built task pane in the side
// panel. Both frames take their Office global from this page instead of Microsoft's CDN.
import type { Language } from '../../shared/i18n/smart-alert-text';
import { HANDLER_NAMES } from '../launchevent/handler-names';
import type { SendCompletion } from '../launchevent/send-decision';
import { platformOf, type ClientProfile } from './client-profiles';
import { fakeOffice, type FakeDraft, type FakeOfficeState } from './office-host/fake-mailbox';

/** Where the dev server serves the add-in's pages with this page's Office host in place of office.js. */
const EVENT_RUNTIME_PAGE = 'event-runtime.html';
const TASKPANE_PAGE = 'taskpane.html';

interface PreviewWindow {
  /** Read by the frames' first script (see bot/dev/preview-files.ts). */
  PrivacywachtPreviewOffice?: unknown;
}

export interface OfficeSession {
  draft: FakeDraft;
  state: FakeOfficeState;
  /** Presses Send: runs OnMessageSend and resolves with what it completed with. */
  send(): Promise<SendCompletion>;
  recipientsChanged(): Promise<void>;
  attachmentsChanged(status: 'added' | 'removed', details: object): Promise<void>;
  /** Opens (or reopens) the task pane, as the ribbon button or a Smart Alert's main button does. */
  openTaskpane(): void;
  /** The ids the host gave the attachments, in order. */
  attachmentIds(): Promise<string[]>;
  close(): void;
}

export interface SessionOptions {
  draft: FakeDraft;
  profile: ClientProfile;
  language: Language;
  /** Hidden element that holds the event runtime frame. */
  runtimeSlot: HTMLElement;
  /** The side panel that holds the task pane frame. */
  paneSlot: HTMLElement;
  paneTitle: string;
  /** The add-in changed the draft or its information bar. */
  onChange: () => void;
}

export async function openSession(options: SessionOptions): Promise<OfficeSession> {
  const { draft, profile } = options;
  const state = fakeOffice(draft, {
    mailboxVersion: profile.mailboxVersion,
    platform: platformOf(profile.kind),
    displayLanguage: options.language === 'nl' ? 'nl-NL' : 'en-US',
    onChange: options.onChange,
  });
  (window as PreviewWindow).PrivacywachtPreviewOffice = state.office;
  const runtime = await loadFrame(options.runtimeSlot, EVENT_RUNTIME_PAGE, 'event runtime');
  let pane: HTMLIFrameElement | undefined;
  /** Fires one event into the add-in's handler; resolves with what the handler completed with. */
  const fire = <T>(name: string, details: object = {}) =>
    new Promise<T | undefined>((resolve) => {
      const handler = state.handlers.get(name);
      if (!handler) return resolve(undefined);
      handler({ ...details, completed: (completion?: T) => resolve(completion) });
    });
  const session: OfficeSession = {
    draft,
    state,
    send: async () =>
      (await fire<SendCompletion>(HANDLER_NAMES.messageSend)) ?? { allowEvent: true },
    recipientsChanged: async () => {
      await fire(HANDLER_NAMES.recipientsChanged);
    },
    attachmentsChanged: async (status, details) => {
      await fire(HANDLER_NAMES.attachmentsChanged, {
        attachmentStatus: status,
        attachmentDetails: details,
      });
    },
    openTaskpane() {
      pane?.remove();
      pane = frame(TASKPANE_PAGE, options.paneTitle);
      options.paneSlot.append(pane);
    },
    attachmentIds: () =>
      new Promise((resolve) => {
        const item = (state.office as typeof Office).context.mailbox.item as Office.MessageCompose;
        item.getAttachmentsAsync((result) => resolve(result.value.map((entry) => entry.id)));
      }),
    close() {
      runtime.remove();
      pane?.remove();
    },
  };
  // Outlook runs OnMessageCompose as the form opens (new mail, reply, forward, reopened draft);
  // recipients-changed runs only when the sender changes them.
  await fire(HANDLER_NAMES.composeOpened);
  session.openTaskpane();
  return session;
}

function frame(page: string, title: string): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.src = page;
  element.title = title;
  return element;
}

function loadFrame(slot: HTMLElement, page: string, title: string): Promise<HTMLIFrameElement> {
  return new Promise((resolve, reject) => {
    const element = frame(page, title);
    element.addEventListener('load', () => resolve(element), { once: true });
    element.addEventListener('error', () => reject(new Error(`${page} did not load`)), {
      once: true,
    });
    slot.append(element);
  });
}
