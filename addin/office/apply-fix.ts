// The one-click fixes written to the draft: the only Office.js writes of the add-in. Each reads what
// it needs, computes the change with a pure function from addin/fixes/, and writes it back.
import type { EncryptionMethod } from '../../shared/policy/config-schema';
import type { CitizenNumberOptions } from '../../shared/scan/detectors/citizen-numbers';
import type { Address } from '../../shared/scan/types';
import { encryptionChange, type EncryptionChange } from '../fixes/encryption-change';
import { maskNumbersInText } from '../fixes/mask-numbers';
import { maskNumbersInHtml } from '../fixes/mask-numbers-html';
import { htmlToText } from '../../shared/scan/text/html-to-text';
import { moveExternalsToBcc } from '../fixes/move-to-bcc';
import { call } from './office-call';

function draft(): Office.MessageCompose {
  return Office.context.mailbox.item as Office.MessageCompose;
}

const toAddress = (entry: Office.EmailAddressDetails): Address => ({
  name: entry.displayName,
  address: entry.emailAddress,
});
const toDetails = (entry: Address): Office.EmailAddressDetails =>
  ({
    displayName: entry.name ?? entry.address,
    emailAddress: entry.address,
  }) as Office.EmailAddressDetails;

/** Moves every external To/Cc address to Bcc; colleagues stay (Bijlage 7). */
export async function applyMoveToBcc(organisationDomains: readonly string[]): Promise<void> {
  const item = draft();
  const read = (field: Office.Recipients) =>
    call<Office.EmailAddressDetails[]>((done) => field.getAsync(done)).then((list) =>
      list.map(toAddress),
    );
  const [to, cc, bcc] = await Promise.all([read(item.to), read(item.cc), read(item.bcc)]);
  const moved = moveExternalsToBcc({ to, cc, bcc }, organisationDomains);
  // Bcc first: if a later write fails, nobody has been dropped from the mail.
  await call<void>((done) => item.bcc.setAsync(moved.bcc.map(toDetails), done));
  await call<void>((done) => item.to.setAsync(moved.to.map(toDetails), done));
  await call<void>((done) => item.cc.setAsync(moved.cc.map(toDetails), done));
}

/** Masks every citizen number in the subject and body; the body through its DOM, so its formatting stays. */
export async function applyMaskNumbers(options: CitizenNumberOptions): Promise<void> {
  const item = draft();
  const [subject, html] = await Promise.all([
    call<string>((done) => item.subject.getAsync(done)),
    call<string>((done) => item.body.getAsync(Office.CoercionType.Html, done)),
  ]);
  // Each part is masked as the guard reads the whole mail: a booking number labelled in the body
  // stays in the subject.
  const maskedSubject = maskNumbersInText(subject, options, [htmlToText(html)]);
  if (maskedSubject !== subject)
    await call<void>((done) => item.subject.setAsync(maskedSubject, done));
  const maskedHtml = maskNumbersInHtml(html, options, [subject]);
  if (maskedHtml !== html)
    await call<void>((done) =>
      item.body.setAsync(maskedHtml, { coercionType: Office.CoercionType.Html }, done),
    );
}

/** Marks the draft for encrypted sending by the configured method; returns the change made. */
export async function applyEncryption(method: EncryptionMethod): Promise<EncryptionChange> {
  const item = draft();
  const subject = await call<string>((done) => item.subject.getAsync(done));
  const change = encryptionChange(method, subject);
  switch (change.kind) {
    case 'subject':
      await call<void>((done) => item.subject.setAsync(change.subject, done));
      break;
    case 'header':
      await call<void>((done) =>
        item.internetHeaders.setAsync({ [change.name]: change.value }, done),
      );
      break;
    case 'label':
      await call<void>((done) => item.sensitivityLabel.setAsync(change.labelId, done));
      break;
    case 'instructions':
      // Nothing to write: the sender follows the instructions (e.g. the Cryptshare button).
      break;
  }
  return change;
}
