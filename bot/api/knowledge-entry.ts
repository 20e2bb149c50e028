// One knowledge-base entry to read in the tab: title, answer with the organisation's contacts
// filled in, the policy section it rests on, and its related entries.
import type { Config } from '../../shared/policy/config-schema';
import { KNOWLEDGE_BASE } from '../../shared/policy/knowledge/index';
import type { Language } from '../../shared/policy/knowledge/types';
import { fillPlaceholders } from '../qa/contacts';
import type { EntryView } from '../qa/types';

export interface KnowledgeEntryDetail extends EntryView {
  language: Language;
  answer: string;
  related: EntryView[];
}

export function createEntryReader(config: Config) {
  const byId = new Map(KNOWLEDGE_BASE.map((entry) => [entry.id, entry]));
  return (id: string, language: Language): KnowledgeEntryDetail | undefined => {
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
