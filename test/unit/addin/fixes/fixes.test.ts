import { encryptionChange } from '../../../../addin/fixes/encryption-change';
import { maskNumbersInHtml, maskNumbersInText } from '../../../../addin/fixes/mask-numbers';
import { moveExternalsToBcc } from '../../../../addin/fixes/move-to-bcc';
import { testPolicy } from '../../../helpers/policy';

const policy = testPolicy();
const options = policy.citizenNumbers;

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

describe('mask the numbers', () => {
  it.each([
    ['BSN: 725763863, tel 06-12345678', 'BSN: ******863, tel 06-12345678'],
    ['bsn 1622.75.869 en factuur 192285142', 'bsn ****.**.869 en factuur 192285142'],
    ['Niets te zien', 'Niets te zien'],
  ])('in plain text: %s', (text, expected) => {
    expect(maskNumbersInText(text, options)).toBe(expected);
  });

  it('in HTML, keeping tags, attributes and formatting', () => {
    const html =
      '<p style="x"><b>BSN:</b> 725763863</p><a href="https://x.nl/?id=725763863">link</a>';
    expect(maskNumbersInHtml(html, options)).toBe(
      '<p style="x"><b>BSN:</b> ******863</p><a href="https://x.nl/?id=725763863">link</a>',
    );
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
