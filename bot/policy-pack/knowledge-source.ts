// Holds the policy pack the bot answers from. A pack that fails validation never replaces a good
// one: the last good version keeps serving and the errors are reported. Before any good version
// there is an empty knowledge base: the bot declines every question (saying whom to ask) instead
// of not starting, and it never answers from another board's pack.
import { NO_GUARD_TEXTS } from '../../shared/i18n/guard-texts';
import type { PackError } from '../../shared/policy/pack/pack-error';
import type { PackResult, PolicyPack } from '../../shared/policy/pack/parse-pack';
import { NO_SCAN_VOCABULARY } from '../../shared/policy/pack/scan-file';
import { NO_PACK_WORDS } from '../../shared/policy/pack/words-file';

export interface KnowledgeSource {
  /** The pack being served: the last one that passed validation, or an empty one. */
  current(): PolicyPack;
  /** Reads the pack again; on success it serves from now on, on failure the errors are reported. */
  reload(): PackResult;
  /** Errors of the last read (empty when it succeeded), for the privacy officer. */
  errors(): readonly PackError[];
}

const EMPTY_PACK: PolicyPack = {
  knowledge: [],
  scan: NO_SCAN_VOCABULARY,
  guardTexts: NO_GUARD_TEXTS,
  words: NO_PACK_WORDS,
};

/**
 * @param read Reads and parses the pack, e.g. () => readPackFolder(folder).
 * @param report Told the errors of every failed read.
 */
export function createKnowledgeSource(
  read: () => PackResult,
  report: (errors: readonly PackError[]) => void,
): KnowledgeSource {
  let served = EMPTY_PACK;
  let lastErrors: readonly PackError[] = [];
  const reload = (): PackResult => {
    let result: PackResult;
    try {
      result = read();
    } catch (error) {
      // A bug in reading must not take the bot down either.
      result = { ok: false, errors: [{ file: '(pack)', message: (error as Error).message }] };
    }
    if (result.ok) {
      served = result.pack;
      lastErrors = [];
    } else {
      lastErrors = result.errors;
      report(result.errors);
    }
    return result;
  };
  reload();
  return { current: () => served, reload, errors: () => lastErrors };
}
