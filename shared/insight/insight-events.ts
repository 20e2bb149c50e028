// What the Outlook add-in may tell the service for the insight view: counts of send decisions,
// check faults and false alarms, as closed lists of ids. The schema is the whole contract: there is
// no field for text, so no subject, address, name, file name or number can travel in one.
import { z } from 'zod';
import { NOTICE_CODES, RULE_IDS, VERDICTS } from '../scan/types';
import { CHECK_FAULTS, CLIENT_KINDS, REQUIREMENT_LEVELS, SENDER_ACTIONS } from './event-fields';
import { FEATURE_NAMES } from './finding-features';

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of: ${values.join(', ')}` });
/** A calendar month (Amsterdam), the finest time grain the add-in sends. */
const month = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM' });
/** The sender's mail domain only; the service maps it to a school and keeps nothing else of it. */
const domain = z
  .string()
  .max(253)
  .regex(/^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, { error: 'expected a domain name' });
const client = { client: oneOf(CLIENT_KINDS), level: oneOf(REQUIREMENT_LEVELS) };
const ruleList = z.array(oneOf(RULE_IDS)).max(RULE_IDS.length);

const sendEvent = z.strictObject({
  type: z.literal('send'),
  month,
  domain,
  /** The strictest verdict the draft got. */
  verdict: oneOf(VERDICTS),
  /** Rules that asked the sender to act. */
  rules: ruleList,
  /** Per rule that fired: what the sender did; absent when the add-in could not tell. */
  actions: z.partialRecord(oneOf(RULE_IDS), oneOf(SENDER_ACTIONS)),
  /** The mail went with the encrypted-send marking. */
  isEncrypted: z.boolean(),
  /** Why parts of the mail were not read (partly unread), one code each. */
  unread: z.array(oneOf(NOTICE_CODES)).max(NOTICE_CODES.length),
  ...client,
});

const faultEvent = z.strictObject({
  type: z.literal('check-fault'),
  month,
  domain,
  fault: oneOf(CHECK_FAULTS),
  ...client,
});

const falseAlarmEvent = z.strictObject({
  type: z.literal('false-alarm'),
  month,
  domain,
  rule: oneOf(RULE_IDS),
  /** Which of the detector's features fired: names from a closed list, never text. */
  features: z.array(oneOf(FEATURE_NAMES)).max(FEATURE_NAMES.length),
});

const insightEvent = z.discriminatedUnion('type', [sendEvent, faultEvent, falseAlarmEvent], {
  error: 'expected "type" to be one of: send, check-fault, false-alarm',
});
export type InsightEvent = z.infer<typeof insightEvent>;
export type SendEvent = Extract<InsightEvent, { type: 'send' }>;

/** At most this many events in one request; the add-in keeps no more than this either. */
const MAX_BATCH = 100;

export const insightBatch = z.strictObject({
  events: z.array(insightEvent).max(MAX_BATCH, { error: `expected at most ${MAX_BATCH} events` }),
});
