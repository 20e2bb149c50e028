// How serious a breach is, by the ENISA method for the severity of personal data breaches (2013):
// severity = data processing context × ease of identification + circumstances of the breach.
// Pre-filled from what the report already says; whatever the report cannot tell is a conservative
// assumption that the assessment asks about. Pure: no I/O, no clock.
import type { Label } from './labels';
import type { DataKind, IncidentKind, IncidentReport } from './report';
import type {
  ContextScore,
  IdentificationScore,
  SeverityAnswers,
  SeverityQuestion,
} from '../../shared/incidents/severity-scales';

const SEVERITY_QUESTIONS: readonly SeverityQuestion[] = [
  'context',
  'identification',
  'confidentiality',
  'integrity',
  'availability',
  'isMalicious',
];

/**
 * Where an answer came from: the report says it, it is a cautious assumption nobody confirmed
 * (the assessment asks it), or the person assessing recorded it.
 */
export type AnswerSource = 'report' | 'assumed' | 'assessor';

interface PrefilledAssessment {
  answers: SeverityAnswers;
  sources: Record<SeverityQuestion, AnswerSource>;
  /** The assumed answers: what the assessment still asks. */
  missing: SeverityQuestion[];
}

/** ENISA's four levels, named as the privacy officer reads them. */
export type SeverityLevel = 'laag' | 'gemiddeld' | 'hoog' | 'zeer hoog';

export const SEVERITY_LEVEL_LABELS: Record<SeverityLevel, Label> = {
  laag: { nl: 'laag', en: 'low' },
  gemiddeld: { nl: 'gemiddeld', en: 'medium' },
  hoog: { nl: 'hoog', en: 'high' },
  'zeer hoog': { nl: 'zeer hoog', en: 'very high' },
};

/** One thing that moved the score, worded for the person deciding. */
interface SeverityFactor extends Label {
  /** What it added to the score (for the context: the product with identification). */
  points: number;
}

export interface SeverityAssessment {
  score: number;
  level: SeverityLevel;
  /** The factors that drove the score, largest first (encryption, which lowers it, last). */
  factors: SeverityFactor[];
  answers: SeverityAnswers;
}

/**
 * Base context per kind of data. ENISA's categories, placed for a school: a pupil file is more
 * than behavioural data because it can hold care and support notes (policy ch. 12 counts losing a
 * care file as serious); a BSN and login details enable fraud or further access, like ENISA's
 * financial data.
 */
const CONTEXT_BY_DATA_KIND: Record<DataKind, ContextScore> = {
  'names-addresses': 1,
  photos: 1,
  other: 1,
  results: 2,
  bsn: 3,
  passwords: 3,
  'pupil-file': 3,
  'special-categories': 4,
};

const DATA_KIND_WORDS: Record<DataKind, Label> = {
  'names-addresses': { nl: 'namen en adressen', en: 'names and addresses' },
  photos: { nl: "foto's of video's", en: 'photos or videos' },
  other: { nl: 'andere gegevens', en: 'other data' },
  results: { nl: 'schoolresultaten', en: 'school results' },
  bsn: { nl: 'BSN of onderwijsnummer', en: 'citizen service number' },
  passwords: { nl: 'inloggegevens', en: 'login details' },
  'pupil-file': { nl: 'een leerlingdossier', en: 'a pupil file' },
  'special-categories': {
    nl: 'gezondheids- of andere bijzondere gegevens',
    en: 'health or other special-category data',
  },
};

/** Data that names the person by itself: whoever sees it knows who it is about. */
const IDENTIFYING_KINDS: readonly DataKind[] = ['names-addresses', 'bsn', 'pupil-file', 'photos'];

/** Kinds where an encrypted device keeps the data unreadable (a mailbox or an account does not). */
const DEVICE_KINDS: readonly IncidentKind[] = ['lost-device', 'stolen-device'];

const POINTS = {
  confidentiality: { none: 0, 'known-recipients': 0.25, 'unknown-recipients': 0.5 },
  integrity: { none: 0, recoverable: 0.25, unrecoverable: 0.5 },
  availability: { none: 0, temporary: 0.25, permanent: 0.5 },
  malicious: 0.5,
} as const;

type Circumstances = Pick<
  SeverityAnswers,
  'confidentiality' | 'integrity' | 'availability' | 'isMalicious'
>;
type Known = { [K in keyof Circumstances]: [Circumstances[K], AnswerSource] };

