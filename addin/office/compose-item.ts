// The only place that touches Office.context.mailbox.item: promisified reads of the draft being
// sent, turned into the engine's plain MailInput. Requirement sets are checked per API, so an
// older client gives fewer facts (e.g. no attachment list) instead of failing.
import type { EncryptionMethod } from '../../shared/policy/config-schema';
import type { Address, MailAttachment, MailInput } from '../../shared/scan/types';
import type { ClientSupport } from '../launchevent/send-decision';

type Callback<T> = (result: Office.AsyncResult<T>) => void;

/** Wraps one Office callback API in a promise. */
function call<T>(invoke: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    invoke((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? 'Office call failed'));
    });
  });
}

function supports(version: string): boolean {
  return Office.context.requirements.isSetSupported('Mailbox', version);
}

export function clientSupport(): ClientSupport {
  return { hasTakeAction: supports('1.14'), hasMarkdown: supports('1.15') };
}

export function displayLanguage(): string {
  return Office.context.displayLanguage;
}

/** Reads the draft: subject, body text, sender, recipients, attachment names and sizes, marking. */
export async function readComposedMail(encryption: EncryptionMethod): Promise<MailInput> {
  const item = Office.context.mailbox.item as Office.MessageCompose;
  const recipients = (field: Office.Recipients) =>
    call<Office.EmailAddressDetails[]>((done) => field.getAsync(done)).then(toAddresses);
  const [subject, bodyText, to, cc, bcc, from, attachments, internetHeaders, sensitivityLabelId] =
    await Promise.all([
      call<string>((done) => item.subject.getAsync(done)),
      call<string>((done) => item.body.getAsync(Office.CoercionType.Text, done)),
      recipients(item.to),
      recipients(item.cc),
      recipients(item.bcc),
      readSender(item),
      readAttachments(item),
      readMarkingHeader(item, encryption),
      readSensitivityLabel(item, encryption),
    ]);
  const mail: MailInput = { subject, bodyText, to, cc, bcc, attachments };
  if (from) mail.from = from;
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
