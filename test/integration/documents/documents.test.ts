// Real documents made by LibreOffice Writer and Calc, Chromium, qpdf and pdf-lib (see
// test/fixtures/documents/make-documents.sh), attached under neutral names: the engine reads what
// each holds, or says why it could not.
import { readAttachment } from '../../../shared/scan/extract/attachment-text';
import { ReadBudget } from '../../../shared/scan/extract/read-budget';
import { scanMail } from '../../../shared/scan/engine';
import type { MailAttachment } from '../../../shared/scan/types';
import { mailWith, testPolicy } from '../../helpers/policy';
import {
  documentBytes,
  EXPECTED_DOCUMENTS,
  withoutWhitespace,
  type ExpectedDocument,
} from '../../helpers/test-documents';

const policy = testPolicy();
const NEUTRAL_NAMES: Record<string, string> = {
  pdf: 'scan_0412.pdf',
  odt: 'document.odt',
  ods: 'export.ods',
  rtf: 'document.rtf',
  doc: 'document.doc',
  xls: 'export.xls',
  docx: 'document.docx',
  xlsx: 'export.xlsx',
  eml: 'doorgestuurd.eml',
};

function attachment(expected: ExpectedDocument): MailAttachment {
  const content = documentBytes(expected.file);
  return { name: NEUTRAL_NAMES[expected.kind] ?? expected.file, size: content.length, content };
}

function extractedText(expected: ExpectedDocument): string {
  // What is read, not how fast: the policy's wall-clock budget (seconds) would cut a 200-page PDF
  // short on a busy CI machine (2.5-3 s under jest on Node 24 there); test/bench times reading.
  const reading = readAttachment(
    attachment(expected),
    policy.attachmentReadLimitBytes,
    new ReadBudget({ ...policy.mailReadLimits, milliseconds: 60_000 }),
  );
  return reading.texts.map((part) => part.text).join('\n');
}

const LEGACY = new Set(['doc', 'xls']);
/** Word processors keep headers and footers apart from the body, without pages: their text is
 * checked for presence, and a page-number field shows one value, not one per page. */
const UNPAGINATED = new Set(['odt', 'rtf', 'docx']);
const isPageNumber = (phrase: string) => /^pagina \d+$/.test(phrase);
const readable = EXPECTED_DOCUMENTS.filter((doc) => doc.readable && !LEGACY.has(doc.kind));

describe('reading real documents', () => {
  it.each(readable.map((doc) => [doc.file, doc] as const))(
    '%s: the text is there, in reading order',
    (_file, expected) => {
      const text = withoutWhitespace(extractedText(expected));
      const isOrdered = expected.ordered !== false && !UNPAGINATED.has(expected.kind);
      let from = 0;
      for (const phrase of expected.mustContain) {
        if (UNPAGINATED.has(expected.kind) && isPageNumber(phrase)) continue;
        const at = text.indexOf(withoutWhitespace(phrase), isOrdered ? from : 0);
        expect({ phrase, found: at !== -1 }).toEqual({ phrase, found: true });
        from = at;
      }
    },
  );

  it.each(readable.filter((doc) => doc.bsns.length > 0).map((doc) => [doc.file, doc] as const))(
    '%s: a BSN inside blocks the mail, found in the attachment with a neutral name',
    (_file, expected) => {
      const result = scanMail(
        mailWith({ bodyText: 'Zie bijlage.', attachments: [attachment(expected)] }),
        policy,
      );
      expect(result.verdict).toBe('block');
      const bsnFindings = result.findings.filter((finding) => finding.rule === 'bsn');
      const location = bsnFindings[0]?.location;
      expect(location?.part).toBe('attachment');
      // Inside an attached mail the name is a path: "doorgestuurd.eml › overzicht.xlsx".
      expect(location && 'name' in location ? location.name : '').toContain(
        NEUTRAL_NAMES[expected.kind] ?? '',
      );
      // Masked in the finding: the last three digits of every number (short lists) are shown.
      if (expected.bsns.length <= 10) {
        const excerpts = bsnFindings.map((finding) => finding.excerpt ?? '').join(' ');
        for (const bsn of expected.bsns) expect(excerpts).toContain(`******${bsn.slice(-3)}`);
        expect(excerpts).not.toContain(expected.bsns[0]);
      }
    },
  );

  it('a checksum-valid number under "Factuurnummer" or "Kenmerk gemeente" is not a BSN', () => {
    const invoices = EXPECTED_DOCUMENTS.find((doc) => doc.file === 'pdf-calc-invoice-numbers.pdf');
    if (!invoices) throw new Error('fixture missing');
    const result = scanMail(mailWith({ attachments: [attachment(invoices)] }), policy);
    expect(result.findings.filter((finding) => finding.rule === 'bsn')).toEqual([]);
    expect(result.notices).toEqual([]);
  });

  it('the pupil file in a neutral-named PDF is found, not just its BSN', () => {
    const groeidocument = EXPECTED_DOCUMENTS.find((doc) => doc.file === 'pdf-writer-table.pdf');
    if (!groeidocument) throw new Error('fixture missing');
    const result = scanMail(mailWith({ attachments: [attachment(groeidocument)] }), policy);
    expect(result.findings.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(['bsn', 'pupil-file']),
    );
  });

  it.each([
    ['pdf-user-password.pdf', 'attachment-password', 'met een wachtwoord beveiligd'],
    ['pdf-image-only.pdf', 'attachment-image-only', 'is een scan'],
    ['doc-writer-table.doc', 'attachment-unsupported', 'oud of onbekend formaat'],
    ['xls-calc-two-sheets.xls', 'attachment-unsupported', 'oud of onbekend formaat'],
  ])('%s is not read and the notice says why', (file, code, words) => {
    const expected = EXPECTED_DOCUMENTS.find((doc) => doc.file === file);
    if (!expected) throw new Error('fixture missing');
    const result = scanMail(mailWith({ attachments: [attachment(expected)] }), policy);
    expect(result.notices).toEqual([
      expect.objectContaining({ code, attachment: attachment(expected).name }),
    ]);
    expect(result.notices[0]?.message.nl).toContain(words);
  });
});