/** What each kind of incident tells about the circumstances, and what it leaves to ask. */
function circumstancesFor(kind: IncidentKind, isUnreadable: boolean): Known {
  const lost: Known['confidentiality'] = isUnreadable
    ? ['none', 'report']
    : ['unknown-recipients', 'report'];
  switch (kind) {
    case 'lost-device':
      return {
        confidentiality: lost,
        integrity: ['none', 'report'],
        availability: ['none', 'assumed'],
        isMalicious: [false, 'report'],
      };
    case 'stolen-device':
      return {
        confidentiality: lost,
        integrity: ['none', 'report'],
        availability: ['none', 'assumed'],
        isMalicious: [true, 'report'],
      };
    case 'paper-lost':
      return {
        confidentiality: ['unknown-recipients', 'report'],
        integrity: ['none', 'report'],
        availability: ['temporary', 'assumed'],
        isMalicious: [false, 'report'],
      };
    case 'wrong-recipient':
      return {
        confidentiality: ['known-recipients', 'report'],
        integrity: ['none', 'report'],
        availability: ['none', 'report'],
        isMalicious: [false, 'report'],
      };
    case 'hacked-account':
      return {
        confidentiality: ['unknown-recipients', 'report'],
        integrity: ['recoverable', 'assumed'],
        availability: ['none', 'assumed'],
        isMalicious: [true, 'report'],
      };
    case 'unauthorised-access':
      return {
        confidentiality: ['known-recipients', 'assumed'],
        integrity: ['none', 'assumed'],
        availability: ['none', 'report'],
        isMalicious: [false, 'assumed'],
      };
    case 'other':
      return {
        confidentiality: ['unknown-recipients', 'assumed'],
        integrity: ['none', 'assumed'],
        availability: ['none', 'assumed'],
        isMalicious: [false, 'assumed'],
      };
  }
}

/** The data kind that sets the base context: the highest-scoring one the report names. */
function leadingDataKind(dataKinds: readonly DataKind[]): DataKind {
  let leading: DataKind = dataKinds[0] ?? 'other';
  for (const kind of dataKinds)
    if (CONTEXT_BY_DATA_KIND[kind] > CONTEXT_BY_DATA_KIND[leading]) leading = kind;
  return leading;
}

/**
 * Children's data counts one step up when it is otherwise simple data: the GDPR gives children
 * specific protection (recital 38), and a class list is never "just addresses". Our adjustment
 * of ENISA's simple-data context, stated so it can be challenged.
 */
function contextFor(report: Pick<IncidentReport, 'dataKinds' | 'subjectGroups'>): ContextScore {
  const base = CONTEXT_BY_DATA_KIND[leadingDataKind(report.dataKinds)];
  return base === 1 && report.subjectGroups.includes('pupils') ? 2 : base;
}

/**
 * Answers every question as far as the report allows; the rest are cautious assumptions, listed
 * in `missing` so the assessment asks only those.
 * @example prefillAssessment(report).missing // ['availability'] for a lost laptop
 */
export function prefillAssessment(
  report: Pick<IncidentReport, 'kind' | 'dataKinds' | 'subjectGroups' | 'encrypted'>,
): PrefilledAssessment {
  const isDevice = DEVICE_KINDS.includes(report.kind);
  const isUnreadable = isDevice && report.encrypted === 'yes';
  const hasIdentifyingData = report.dataKinds.some((kind) => IDENTIFYING_KINDS.includes(kind));
  // An unknown encryption state on a device is treated as unencrypted until someone checks.
  const identification: [IdentificationScore, AnswerSource] = isUnreadable
    ? [0.25, 'report']
    : [
        1,
        hasIdentifyingData && !(isDevice && report.encrypted === 'unknown') ? 'report' : 'assumed',
      ];
  const circumstances = circumstancesFor(report.kind, isUnreadable);
  if (isDevice && report.encrypted === 'unknown')
    circumstances.confidentiality = ['unknown-recipients', 'assumed'];
  const answers: SeverityAnswers = {
    context: contextFor(report),
    identification: identification[0],
    confidentiality: circumstances.confidentiality[0],
    integrity: circumstances.integrity[0],
    availability: circumstances.availability[0],
    isMalicious: circumstances.isMalicious[0],
  };
  const sources: Record<SeverityQuestion, AnswerSource> = {
    context: 'report',
    identification: identification[1],
    confidentiality: circumstances.confidentiality[1],
    integrity: circumstances.integrity[1],
    availability: circumstances.availability[1],
    isMalicious: circumstances.isMalicious[1],
  };
  return {
    answers,
    sources,
    missing: SEVERITY_QUESTIONS.filter((question) => sources[question] === 'assumed'),
  };
}

/** The assessor's answers over the pre-filled ones; what they answered is no longer missing. */
export function applyAnswers(
  prefilled: PrefilledAssessment,
  given: Partial<SeverityAnswers>,
): PrefilledAssessment {
  const answers = { ...prefilled.answers };
  const sources = { ...prefilled.sources };
  for (const question of SEVERITY_QUESTIONS) {
    const value = given[question];
    if (value === undefined) continue;
    (answers as Record<SeverityQuestion, unknown>)[question] = value;
    sources[question] = 'assessor';
  }
  return {
    answers,
    sources,
    missing: SEVERITY_QUESTIONS.filter((question) => sources[question] === 'assumed'),
  };
}

