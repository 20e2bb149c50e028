// One knowledge-base entry to read in the tab: title, answer with the organisation's contacts
// filled in, the policy section it rests on, and its related entries.
import type { Config } from '../../shared/policy/config-schema';
import type { KnowledgeEntry, Language } from '../../shared/policy/knowledge/types';
import { fillPlaceholders } from '../qa/contacts';
import type { EntryView } from '../qa/types';

export interface KnowledgeEntryDetail extends EntryView {
  language: Language;
  answer: string;
  related: EntryView[];
}

/** @param knowledge The current pack's entries (a pack reloaded later is read from then on). */
export function createEntryReader(config: Config, knowledge: () => readonly KnowledgeEntry[]) {
  let indexed: readonly KnowledgeEntry[] | undefined;
  let byId = new Map<string, KnowledgeEntry>();
  return (id: string, language: Language): KnowledgeEntryDetail | undefined => {
    const entries = knowledge();
    if (entries !== indexed) {
      byId = new Map(entries.map((entry) => [entry.id, entry]));
      indexed = entries;
    }
    const entry = byId.get(id);
    if (!entry) return undefined;
    return {
      id: entry.id,
      title: entry.title[language],
      section: entry.section,
      language,
      answer: fillPlaceholders(entry.answer[language], config, language),
      related: entry.related.flatMap((relatedId) => {
        const related = byId.get(relatedId);
        return related
          ? [{ id: related.id, title: related.title[language], section: related.section }]
          : [];
      }),
    };
  };
}
