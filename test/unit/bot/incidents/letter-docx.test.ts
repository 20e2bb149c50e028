import { docxXmlToText } from '../../../../shared/scan/extract/docx';
import { ReadBudget } from '../../../../shared/scan/extract/read-budget';
import { readZipTexts } from '../../../../shared/scan/extract/zip';
import { letterToDocx } from '../../../../bot/incidents/letter-docx';
import { letterFileName } from '../../../../shared/incidents/letter-names';
import { draftDeletionRequest } from '../../../../shared/incidents/deletion-request';
import { draftSubjectNotice, type LetterDraft } from '../../../../bot/incidents/subject-notice';
import { makeIncident } from '../../../helpers/incidents';

const CONTACT = {
  role: { nl: 'de functionaris gegevensbescherming', en: 'the data protection officer' },
  email: 'fg@school.nl',
};

/** Opens the .docx as Word would: unzip, read word/document.xml, keep its text. */
async function readBack(letter: LetterDraft): Promise<string> {
  const bytes = new Uint8Array(await letterToDocx(letter));
  const budget = new ReadBudget({ bytes: 10_000_000, parts: 100, milliseconds: 10_000 });
  const reading = readZipTexts(bytes, (name) => name === 'word/document.xml', budget, 10_000_000);
  expect(reading.problems).toEqual([]);
  const xml = reading.parts.get('word/document.xml');
  expect(xml).toBeDefined();
  return docxXmlToText(xml ?? '');
}

const PLACEHOLDERS = [/\[[^[\]]*\]/, /\{\{|\}\}/, /\$\{/, /undefined|null|NaN/, /TODO|XXX/];

describe('letterToDocx', () => {
  it('writes the notice to parents in Dutch, then English, with no placeholders left', async () => {
    const incident = makeIncident({
      kind: 'stolen-device',
      dataKinds: ['names-addresses', 'results'],
      measuresTaken: 'Aangifte gedaan bij de politie.',
    });
    const text = await readBack(draftSubjectNotice(incident, 'Stichting Kindante', CONTACT));
    const dutch = text.indexOf('Beste ouder of verzorger,');
    const english = text.indexOf('Dear parent or carer,');
    expect(dutch).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(dutch);
    for (const expected of [
      'Datalek bij Stichting Kindante: informatie over uw gegevens (DL-2026-0001)',
      'Wat is er gebeurd?',
      'gestolen',
      'namen en adresgegevens en schoolresultaten',
      'Aangifte gedaan bij de politie.',
      'fg@school.nl',
      'Met vriendelijke groet,\nStichting Kindante',
      'What could the consequences be?',
      'Kind regards,\nStichting Kindante',
    ])
      expect(text).toContain(expected);
    for (const placeholder of PLACEHOLDERS) expect(text).not.toMatch(placeholder);
  });

  it('writes the request to a wrong recipient to delete the mail and confirm', async () => {
    const incident = makeIncident({ kind: 'wrong-recipient' });
    const text = await readBack(draftDeletionRequest(incident, 'Stichting Kindante'));
    expect(text).toContain('Wilt u deze e-mail en de bijlagen verwijderen');
    expect(text).toContain('Please confirm by replying');
    for (const placeholder of PLACEHOLDERS) expect(text).not.toMatch(placeholder);
  });

  it('names the file after the letter and the incident number only', () => {
    expect(letterFileName('notice', 'DL-2026-0001')).toBe('brief-betrokkenen-DL-2026-0001.docx');
    expect(letterFileName('deletion-request', 'DL-2026-0001/../x')).toBe(
      'verzoek-verwijderen-DL-2026-0001x.docx',
    );
  });
});
