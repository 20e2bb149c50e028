// Which language the bot speaks: Dutch by default, English when the question is English or the
// user's Teams locale is English.
import type { Language } from '../../shared/policy/knowledge/types';

export function languageOfLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function replyLanguage(questionLanguage: Language, locale: string | undefined): Language {
  return questionLanguage === 'en' ? 'en' : languageOfLocale(locale);
}
