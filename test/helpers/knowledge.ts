// The bundled policy pack's knowledge base (packs/kindante), read once for all tests of a file.
import { readPackFolder } from '../../bot/policy-pack/read-pack-folder';
import { bundledPackFolder } from '../../bot/policy-pack/pack-folder';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import { formatPackError } from '../../shared/policy/pack/pack-error';

let cached: readonly KnowledgeEntry[] | undefined;

export function kindanteKnowledge(): readonly KnowledgeEntry[] {
  if (cached) return cached;
  const result = readPackFolder(bundledPackFolder());
  if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
  cached = result.pack.knowledge;
  return cached;
}
