// The generated test documents (test/fixtures/documents) and what each must yield.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const DOCUMENTS_DIR = path.resolve(__dirname, '../fixtures/documents/generated');

export interface ExpectedDocument {
  file: string;
  kind: string;
  readable: boolean;
  reason?: string;
  mustContain: string[];
  bsns: string[];
  ordered?: boolean;
}

export const EXPECTED_DOCUMENTS: ExpectedDocument[] = (
  JSON.parse(readFileSync(path.resolve(DOCUMENTS_DIR, '../expected.json'), 'utf8')) as {
    files: ExpectedDocument[];
  }
).files;

export function documentBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(DOCUMENTS_DIR, file)));
}

/** Text without any whitespace: "same words in the same order" whatever the spacing. */
export function withoutWhitespace(text: string): string {
  return text.replace(/\s+/g, '');
}
