// One-click fix "send encrypted": what to change on the draft for the configured method, so that an
// Exchange mail-flow rule, the encryption gateway or Purview encrypts it (DESIGN.md).
import type { EncryptionMethod } from '../../shared/policy/config-schema';

export type EncryptionChange =
  | { kind: 'subject'; subject: string }
  | { kind: 'header'; name: string; value: string }
  | { kind: 'label'; labelId: string }
  | { kind: 'instructions'; text: string };

/** @example encryptionChange({ method: 'subject-tag', subjectTag: '[versleuteld]' }, 'Verslag') // { kind: 'subject', subject: '[versleuteld] Verslag' } */
export function encryptionChange(method: EncryptionMethod, subject: string): EncryptionChange {
  switch (method.method) {
    case 'subject-tag':
      return {
        kind: 'subject',
        subject: subject.toLowerCase().includes(method.subjectTag.toLowerCase())
          ? subject
          : `${method.subjectTag} ${subject}`.trim(),
      };
    case 'internet-header':
      return { kind: 'header', name: method.headerName, value: method.headerValue };
    case 'sensitivity-label':
      return { kind: 'label', labelId: method.labelId };
    case 'instructions':
      return { kind: 'instructions', text: method.text };
  }
}
