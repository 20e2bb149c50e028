// The engine never throws and stays linear: random mails, random attachment bytes, and adversarial
// inputs of megabytes (digit runs with separators, one repeated character, deep HTML). Each
// adversarial scan runs in a worker with a deadline far above its linear cost (well under a second
// here), so a quadratic or exponential path fails the test; speed goals live in `npm run bench`.
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { scanMail } from '../../../../shared/scan/engine';
import type { MailAttachment, MailInput } from '../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../helpers/policy';
import { scanWithDeadline } from '../../../helpers/scan-with-deadline';

const policy = testPolicy();
const DEADLINE_MS = 20_000;

const address = fc
  .record({
    name: fc.option(fc.string(), { nil: undefined }),
    address: fc.oneof(fc.emailAddress(), fc.string()),
  })
  .map(({ name, address }) => (name === undefined ? { address } : { name, address }));
const attachment: fc.Arbitrary<MailAttachment> = fc
  .record({
    name: fc.oneof(
      fc.string(),
      fc.constantFrom('a.docx', 'b.xlsx', 'c.eml', 'd.csv', 'e.html', 'f.pdf', 'g.txt'),
    ),
    size: fc.nat(),
    content: fc.option(fc.uint8Array({ maxLength: 2000 }), { nil: undefined }),
  })
  .map(({ content, ...rest }) => (content === undefined ? rest : { ...rest, content }));
const digitsText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '0',
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        ' ',
        '.',
        '-',
        '\t',
        '\n',
        'BSN ',
        'tel ',
        '€',
        'NL91',
      ),
      fc.string(),
    ),
    { maxLength: 300 },
  )
  .map((parts) => parts.join(''));

const mail: fc.Arbitrary<MailInput> = fc
  .record({
    from: fc.option(address, { nil: undefined }),
    to: fc.array(address, { maxLength: 8 }),
    cc: fc.array(address, { maxLength: 4 }),
    bcc: fc.array(address, { maxLength: 4 }),
    subject: fc.oneof(fc.string(), digitsText),
    bodyText: fc.option(fc.oneof(fc.string({ unit: 'binary' }), digitsText), { nil: undefined }),
    bodyHtml: fc.option(fc.string(), { nil: undefined }),
    attachments: fc.array(attachment, { maxLength: 3 }),
  })
  .map(({ from, bodyText, bodyHtml, ...rest }) => ({
    ...rest,
    ...(from ? { from } : {}),
    ...(bodyText !== undefined ? { bodyText } : {}),
    ...(bodyHtml !== undefined ? { bodyHtml } : {}),
  }));

describe('scanMail on any input', () => {
  it('never throws and always returns a verdict', () => {
    fc.assert(
      fc.property(mail, (input) => {
        const result = scanMail(input, policy);
        expect(['allow', 'warn', 'block']).toContain(result.verdict);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes on names written in any Latin script (Əliyev, İbrahim, Ɓoma, Łukasz)', () => {
    const latinName = fc
      .array(fc.integer({ min: 0x41, max: 0x24f }), { minLength: 1, maxLength: 8 })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(fc.array(latinName, { maxLength: 12 }), (names) => {
        const text = `${names.join(' ')} uit groep 6 heeft epilepsie.`;
        expect(['allow', 'warn', 'block']).toContain(
          scanMail(mailWith({ bodyText: text }), policy).verdict,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never shows a full citizen number it found', () => {
    fc.assert(
      fc.property(digitsText, (text) => {
        const result = scanMail(mailWith({ bodyText: text }), policy);
        for (const finding of result.findings.filter((item) => item.rule === 'bsn')) {
          expect(finding.excerpt ?? '').not.toMatch(/\d{5}/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives corrupt zips with office names', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 500 }),
        fc.constantFrom('x.docx', 'x.xlsx'),
        (bytes, name) => {
          const zipped = zipSync({
            'word/document.xml': bytes,
            'xl/sharedStrings.xml': bytes,
            'xl/worksheets/sheet1.xml': bytes,
          });
          for (const content of [bytes, zipped]) {
            expect(() =>
              scanMail(
                mailWith({ attachments: [{ name, size: content.length, content }] }),
                policy,
              ),
            ).not.toThrow();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('adversarial input stays linear', () => {
  const MB = 1024 * 1024;
  const adversarial: [string, string][] = [
    ['megabytes of digits with spaces', '1 2 '.repeat(MB / 4)],
    ['megabytes of dotted digit groups', '1234.56.78'.repeat(MB / 10)],
    ['megabytes of 9-digit runs on one line with tabs', '725763863\t'.repeat(MB / 10)],
    ['megabytes of one character', 'a'.repeat(2 * MB)],
    ['megabytes of one digit', '7'.repeat(2 * MB)],
    ['megabytes of IBAN-like starts', 'NL91 '.repeat(MB / 5)],
    ['megabytes of names and sensitive words', 'Daan ADHD leerling '.repeat(MB / 19)],
    [
      'megabytes of compound words with a strong and a weak part',
      'Sem chemotherapie zoon '.repeat(MB / 23),
    ],
    ['megabytes of greetings and names', 'Beste Daan hij '.repeat(MB / 15)],
    [
      'megabytes of capitals before a reading verb',
      'DAAN HEEFT ADHD EN WIJ HEBBEN HET BOEK GELEZEN '.repeat(MB / 47),
    ],
    ['megabytes of an English reading verb and a name', 'Read Daan '.repeat(MB / 10)],
    [
      'megabytes of quoted titles on one line',
      "het boek 'Wonder' over Daan heeft ADHD. ".repeat(MB / 40),
    ],
    [
      'megabytes of direct address on one line',
      'Hé Bart, je slaapt slecht en je bent depressief, '.repeat(MB / 49),
    ],
    ['a table of a hundred thousand rows', `Naam\tBSN\n${'Daan\t725763863\n'.repeat(100_000)}`],
  ];

  it.each(adversarial)(
    '%s',
    async (_name, text) => {
      await expect(scanWithDeadline({ bodyText: text }, DEADLINE_MS)).resolves.toMatch(
        /^(allow|warn|block)$/,
      );
    },
    DEADLINE_MS + 10_000,
  );

  it(
    'deeply nested HTML',
    async () => {
      const html = `${'<div><span>'.repeat(200_000)}BSN 725763863${'</span></div>'.repeat(200_000)}`;
      await expect(scanWithDeadline({ bodyText: '', bodyHtml: html }, DEADLINE_MS)).resolves.toBe(
        'block',
      );
    },
    DEADLINE_MS + 10_000,
  );

  it(
    'a spreadsheet with a far-out cell reference in every row',
    async () => {
      const rows = Array.from(
        { length: 20_000 },
        (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`,
      ).join('');
      const sheet = zipSync({
        'xl/worksheets/sheet1.xml': strToU8(
          `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
        ),
      });
      await expect(
        scanWithDeadline(
          { attachments: [{ name: 'x.xlsx', size: sheet.length, content: sheet }] },
          DEADLINE_MS,
        ),
      ).resolves.toBe('allow');
    },
    DEADLINE_MS + 10_000,
  );

  it('the deadline guard itself stops a scan that runs too long', async () => {
    await expect(scanWithDeadline({ bodyText: '1 2 '.repeat(MB / 4) }, 1)).rejects.toThrow(
      'did not finish',
    );
  });
});
