// A draft letter as a card for the person handling the incident to copy into a mail: Dutch first,
// then English. Privacywacht never sends it; the card says so.
import type { LetterDraft } from '../incidents/subject-notice';
import {
  heading,
  incidentAdaptiveCard,
  textRuns,
  type IncidentAdaptiveCard,
  type IncidentElement,
  type Language,
} from './incident-card-elements';

const NOTE = {
  nl: 'Concept: kopieer het in een e-mail, pas het aan en verstuur het zelf. Privacywacht verstuurt niets.',
  en: 'Draft: copy it into an e-mail, edit it and send it yourself. Privacywacht sends nothing.',
};

export function buildLetterCard(letter: LetterDraft, language: Language): IncidentAdaptiveCard {
  const body: IncidentElement[] = [textRuns(NOTE[language], { isSubtle: true })];
  for (const version of ['nl', 'en'] as const) {
    body.push(
      heading(letter.subject[version]),
      textRuns(letter.greeting[version]),
      ...letter.sections.flatMap((section) => [
        textRuns(section.heading[version], { weight: 'Bolder' }),
        textRuns(section.text[version]),
      ]),
      textRuns(letter.closing[version]),
    );
  }
  return incidentAdaptiveCard(language, body);
}
