// Entry of the preview page (npm start → /preview/): an Outlook-like compose window around the real
// add-in. Picks a sample or a dropped .eml, opens a session on the fake host, and shows what
// Outlook would show: the information bar, the Smart Alert on Send, the task pane beside the mail.
import { languageOf, type Language } from '../../shared/i18n/smart-alert-text';
import { BUILD_CONFIG } from '../launchevent/build-config';
import {
  CLIENT_KINDS,
  MAILBOX_VERSIONS,
  alertSupport,
  type ClientKind,
  type ClientProfile,
  type MailboxVersion,
} from './client-profiles';
import { RECIPIENT_FIELDS, formatRecipients, formatSize, parseRecipients } from './compose-form';
import { draftFromEml } from './eml-draft';
import type { FakeDraft } from './office-host/fake-mailbox';
import { openSession, type OfficeSession } from './office-session';
import { previewText, type PreviewText } from './preview-text';
import { SAMPLES, type SampleId } from './samples';
import { showSmartAlert } from './smart-alert-dialog';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const ui = {
  sample: byId<HTMLSelectElement>('sample'),
  client: byId<HTMLSelectElement>('client'),
  version: byId<HTMLSelectElement>('version'),
  language: byId<HTMLSelectElement>('language'),
  from: byId<HTMLInputElement>('from'),
  subject: byId<HTMLInputElement>('subject'),
  body: byId<HTMLDivElement>('body'),
  attachments: byId<HTMLUListElement>('attachments'),
  attach: byId<HTMLInputElement>('attach'),
  eml: byId<HTMLInputElement>('eml'),
  drop: byId<HTMLElement>('drop'),
  send: byId<HTMLButtonElement>('send'),
  infoBar: byId<HTMLElement>('info-bar'),
  status: byId<HTMLElement>('status'),
  runtime: byId<HTMLElement>('event-runtime'),
  pane: byId<HTMLElement>('pane'),
  reloadPane: byId<HTMLButtonElement>('reload-pane'),
  compose: byId<HTMLElement>('compose'),
};

const recipientInputs = Object.fromEntries(
  RECIPIENT_FIELDS.map((field) => [field, byId<HTMLInputElement>(field)]),
) as Record<(typeof RECIPIENT_FIELDS)[number], HTMLInputElement>;

let language: Language = languageOf(navigator.language);
let profile: ClientProfile = { kind: 'new-outlook-web', mailboxVersion: '1.15' };
let session: OfficeSession | undefined;
let isSent = false;

const text = (): PreviewText => previewText(language);

/** Starts a fresh compose session on `draft` with the chosen client and language. */
async function open(draft: FakeDraft): Promise<void> {
  session?.close();
  isSent = false;
  ui.status.textContent = '';
  ui.compose.classList.remove('sent');
  session = await openSession({
    draft,
    profile,
    language,
    runtimeSlot: ui.runtime,
    paneSlot: ui.pane,
    paneTitle: text().taskpane,
    onChange: () => render(),
  });
  render();
}

function render(): void {
  if (!session) return;
  const { draft, state } = session;
  ui.from.value = formatRecipients(draft.from ? [draft.from] : []);
  for (const field of RECIPIENT_FIELDS)
    recipientInputs[field].value = formatRecipients(draft[field] ?? []);
  ui.subject.value = draft.subject;
  if (ui.body.innerHTML !== draft.body) ui.body.innerHTML = draft.body;
  ui.attachments.replaceChildren(
    ...(draft.attachments ?? []).map((attachment, index) => {
      const entry = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = `${attachment.name} (${formatSize(attachment.size)})`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', `${text().removeAttachment} ${attachment.name}`);
      remove.addEventListener('click', () => void removeAttachment(index));
      entry.append(name, remove);
      return entry;
    }),
  );
  ui.infoBar.replaceChildren(
    ...[...state.notifications.values()].map((notice) => {
      const bar = document.createElement('div');
      bar.className = `notice ${notice.type}`;
      bar.textContent = notice.message;
      return bar;
    }),
  );
  ui.send.disabled = isSent;
}

async function removeAttachment(index: number): Promise<void> {
  if (!session) return;
  const attachments = session.draft.attachments ?? [];
  const removed = attachments[index];
  const id = (await session.attachmentIds())[index];
  if (!removed) return;
  session.draft.attachments = attachments.filter((_, at) => at !== index);
  render();
  await session.attachmentsChanged('removed', { id, name: removed.name, size: removed.size });
}

