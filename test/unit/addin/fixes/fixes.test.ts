import { encryptionChange } from '../../../../addin/fixes/encryption-change';
import { moveExternalsToBcc } from '../../../../addin/fixes/move-to-bcc';
import { testPolicy } from '../../../helpers/policy';

const policy = testPolicy();

describe('move to BCC', () => {
  it('moves parents and other externals to Bcc and keeps colleagues in To and Cc', () => {
    const moved = moveExternalsToBcc(
      {
        to: [{ address: 'a@gmail.com' }, { address: 'juf@kindante.nl' }],
        cc: [{ address: 'b@hotmail.com' }, { address: 'ib@school.kindante.nl' }],
        bcc: [{ address: 'a@gmail.com' }],
      },
      policy.organisationDomains,
    );
    expect(moved).toEqual({
      to: [{ address: 'juf@kindante.nl' }],
      cc: [{ address: 'ib@school.kindante.nl' }],
      bcc: [{ address: 'a@gmail.com' }, { address: 'b@hotmail.com' }],
    });
  });
});

describe('send encrypted', () => {
  it.each([
    [
      { method: 'subject-tag' as const, subjectTag: '[versleuteld]' },
      'Verslag',
      { kind: 'subject', subject: '[versleuteld] Verslag' },
    ],
    [
      { method: 'subject-tag' as const, subjectTag: '[versleuteld]' },
      '[Versleuteld] Verslag',
      { kind: 'subject', subject: '[Versleuteld] Verslag' },
    ],
    [
      { method: 'internet-header' as const, headerName: 'X-Encrypt', headerValue: 'ja' },
      'x',
      { kind: 'header', name: 'X-Encrypt', value: 'ja' },
    ],
    [
      { method: 'sensitivity-label' as const, labelId: 'abc' },
      'x',
      { kind: 'label', labelId: 'abc' },
    ],
    [
      { method: 'instructions' as const, text: 'Klik op Cryptshare' },
      'x',
      { kind: 'instructions', text: 'Klik op Cryptshare' },
    ],
  ])('%j on "%s"', (method, subject, expected) => {
    expect(encryptionChange(method, subject)).toEqual(expected);
  });
});