/** ENISA's thresholds: below 2 low, below 3 medium, below 4 high, else very high. */
export function severityLevel(score: number): SeverityLevel {
  if (score < 2) return 'laag';
  if (score < 3) return 'gemiddeld';
  if (score < 4) return 'hoog';
  return 'zeer hoog';
}

const CONTEXT_WORDS: Record<ContextScore, Label> = {
  1: { nl: 'eenvoudige gegevens', en: 'simple data' },
  2: { nl: 'gegevens over gedrag of prestaties', en: 'behavioural data' },
  3: {
    nl: 'gegevens die fraude of verdere toegang mogelijk maken',
    en: 'data enabling fraud or access',
  },
  4: { nl: 'gevoelige gegevens', en: 'sensitive data' },
};
const IDENTIFICATION_WORDS: Record<IdentificationScore, Label> = {
  0.25: { nl: 'vrijwel niet tot personen te herleiden', en: 'hardly traceable to people' },
  0.5: { nl: 'beperkt tot personen te herleiden', en: 'traceable to people with effort' },
  0.75: { nl: 'goed tot personen te herleiden', en: 'readily traceable to people' },
  1: { nl: 'direct tot personen te herleiden', en: 'directly traceable to people' },
};

/**
 * Scores the answers and says what drove the score.
 * @example assessSeverity(prefillAssessment(report).answers, report).level // 'hoog'
 */
export function assessSeverity(
  answers: SeverityAnswers,
  report: Pick<IncidentReport, 'dataKinds' | 'subjectGroups' | 'kind' | 'encrypted'>,
): SeverityAssessment {
  const factors: SeverityFactor[] = [];
  const base = answers.context * answers.identification;
  const leadingKind = leadingDataKind(report.dataKinds);
  const leading = DATA_KIND_WORDS[leadingKind];
  const isChildAdjusted =
    answers.context === contextFor(report) && answers.context > CONTEXT_BY_DATA_KIND[leadingKind];
  factors.push({
    nl: `Soort gegevens: ${leading.nl} (${CONTEXT_WORDS[answers.context].nl}${isChildAdjusted ? ', van kinderen' : ''}), ${IDENTIFICATION_WORDS[answers.identification].nl}`,
    en: `Kind of data: ${leading.en} (${CONTEXT_WORDS[answers.context].en}${isChildAdjusted ? ', of children' : ''}), ${IDENTIFICATION_WORDS[answers.identification].en}`,
    points: base,
  });
  if (answers.identification === 0.25 && report.encrypted === 'yes')
    factors.push({
      nl: 'De gegevens waren versleuteld, dus onleesbaar voor wie ze vindt',
      en: 'The data was encrypted, so unreadable to whoever finds it',
      points: 0,
    });
  const confidentiality = POINTS.confidentiality[answers.confidentiality];
  if (answers.confidentiality === 'known-recipients')
    factors.push({
      nl: 'Bekende ontvangers hebben de gegevens kunnen zien',
      en: 'Known recipients could see the data',
      points: confidentiality,
    });
  if (answers.confidentiality === 'unknown-recipients')
    factors.push({
      nl: 'Onbekenden kunnen de gegevens zien of kopiëren',
      en: 'Unknown people may see or copy the data',
      points: confidentiality,
    });
  const integrity = POINTS.integrity[answers.integrity];
  if (integrity > 0)
    factors.push(
      answers.integrity === 'recoverable'
        ? {
            nl: 'Gegevens kunnen zijn gewijzigd (te herstellen)',
            en: 'Data may have been altered (recoverable)',
            points: integrity,
          }
        : {
            nl: 'Gegevens zijn gewijzigd en niet te herstellen',
            en: 'Data was altered beyond repair',
            points: integrity,
          },
    );
  const availability = POINTS.availability[answers.availability];
  if (availability > 0)
    factors.push(
      answers.availability === 'temporary'
        ? {
            nl: 'Gegevens zijn tijdelijk niet beschikbaar',
            en: 'Data is temporarily unavailable',
            points: availability,
          }
        : {
            nl: 'Gegevens zijn blijvend kwijt (geen kopie)',
            en: 'Data is lost for good (no copy)',
            points: availability,
          },
    );
  if (answers.isMalicious)
    factors.push({
      nl: 'Opzet: diefstal, inbraak of misbruik',
      en: 'Malicious intent: theft, intrusion or misuse',
      points: POINTS.malicious,
    });
  const score =
    base +
    confidentiality +
    integrity +
    availability +
    (answers.isMalicious ? POINTS.malicious : 0);
  const level = severityLevel(score);
  return {
    score,
    level,
    factors: factors.sort((a, b) => b.points - a.points),
    answers,
  };
}
