// The only place that touches Office.context.mailbox.item: promisified reads of the draft (turned
// into the engine's plain MailInput), its session data and its information bar. Requirement sets
// are checked per API, so an older client gives fewer facts (e.g. no attachment list) instead of
// failing.
import { strToU8 } from 'fflate';
import type { EncryptionMethod } from '../../shared/policy/config-schema';
import { decodeBase64 } from '../../shared/scan/extract/base64';
import type { Address, MailAttachment, MailInput } from '../../shared/scan/types';
import {
  parseCachedAttachmentScan,
  type CachedAttachmentScan,
} from '../launchevent/cached-attachment-scan';
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

/** Reads the draft: subject, body, sender, recipients, attachment names and sizes, marking. */
export async function readComposedMail(encryption: EncryptionMethod): Promise<MailInput> {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const [subject, bodyHtml, participants, attachments, internetHeaders, sensitivityLabelId] =
    await Promise.all([
      call<string>((done) => item.subject.getAsync(done)),
      // HTML keeps table cells and rows apart, so a "BSN" column header still labels its numbers.
      call<string>((done) => item.body.getAsync(Office.CoercionType.Html, done)),
      readParticipants(),
      readAttachments(item),
      readMarkingHeader(item, encryption),
      readSensitivityLabel(item, encryption),
    ]);
  const mail: MailInput = { subject, bodyHtml, ...participants, attachments };
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

/** Names and sizes only on send; attachment content is read when attachments change (issue #3). */
async function readAttachments(item: Office.MessageCompose): Promise<MailAttachment[]> {
  if (!supports('1.8')) return [];
  const details = await call<Office.AttachmentDetailsCompose[]>((done) =>
    item.getAttachmentsAsync(done),
  );
  return details
    .filter((entry) => !entry.isInline)
    .map((entry) => ({ name: entry.name, size: entry.size }));
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

/** The files attached to the draft with their bytes (Mailbox 1.8), up to `limitBytes` each. */
export async function readAttachmentFiles(limitBytes: number): Promise<MailAttachment[]> {
  if (!supports('1.8')) return [];
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const details = await call<Office.AttachmentDetailsCompose[]>((done) =>
    item.getAttachmentsAsync(done),
  );
  const files = details.filter((entry) => !entry.isInline);
  return Promise.all(
    files.map(async (entry): Promise<MailAttachment> => {
      const file: MailAttachment = { name: entry.name, size: entry.size };
      if (entry.size > limitBytes) return file;
      const content = await call<Office.AttachmentContent>((done) =>
        item.getAttachmentContentAsync(entry.id, done),
      ).catch(() => undefined);
      if (content?.format === Office.MailboxEnums.AttachmentContentFormat.Base64)
        file.content = decodeBase64(content.content);
      else if (content?.format === Office.MailboxEnums.AttachmentContentFormat.Eml)
        file.content = strToU8(content.content);
      return file;
    }),
  );
}

const SESSION_KEY = 'privacywacht.attachments';

/** Keeps what the attachments' content held for the send handler (Mailbox 1.11 session data). */
export async function saveAttachmentScan(scan: CachedAttachmentScan): Promise<void> {
  if (!supports('1.11')) return;
  const item = Office.context.mailbox.item as Office.MessageCompose;
  await call<void>((done) => item.sessionData.setAsync(SESSION_KEY, JSON.stringify(scan), done));
}

export async function loadAttachmentScan(): Promise<CachedAttachmentScan | undefined> {
  if (!supports('1.11')) return undefined;
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const text = await call<string>((done) => item.sessionData.getAsync(SESSION_KEY, done)).catch(
    () => '',
  );
  return parseCachedAttachmentScan(text);
}

const NOTICE_KEY = 'privacywacht';

/** Shows, replaces or (with undefined) removes Privacywacht's information bar on the draft. */
export async function showComposeNotice(text: string | undefined): Promise<void> {
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
