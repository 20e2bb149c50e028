// Whether the sender already chose encrypted sending by the configured method; then the content
// rules are satisfied (DESIGN.md, "Encrypted send").
import type { EncryptionMethod } from '../policy/config-schema';
import type { MailInput } from './types';

export function isMarkedEncrypted(mail: MailInput, method: EncryptionMethod): boolean {
  switch (method.method) {
    case 'subject-tag':
      return mail.subject.toLowerCase().includes(method.subjectTag.toLowerCase());
    case 'internet-header': {
      const wanted = method.headerName.toLowerCase();
      const entry = Object.entries(mail.internetHeaders ?? {}).find(
        ([name]) => name.toLowerCase() === wanted,
      );
      return (
        entry !== undefined &&
        entry[1].trim().toLowerCase() === method.headerValue.trim().toLowerCase()
      );
    }
    case 'sensitivity-label':
      return mail.sensitivityLabelId?.toLowerCase() === method.labelId.toLowerCase();
    case 'instructions':
      // The sender encrypts by hand (e.g. the Cryptshare button); nothing on the item shows it.
      return false;
  }
}
