// What the Teams bot says in its own words, Dutch and English. Answers themselves come from the
// knowledge base; these are the frame around them, the same for every board (no board's own
// department names: those come from the policy pack and the configuration).
import type { Language } from '../policy/knowledge/types';

export interface BotText {
  welcomeTitle: string;
  /** {organisation} is replaced by the organisation's name from the configuration. */
  welcomeIntro: string;
  helpTitle: string;
  capabilities: string[];
  examplesTitle: string;
  exampleQuestions: string[];
  datalekHint: string;
  sourceLabel: string;
  relatedTitle: string;
  closestTopicsTitle: string;
  /** Above the other entries an unsure answer offers as buttons. */
  didYouMeanTitle: string;
  usefulQuestion: string;
  yes: string;
  no: string;
  reportDatalek: string;
  feedbackThanks: string;
  emptyInput: string;
  somethingWentWrong: string;
}

const NL: BotText = {
  welcomeTitle: 'Welkom bij Privacywacht',
  welcomeIntro:
    'Ik beantwoord je vragen over het privacybeleid van {organisation} en help je een datalek te melden.',
  helpTitle: 'Wat ik voor je kan doen',
  capabilities: [
    'Vragen over het privacybeleid beantwoorden, met het artikel of de bijlage waar het staat.',
    'Je helpen een datalek te melden, zodat het meteen bij de juiste mensen ligt.',
    'Typ hulp om dit overzicht opnieuw te zien.',
  ],
  examplesTitle: 'Probeer bijvoorbeeld:',
  exampleQuestions: [
    "Mag ik foto's van leerlingen op Facebook zetten?",
    'Mag ik een BSN in een mail zetten?',
    'Hoe lang bewaren we een leerlingdossier?',
  ],
  datalekHint: 'Typ datalek om een datalek te melden.',
  sourceLabel: 'Bron',
  relatedTitle: 'Gerelateerde vragen',
  closestTopicsTitle: 'Bedoel je misschien:',
  didYouMeanTitle: 'Niet zeker of dit je vraag beantwoordt. Bedoel je:',
  usefulQuestion: 'Was dit nuttig?',
  yes: 'Ja',
  no: 'Nee',
  reportDatalek: 'Datalek melden',
  feedbackThanks: 'Bedankt voor je reactie.',
  emptyInput: 'Stel je vraag over privacy in een zin, of typ hulp.',
  somethingWentWrong:
    'Er ging iets mis bij het verwerken van je bericht. Probeer het zo nog eens; blijft het misgaan, neem dan contact op met de ICT-afdeling.',
};

const EN: BotText = {
  welcomeTitle: 'Welcome to Privacywacht',
  welcomeIntro:
    "I answer your questions about {organisation}'s privacy policy and help you report a data breach.",
  helpTitle: 'What I can do for you',
  capabilities: [
    'Answer questions about the privacy policy, with the section or appendix it comes from.',
    'Help you report a data breach (datalek), so it reaches the right people at once.',
    'Type help to see this overview again.',
  ],
  examplesTitle: 'For example, try:',
  exampleQuestions: [
    'May I post photos of pupils on Facebook?',
    'Can I put a citizen service number in an e-mail?',
    'How long do we keep a pupil file?',
  ],
  datalekHint: 'Type datalek to report a data breach.',
  sourceLabel: 'Source',
  relatedTitle: 'Related questions',
  closestTopicsTitle: 'Did you perhaps mean:',
  didYouMeanTitle: 'Not sure this answers your question. Did you mean:',
  usefulQuestion: 'Was this useful?',
  yes: 'Yes',
  no: 'No',
  reportDatalek: 'Report a data breach',
  feedbackThanks: 'Thank you for your feedback.',
  emptyInput: 'Ask your privacy question in a sentence, or type help.',
  somethingWentWrong:
    'Something went wrong while handling your message. Please try again shortly; if it keeps failing, contact your ICT department.',
};

export function botText(language: Language): BotText {
  return language === 'en' ? EN : NL;
}
