// Runs the content model once per mail over its subject and body, and says for pupils and for
// adults whether it would add a finding: only above the threshold and only with an identifiable
// person of the right kind mentioned (the rules' person logic), never for an anonymised case.
import type { MailContent } from '../mail-texts';
import type { SensitiveLexicon } from '../text/sensitive-content';
import { readTextSignals } from '../text/sensitive-content';
import type { PersonMention } from '../text/person-mentions';
import { quotedHistoryStart } from '../text/quoted-history';
import type { Location } from '../types';
import {
  compileContentModel,
  type ContentModel,
  type ModelScore,
  type ModelSubject,
} from './content-model';
import data from './content-model.json';
import type { ContentModelData } from './content-model';
import { modelFeatures } from './model-features';

/** How many phrases a finding names. */
const PHRASES = 3;

const SHIPPED_DATA: ContentModelData = data;
const SHIPPED_MODEL = compileContentModel(SHIPPED_DATA);

/** The kinds of mention that make a pupil or an adult identifiable for the model. */
const GATE: Record<ModelSubject, readonly PersonMention['kind'][]> = {
  pupil: ['name', 'pupil'],
  adult: ['name', 'adult'],
};

/** The first mention that makes a pupil (or adult) identifiable, if any. */
export function identifiablePerson(
  people: readonly PersonMention[],
  who: ModelSubject,
): PersonMention | undefined {
  return people.find((mention) => GATE[who].includes(mention.kind));
}

export interface ModelVerdict {
  score: ModelScore;
  /** The person that makes the case identifiable; without one the model adds nothing. */
  person: PersonMention | undefined;
  /** Where the strongest phrase sits, for the finding's location and excerpt. */
  location: Location;
  text: string;
  start: number;
  end: number;
  isInQuotedHistory: boolean;
  /** The phrases that weighed most, readable and without given names. */
  phrases: string[];
}

export type ModelAssessment = Record<ModelSubject, ModelVerdict>;

/**
 * @example assessContent(content, lexicon, new Set()).pupil.score.isAboveThreshold
 */
export function assessContent(
  content: MailContent,
  lexicon: SensitiveLexicon,
  correspondents: ReadonlySet<string>,
  model: ContentModel = SHIPPED_MODEL,
): ModelAssessment {
  const { features, signals, subject, body, joined, quoteStart } = readContent(
    content,
    lexicon,
    correspondents,
  );
  const verdict = (who: ModelSubject): ModelVerdict => {
    const score = model.score(features, who);
    const person = identifiablePerson(signals.people, who);
    const anchor = score.topFeatures.find((top) => top.span.end > 0)?.span ?? {
      start: 0,
      end: 0,
    };
    const inSubject = anchor.start < subject.length;
    const offset = inSubject ? 0 : subject.length + 1;
    return {
      score,
      person,
      location: { part: inSubject ? 'subject' : 'body' },
      text: inSubject ? subject : body,
      start: Math.max(0, anchor.start - offset),
      end: Math.max(0, anchor.end - offset),
      isInQuotedHistory: anchor.start >= quoteStart,
      phrases: score.topFeatures
        .filter((top) => !top.feature.includes('#name'))
        .slice(0, PHRASES)
        .map((top) => describeFeature(top.feature, joined.slice(top.span.start, top.span.end))),
    };
  };
  return { pupil: verdict('pupil'), adult: verdict('adult') };
}

/** Subject and body as the model reads them, with the rules' signals; shared with training. */
export function readContent(
  content: MailContent,
  lexicon: SensitiveLexicon,
  correspondents: ReadonlySet<string>,
) {
  const subject = content.texts.find((text) => text.location.part === 'subject')?.text ?? '';
  const body = content.texts.find((text) => text.location.part === 'body')?.text ?? '';
  const joined = `${subject}\n${body}`;
  const signals = readTextSignals(joined, lexicon, correspondents);
  const quoteStart = subject.length + 1 + quotedHistoryStart(body);
  const features = modelFeatures(joined, {
    personKinds: [...new Set(signals.people.map((person) => person.kind))].sort(),
    topics: signals.topics,
    isGeneral: signals.isGeneral,
    hasQuotedHistory: quoteStart < joined.length,
  });
  return { features, signals, subject, body, joined, quoteStart };
}

/** A readable name for a feature in a finding: the phrase as written, or what a signal means. */
function describeFeature(feature: string, phrase: string): string {
  if (feature.startsWith('#person:')) return `a ${feature.slice(8)} mentioned`;
  if (feature.startsWith('#topic:')) return `${feature.slice(7).split(':')[0] ?? ''} words`;
  if (feature.startsWith('#')) return feature.slice(1);
  return `"${phrase.toLowerCase()}"`;
}
