// A fingerprint of each knowledge entry's content (everything but the review date, which the move
// into a policy pack added), to prove that entries survived a migration unchanged.
import { createHash } from 'node:crypto';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';

export interface EntryFingerprint {
  id: string;
  sha256: string;
}

export function fingerprintEntries(entries: readonly KnowledgeEntry[]): EntryFingerprint[] {
  return entries.map((entry) => ({
    id: entry.id,
    // Fixed key order, so the hash depends on the content only.
    sha256: createHash('sha256')
      .update(
        JSON.stringify([
          entry.id,
          entry.title.nl,
          entry.title.en,
          entry.questions.nl,
          entry.questions.en,
          entry.answer.nl,
          entry.answer.en,
          entry.section,
          entry.related,
          entry.supplierNames ?? null,
        ]),
      )
      .digest('hex'),
  }));
}
