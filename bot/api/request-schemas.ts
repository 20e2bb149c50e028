// What API requests may contain, parsed at the edge with zod: unknown fields and wrong types are
// refused naming the field. Meaning (dates in the future, lengths) is the domain's check after.
import { z } from 'zod';
import { REASON_LIMIT } from '../../shared/incidents/reason-limit';
import { INCIDENT_STATUSES } from '../../shared/incidents/incident-status';
import {
  AVAILABILITY_LOSSES,
  CONFIDENTIALITY_LOSSES,
  INTEGRITY_LOSSES,
} from '../../shared/incidents/severity-scales';
import { DATA_KINDS, ENCRYPTION_STATES, INCIDENT_KINDS, SUBJECT_GROUPS } from '../incidents/report';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of: ${values.join(', ')}` });
const text = (max: number) =>
  z.string({ error: 'expected text' }).max(max, { error: `expected at most ${max} characters` });
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });
const time = z.string().regex(/^\d{2}:\d{2}$/, { error: 'expected a time as HH:mm' });

/** A breach report from the Outlook add-in or the tab; times are Amsterdam wall-clock time. */
export const reportBody = z.strictObject({
  /** Made once per form by the client: sending it twice creates one incident. */
  submissionId: z
    .string({ error: 'expected an id made once per report (text)' })
    .regex(/^[\w-]{8,64}$/, { error: 'expected 8 to 64 letters, digits, - or _' }),
  kind: oneOf(INCIDENT_KINDS),
  kindOther: text(200).optional(),
  occurredDate: date,
  occurredTime: time.optional(),
  discoveredDate: date,
  discoveredTime: time,
  dataKinds: z.array(oneOf(DATA_KINDS), { error: 'expected a list' }).max(DATA_KINDS.length),
  subjectGroups: z
    .array(oneOf(SUBJECT_GROUPS), { error: 'expected a list' })
    .max(SUBJECT_GROUPS.length),
  affectedCount: z.int({ error: 'expected a whole number' }),
  encrypted: oneOf(ENCRYPTION_STATES),
  measuresTaken: text(1000).optional(),
  description: text(2000),
});

/** The privacy officer's assessment answers and two decisions (the card's "Ernst en besluit"). */
export const breachDecisionBody = z.strictObject({
  answers: z
    .strictObject({
      context: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
      identification: z
        .union([z.literal(0.25), z.literal(0.5), z.literal(0.75), z.literal(1)])
        .optional(),
      confidentiality: oneOf(CONFIDENTIALITY_LOSSES).optional(),
      integrity: oneOf(INTEGRITY_LOSSES).optional(),
      availability: oneOf(AVAILABILITY_LOSSES).optional(),
      isMalicious: z.boolean({ error: 'expected true or false' }).optional(),
    })
    .default({}),
  notifyAp: z.boolean({ error: 'expected true or false' }),
  informSubjects: z.boolean({ error: 'expected true or false' }),
  notifyApReason: text(REASON_LIMIT * 2).default(''),
  informSubjectsReason: text(REASON_LIMIT * 2).default(''),
});

/** A status change: the same steps as the card's Action.Execute verbs. */
export const actionBody = z.discriminatedUnion(
  'verb',
  [
    z.strictObject({ verb: z.literal('take') }),
    z.strictObject({
      verb: z.literal('decideNotifiable'),
      apReference: text(100),
      apNotifiedAt: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 date and time' }),
      /** Required by the domain when the AP was notified after the 72-hour deadline. */
      lateReason: text(1000).optional(),
    }),
    z.strictObject({ verb: z.literal('decideNotNotifiable'), reason: text(1000) }),
    z.strictObject({
      verb: z.literal('decideSubjects'),
      informed: z.boolean({ error: 'expected true or false' }),
      explanation: text(1000),
    }),
    z.strictObject({ verb: z.literal('close'), measures: text(1000) }),
    z.strictObject({
      verb: z.literal('informAuthority'),
      authorityId: z.string().regex(/^[a-z0-9-]{1,40}$/, { error: 'expected an authority id' }),
    }),
  ],
  {
    error:
      'expected "verb" to be one of: take, decideNotifiable, decideNotNotifiable, decideSubjects, close, informAuthority',
  },
);

/** Filters of the register list. */
export const listQuery = z.strictObject({
  status: oneOf(INCIDENT_STATUSES).optional(),
  school: text(200).optional(),
  from: date.optional(),
  to: date.optional(),
});

export const exportQuery = z.strictObject({ since: date.optional() });

export const knowledgeQuery = z.strictObject({
  q: z
    .string({ error: 'expected a question or search words (q)' })
    .trim()
    .min(1, { error: 'expected a question or search words, not empty' })
    .max(300, { error: 'expected at most 300 characters' }),
});

export const entryQuery = z.strictObject({ lang: oneOf(['nl', 'en'] as const).optional() });
