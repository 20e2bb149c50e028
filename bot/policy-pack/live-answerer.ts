// An answerer that always answers from the knowledge source's current pack, with the pack's own
// words (words.md): rebuilt (its index too) only when a reload brought a new pack.
import type { Config } from '../../shared/policy/config-schema';
import type { PolicyPack } from '../../shared/policy/pack/parse-pack';
import { createAnswerer } from '../qa/answerer';
import type { Answerer } from '../qa/types';
import type { KnowledgeSource } from './knowledge-source';

export function createLiveAnswerer(config: Config, source: KnowledgeSource): Answerer {
  let builtFor: PolicyPack | undefined;
  let answerer: Answerer | undefined;
  return (question, pick) => {
    const pack = source.current();
    if (pack !== builtFor || answerer === undefined) {
      answerer = createAnswerer(config, pack.knowledge, pack.words);
      builtFor = pack;
    }
    return answerer(question, pick);
  };
}
