// Judges an attachment by its file name: "OPP_Daan_groep6.docx" is a pupil file even when its
// content cannot be read (PDFs, images, clients without attachment content).
import { LOWERCASE_FIRST_NAMES as NAMES } from '../../policy/lexicon/first-names';
import { fold } from '../text/fold';
import type { SensitiveLexicon, Subject } from '../text/sensitive-content';
import { compileWordList } from '../text/term-matcher';

/** Words that make a file a pupil document when the name also names someone. */
const PERSONAL_DOCUMENT_WORDS = compileWordList([
  'dossier',
  'verslag',
  'rapport',
  'onderzoek',
  'overdracht',
  'gespreksverslag',
  'notities',
  'aantekeningen',
  'observatie',
  'zorg',
  'toets',
  'cito',
  'uitslag',
  'resultaten',
  'advies',
]);
/** A scan or photo of an identity document is sensitive by its name alone (AVG: ID copies). */
const IDENTITY_DOCUMENT_WORDS = compileWordList([
  'paspoort',
  'identiteitsbewijs',
  'identiteitskaart',
  'id-kaart',
  'id kaart',
  '=id',
  'rijbewijs',
  'verblijfsvergunning',
]);

/** Words that make a file a table of counts, about nobody: "OPP aantallen per school.xlsx". */
const AGGREGATE_WORDS = compileWordList([
  'aantallen',
  'totalen',
  'statistiek',
  'statistieken',
  'per school',
  'trendanalyse',
  'geaggregeerd',
  'counts',
  'totals',
  'statistics',
  'aggregate',
  'aggregated',
]);

/** The words of a file name, folded, without its extension: "OPP_Daan-6.pdf" → "opp daan 6". */
function wordsOfName(name: string): string {
  return fold(name.replace(/\.[a-z0-9]{1,5}$/i, ''))
    .replace(/[_.+()[\]]+/g, ' ')
    .replace(/-/g, ' ');
}

/** Whether a file name holds a first name: "Verslag gesprek Ilse.pdf", "OPP_Daan_groep6.docx". */
export function namesSomeone(name: string): boolean {
  return wordsOfName(name)
    .split(/[^a-z]+/)
    .some((word) => NAMES.has(word));
}

export function judgeAttachmentName(
  name: string,
  lexicon: SensitiveLexicon,
): { subject: Subject; term: string; isByNameOnly?: boolean } | undefined {
  const words = wordsOfName(name);
  if (lexicon.general.find(words).length > 0) return undefined;
  if (AGGREGATE_WORDS.find(words).length > 0) return undefined;
  const strong = lexicon.strongByCategory.find(words)[0];
  if (strong)
    return { subject: strong.tag === 'adult-record' ? 'adult' : 'pupil', term: strong.term };
  const identity = IDENTITY_DOCUMENT_WORDS.find(words)[0];
  if (identity) return { subject: 'adult', term: identity.term };
  const personal = PERSONAL_DOCUMENT_WORDS.find(words)[0];
  const hasName = personal !== undefined && namesSomeone(name);
  // "Verslag gesprek Ilse.pdf": a report naming someone, most often a pupil; whose it is the mail
  // itself may tell (sensitiveFindings).
  return personal && hasName
    ? { subject: 'pupil', term: personal.term, isByNameOnly: true }
    : undefined;
}
