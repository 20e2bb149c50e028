// The shapes the sensitive-content mechanisms share: a sensitive term found in a text (a weighted
// hit), the evidence it becomes, the reading of the text as a whole, and the reaches in characters
// within which a person and a term count as said of each other.
import { type MentionKind, type PersonWordTag } from './person-mentions';

export type Subject = 'pupil' | 'adult';
export type Category = 'pupil-record' | 'health' | 'home' | 'adult-record';

export interface SensitiveEvidence {
  subject: Subject;
  category: Category | 'results-list';
  term: string;
  start: number;
  end: number;
  /** Which kind of mention tied the term to a person. */
  tiedTo: MentionKind | 'list of names';
  /** How that person was recognised when no list named them: "name before a verb". */
  cue?: string;
}

/** Characters either side of a term in which a person mention counts. */
export const REACH = 220;
/** "mijn", "ik", "uw" this close before a term make it the writer's or reader's own. */
export const SELF_REACH = 60;

export type LexiconTag =
  | { kind: 'topic'; category: Category; weight: 1 | 2; isPersonal?: boolean }
  | { kind: 'general' }
  | { kind: 'results' }
  | PersonWordTag;

export interface WeightedHit {
  term: string;
  start: number;
  end: number;
  category: Category;
  weight: 1 | 2;
  /** Sensitive when said of a named person in the same sentence. */
  isPersonal?: boolean;
  /** An HR word with its amount after it: "Bruto salaris: € 3.806,22". */
  isAmount?: boolean;
  /**
   * A job title in the writer's signature ("Yvonne Habets\nleerplichtambtenaar") or a word in an
   * address ("r.dohmen@leerplicht-roerdal.nl"): no finding of its own, though it still leans the
   * text and backs a weak word as a companion.
   */
  isLabelOnly?: boolean;
}

/** Characters between a named person and a situation said of them ("Daan heeft … geschopt"). */
export const SENTENCE_REACH = 150;

/** Whether the text as a whole is more about pupils or about adults, for terms that fit both. */
export interface TextContext {
  /** Whether the part holding `position` (the new text or the quoted history) reads as general. */
  isGeneral: (position: number) => boolean;
  /** More adult than pupil: by its topics, or else by words such as "collega" vs "leerling". */
  leansAdult: boolean;
  /** Its sensitive topics are more about adults' records (pay, HR, VOG) than about pupils. */
  isAboutAdultRecords: boolean;
  /** "leerling", "zoon", "mijn dochter": some pupil or a pupil's family is spoken of. */
  hasPupilWords: boolean;
  /** "his wife", "zijn vrouw", "collega": an adult's family or work is spoken of (looked up lazily). */
  hasAdultLife: () => boolean;
  /** First names (folded) of the people an employer's measure is said of: "Henk is op non-actief gezet". */
  measuredStaff: () => ReadonlySet<string>;
  /** "ik ben de oma van Sem": the writer introduces themself as a grandparent (looked up lazily). */
  isGrandparentWriter: () => boolean;
}
