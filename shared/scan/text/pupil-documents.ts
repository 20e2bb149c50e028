// A document about a pupil (an OPP, an assessment, a transfer list) read as a whole: when an
// attached document's evidence, or that of the quoted history under a reply, is overwhelmingly a
// pupil's, a health or home term the rules tied to a bare name in it ("Geen aanwijzingen voor
// ADHD" under "Onderzocht door: drs. M. Janssen", the report's signer or the pupil by a second
// name) is that pupil's matter too, not an adult's.
import type { Location } from '../types';
import type { SensitiveEvidence } from './sensitive-hits';

/** A document is a pupil's with at least this many pupil items… */
const MIN_PUPIL_ITEMS = 3;
/** …and this many times as many as the adult items tied to names. */
const PUPIL_SHARE = 3;

/**
 * The evidence of one document (an attachment, a quoted history), with the adult items tied to a
 * bare name read as the pupil's when the document is a pupil's. Items tied to a parent, a role or
 * the writer stay the adult's: "moeder heeft zelf een depressie" in a care report is the mother's
 * matter.
 */
function withPupilDocumentOwned(evidence: SensitiveEvidence[]): SensitiveEvidence[] {
  let pupil = 0;
  let adult = 0;
  for (const item of evidence) {
    if (item.subject === 'pupil') pupil++;
    else if (item.tiedTo === 'name' && (item.category === 'health' || item.category === 'home'))
      adult++;
    // Any other adult item (an HR record, a parent's matter, a named role) says the document
    // speaks of adults in their own right.
    else return evidence;
  }
  if (adult === 0 || pupil < MIN_PUPIL_ITEMS || pupil < PUPIL_SHARE * adult) return evidence;
  return evidence.map((item) => (item.subject === 'adult' ? { ...item, subject: 'pupil' } : item));
}

/**
 * The evidence of one text of the mail with its pupil's documents owned: an attachment as a whole,
 * a body's quoted history (from `quoteStart`) apart from the new text above it, which is read as
 * written. Any other text, and one with nothing to change, keeps its evidence as it is.
 */
export function withPupilDocumentsOwned(
  evidence: SensitiveEvidence[],
  part: Location['part'],
  quoteStart: number,
): SensitiveEvidence[] {
  if (part === 'attachment') return withPupilDocumentOwned(evidence);
  if (part !== 'body') return evidence;
  const above: SensitiveEvidence[] = [];
  const quoted: SensitiveEvidence[] = [];
  for (const item of evidence) (item.start >= quoteStart ? quoted : above).push(item);
  const owned = quoted.length === 0 ? quoted : withPupilDocumentOwned(quoted);
  return owned === quoted ? evidence : [...above, ...owned];
}
