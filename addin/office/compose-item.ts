// Promisified reads of the draft (turned into the engine's plain MailInput) and its information bar.
// Attachments are read in attachments.ts, session data in session-data.ts. Requirement sets are
// checked per API, so an older client gives fewer facts instead of failing.
import type { EncryptionMethod } from '../../shared/policy/config-schema';
import type { Address, MailInput } from '../../shared/scan/types';
import { NOTICE_ICON_ID } from '../launchevent/handler-names';
import type { ClientSupport } from '../launchevent/send-decision';
import { call } from './office-call';

function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported('Mailbox', version);
}

export function clientSupport(): ClientSupport {
  return { hasTakeAction: supports('1.14'), hasMarkdown: supports('1.15') };
}

export function displayLanguage(): string {
  return Office.context.displayLanguage;
}

/** Who sends and who receives: all a recipients-changed event needs to read. */
export async function readParticipants(): Promise<Pick<MailInput, 'from' | 'to' | 'cc' | 'bcc'>> {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const recipients = (field: Office.Recipients) =>
    call<Office.EmailAddressDetails[]>((done) => field.getAsync(done)).then(toAddresses);
  const [to, cc, bcc, from] = await Promise.all([
    recipients(item.to),
    recipients(item.cc),
    recipients(item.bcc),
    readSender(item),
  ]);
  return from ? { from, to, cc, bcc } : { to, cc, bcc };
}

/** Reads the draft: subject, body, sender, recipients and the encryption marking. */
export async function readComposedMail(
  encryption: EncryptionMethod,
): Promise<Omit<MailInput, 'attachments'>> {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const [subject, bodyHtml, participants, internetHeaders, sensitivityLabelId] = await Promise.all([
    call<string>((done) => item.subject.getAsync(done)),
    // HTML keeps table cells and rows apart, so a "BSN" column header still labels its numbers.
    call<string>((done) => item.body.getAsync(Office.CoercionType.Html, done)),
    readParticipants(),
    readMarkingHeader(item, encryption),
    readSensitivityLabel(item, encryption),
  ]);
  const mail: Omit<MailInput, 'attachments'> = { subject, bodyHtml, ...participants };
  if (internetHeaders) mail.internetHeaders = internetHeaders;
  if (sensitivityLabelId) mail.sensitivityLabelId = sensitivityLabelId;
  return mail;
}

function toAddresses(details: Office.EmailAddressDetails[]): Address[] {
  return details.map((entry) =>
    entry.displayName
      ? { name: entry.displayName, address: entry.emailAddress }
      : { address: entry.emailAddress },
  );
}

async function readSender(item: Office.MessageCompose): Promise<Address | undefined> {
  if (supports('1.7')) {
    const from = await call<Office.EmailAddressDetails>((done) => item.from.getAsync(done));
    if (from?.emailAddress) return { name: from.displayName, address: from.emailAddress };
  }
  const profile = Office.context.mailbox.userProfile;
  return { name: profile.displayName, address: profile.emailAddress };
}

async function readMarkingHeader(
  item: Office.MessageCompose,
  encryption: EncryptionMethod,
): Promise<Record<string, string> | undefined> {
  if (encryption.method !== 'internet-header' || !supports('1.8')) return undefined;
  return call<Record<string, string>>((done) =>
    item.internetHeaders.getAsync([encryption.headerName], done),
  );
}

async function readSensitivityLabel(
  item: Office.MessageCompose,
  encryption: EncryptionMethod,
): Promise<string | undefined> {
  if (encryption.method !== 'sensitivity-label' || !supports('1.13')) return undefined;
  return call<string>((done) => item.sensitivityLabel.getAsync(done));
}

/** One bar per topic, so the attachments check never clears the recipients warning, or back. */
export type NoticeTopic = 'recipients' | 'attachments';

/** Shows, replaces or (with undefined) removes Privacywacht's information bar for `topic`. */
export async function showComposeNotice(
  topic: NoticeTopic,
  text: string | undefined,
): Promise<void> {
  const NOTICE_KEY = `privacywacht-${topic}`;
  const item = Office.context.mailbox.item as Office.MessageCompose;
  if (text === undefined) {
    await call<void>((done) => item.notificationMessages.removeAsync(NOTICE_KEY, done)).catch(
      () => undefined,
    );
    return;
  }
  const message: Office.NotificationMessageDetails = {
    type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage,
    message: text,
    icon: NOTICE_ICON_ID,
    persistent: false,
  };
  await call<void>((done) => item.notificationMessages.replaceAsync(NOTICE_KEY, message, done));
}