async function send(): Promise<void> {
  if (!session || isSent) return;
  ui.send.disabled = true;
  ui.status.textContent = text().sending;
  const completion = await session.send();
  ui.status.textContent = '';
  if (completion.allowEvent) return markSent();
  const choice = await showSmartAlert(document.body, {
    completion,
    hasMarkdown: alertSupport(profile).hasMarkdown,
    sendMode: BUILD_CONFIG.addin.sendMode,
    text: text(),
  });
  ui.send.disabled = false;
  if (choice === 'send-anyway') return markSent();
  // The main button opens the task pane named by commandId; without one it only closes the alert.
  if (completion.commandId) session.openTaskpane();
}

function markSent(): void {
  if (!session) return;
  isSent = true;
  ui.compose.classList.add('sent');
  ui.status.textContent = text().sent(session.draft.subject);
  render();
}

async function openSample(id: string): Promise<void> {
  const sample = SAMPLES.find((entry) => entry.id === (id as SampleId)) ?? SAMPLES[0];
  if (sample) await open(await sample.draft());
}

async function openEml(file: File): Promise<void> {
  try {
    await open(draftFromEml(new Uint8Array(await file.arrayBuffer())));
    ui.sample.value = '';
    ui.status.textContent = text().emlRead(file.name);
  } catch {
    ui.status.textContent = text().emlFailed(file.name);
  }
}

/** Labels in the chosen language; the selects keep their values. */
function applyLanguage(): void {
  const words = text();
  document.documentElement.lang = language;
  document.title = words.title;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const value = words[element.dataset['text'] as keyof PreviewText];
    if (typeof value === 'string') element.textContent = value;
  }
  ui.body.setAttribute('aria-label', words.body);
  for (const field of RECIPIENT_FIELDS) recipientInputs[field].placeholder = words.addresses;
  ui.sample.replaceChildren(
    option('', '—'),
    ...SAMPLES.map((sample) => option(sample.id, sample.label[language])),
  );
}

function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

function wire(): void {
  ui.client.replaceChildren(...CLIENT_KINDS.map((client) => option(client.kind, client.label)));
  ui.version.replaceChildren(
    ...MAILBOX_VERSIONS.map((version) => option(version, `Mailbox ${version}`)),
  );
  ui.client.value = profile.kind;
  ui.version.value = profile.mailboxVersion;
  ui.language.value = language;
  const reopen = () => {
    if (session) void open(session.draft);
  };
  ui.sample.addEventListener('change', () => {
    if (ui.sample.value) void openSample(ui.sample.value);
  });
  ui.client.addEventListener('change', () => {
    profile = { ...profile, kind: ui.client.value as ClientKind };
    reopen();
  });
  ui.version.addEventListener('change', () => {
    profile = { ...profile, mailboxVersion: ui.version.value as MailboxVersion };
    reopen();
  });
  ui.language.addEventListener('change', () => {
    const sample = ui.sample.value;
    language = ui.language.value === 'nl' ? 'nl' : 'en';
    applyLanguage();
    ui.sample.value = sample;
    reopen();
  });
  for (const field of RECIPIENT_FIELDS)
    recipientInputs[field].addEventListener('change', () => {
      if (!session) return;
      session.draft[field] = parseRecipients(recipientInputs[field].value);
      void session.recipientsChanged();
    });
  ui.subject.addEventListener('input', () => {
    if (session) session.draft.subject = ui.subject.value;
  });
  ui.body.addEventListener('input', () => {
    if (session) session.draft.body = ui.body.innerHTML;
  });
  ui.attach.addEventListener('change', () => void attachFiles(ui.attach.files));
  ui.eml.addEventListener('change', () => {
    const file = ui.eml.files?.[0];
    if (file) void openEml(file);
  });
  ui.drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    ui.drop.classList.add('over');
  });
  ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('over'));
  ui.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.drop.classList.remove('over');
    const file = event.dataTransfer?.files[0];
    if (file) void openEml(file);
  });
  ui.send.addEventListener('click', () => void send());
  ui.reloadPane.addEventListener('click', () => session?.openTaskpane());
}

async function attachFiles(files: FileList | null): Promise<void> {
  if (!session || !files) return;
  for (const file of Array.from(files)) {
    const content = new Uint8Array(await file.arrayBuffer());
    const attachment = { name: file.name, size: content.length, content };
    session.draft.attachments = [...(session.draft.attachments ?? []), attachment];
    render();
    const ids = await session.attachmentIds();
    await session.attachmentsChanged('added', {
      id: ids[ids.length - 1],
      name: file.name,
      size: content.length,
    });
  }
  ui.attach.value = '';
}

applyLanguage();
wire();
ui.sample.value = 'bsn';
void openSample('bsn');
