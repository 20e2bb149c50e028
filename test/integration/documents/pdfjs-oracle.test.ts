// pdf.js, the reference for PDF text extraction, as the oracle for the engine's own small reader:
// on every readable PDF in the test corpus both must give the same characters in the same order
// (whitespace aside). pdf.js runs in a child process: it is an ES module with its own worker.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readPdf } from '../../../shared/scan/extract/pdf/read-pdf';
import { ReadBudget } from '../../../shared/scan/extract/read-budget';
import {
  documentBytes,
  DOCUMENTS_DIR,
  EXPECTED_DOCUMENTS,
  withoutWhitespace,
} from '../../helpers/test-documents';

const pdfs = EXPECTED_DOCUMENTS.filter((doc) => doc.kind === 'pdf' && doc.readable);
const ORACLE = path.resolve(__dirname, '../../helpers/pdfjs-text.mjs');

let oracleTexts: Record<string, string> = {};

beforeAll(() => {
  const output = execFileSync(
    process.execPath,
    [ORACLE, ...pdfs.map((doc) => path.join(DOCUMENTS_DIR, doc.file))],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  oracleTexts = JSON.parse(output) as Record<string, string>;
}, 60_000);

describe('PDF text against pdf.js', () => {
  it('covers every readable PDF of the corpus', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(12);
  });

  it.each(pdfs.map((doc) => [doc.file]))('%s: same characters in the same order', (file) => {
    const reading = readPdf(
      documentBytes(file),
      new ReadBudget({ bytes: 500 * 1024 * 1024, parts: 10_000, milliseconds: 60_000 }),
    );
    if (!reading.ok) throw new Error(`not read: ${reading.reason}`);
    const oracle = oracleTexts[path.join(DOCUMENTS_DIR, file)] ?? '';
    expect(oracle.length).toBeGreaterThan(0);
    expect(withoutWhitespace(reading.text)).toBe(withoutWhitespace(oracle));
  });
});
