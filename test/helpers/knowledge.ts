// The bundled policy pack's knowledge base (packs/kindante), read once for all tests of a file.
import { readPackFolder } from '../../bot/policy-pack/read-pack-folder';
import { bundledPackFolder } from '../../bot/policy-pack/pack-folder';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import { formatPackError } from '../../shared/policy/pack/pack-error';
import type { PolicyPack } from '../../shared/policy/pack/parse-pack';

let cached: PolicyPack | undefined;

/** The whole bundled pack: knowledge and board files (words.md among them). */
export function kindantePack(): PolicyPack {
  if (cached) return cached;
  const result = readPackFolder(bundledPackFolder());
  if (!result.ok) throw new Error(result.errors.map(formatPackError).join('\n'));
  cached = result.pack;
  return cached;
}

export function kindanteKnowledge(): readonly KnowledgeEntry[] {
  return kindantePack().knowledge;
}
