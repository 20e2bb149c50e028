// What the bot says when it does not answer: honest, with whom to ask instead.
import type { Config } from '../../shared/policy/config-schema';
import type { Language } from '../../shared/policy/knowledge/types';
import { describeContact } from './contacts';

/** The "I don't know" text; with close topics it points to them, without it says it is off-topic. */
export function notAnsweredText(config: Config, language: Language, hasClosest: boolean): string {
  const officer = describeContact(config, 'privacyOfficer', language);
  if (language === 'en') {
    return hasClosest
      ? `I am not sure I can answer that from the privacy policy. Perhaps one of the topics below is what you mean; otherwise, ask ${officer}.`
      : `I can only answer questions about the privacy and information security policy, and I don't know the answer to this one. For privacy questions, ask ${officer}.`;
  }
  return hasClosest
    ? `Daar weet ik uit het privacybeleid geen zeker antwoord op. Misschien bedoel je een van de onderwerpen hieronder; anders kun je terecht bij ${officer}.`
    : `Ik beantwoord alleen vragen over het privacy- en informatiebeveiligingsbeleid, en op deze vraag weet ik het antwoord niet. Met privacyvragen kun je terecht bij ${officer}.`;
}
