// The words a content model reads: folded, lightly stemmed unigrams and bigrams of a mail, plus
// signals from the rules (which kind of person is mentioned, which topic categories were hit,
// quoted history). Pure and deterministic, so training (offline) and scanning see the same features.
import { FIRST_NAMES } from '../../policy/lexicon/first-names';
import { fold } from '../text/fold';

/** Where a feature first occurs in the text, to name the phrase in a finding. */
export interface FeatureSpan {
  start: number;
  end: number;
}

/** Signals from the rules' own analysis, turned into features whose names start with "#". */
export interface RuleSignals {
  /** Kinds of identifiable person mentioned: "name", "pupil", "adult", "self". */
  personKinds: readonly string[];
  /** Topic categories with a lexicon hit, with their weight: "health:2", "adult-record:1". */
  topics: readonly string[];
  isGeneral: boolean;
  hasQuotedHistory: boolean;
}

const NAMES = new Set(FIRST_NAMES.map((name) => name.toLowerCase()));
const WORD = /[a-z0-9]+/g;
/** Endings stripped before truncation, longest first; a stem keeps at least four letters. */
const SUFFIXES = ['ingen', 'heden', 'ing', 'en', 'es', 'ed', 'er', 'e', 's'] as const;
/** Long compounds share their head: "medicatiegebruik" and "medicatie" both read "medicat". */
const STEM_LENGTH = 7;
/** Bytes of text read at most: a model looks at the start of long texts only, to stay fast. */
const MAX_CHARS = 20_000;

/**
 * A capitalised word inside a sentence ("bij Lemmens", "mevrouw Özdemir") is read as a name, so no
 * surname from the training mails becomes a weight or shows in a finding.
 */
function isNameLike(text: string, start: number): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  let before = start - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (before < 0) return false;
  const previous = text.charAt(before);
  return !'.!?:\n>"\'(-*•'.includes(previous);
}

/** @example stemWord('plekken') // 'plekk' */
export function stemWord(word: string): string {
  if (/^\d+$/.test(word)) return '0';
  let stem = word;
  for (const suffix of SUFFIXES) {
    if (stem.length - suffix.length >= 4 && stem.endsWith(suffix)) {
      stem = stem.slice(0, -suffix.length);
      break;
    }
  }
  return stem.slice(0, STEM_LENGTH);
}

/**
 * The features of one text, each with the span where it first occurs; given names read as "#name"
 * so no model weight belongs to one child's name.
 * @example [...modelFeatures('Blauwe plekken', signals).keys()] // ['blauw', 'plekk', 'blauw plekk', …]
 */
export function modelFeatures(text: string, signals: RuleSignals): Map<string, FeatureSpan> {
  const folded = fold(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const features = new Map<string, FeatureSpan>();
  let previous: { stem: string; start: number } | undefined;
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (word.length < 2 && !/\d/.test(word)) {
      previous = undefined;
      continue;
    }
    const stem = NAMES.has(word) || isNameLike(text, start) ? '#name' : stemWord(word);
    if (!features.has(stem)) features.set(stem, { start, end });
    if (previous) {
      const bigram = `${previous.stem} ${stem}`;
      if (!features.has(bigram)) features.set(bigram, { start: previous.start, end });
    }
    previous = { stem, start };
  }
  const whole = { start: 0, end: 0 };
  for (const kind of signals.personKinds) features.set(`#person:${kind}`, whole);
  for (const topic of signals.topics) features.set(`#topic:${topic}`, whole);
  if (signals.isGeneral) features.set('#general', whole);
  if (signals.hasQuotedHistory) features.set('#quoted', whole);
  return features;
}
