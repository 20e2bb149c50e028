// The language of the bot's own messages (welcome, help, notices): Dutch by default, English when
// the user's Teams client is English. Answer cards follow the question's language instead.
import type { Language } from '../../shared/policy/knowledge/types';

export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
