// What the insight routes accept, parsed at the edge with zod (the add-in's batch is the shared
// contract in shared/insight/insight-events.ts).
import { z } from 'zod';
import { ALL_SCHOOLS } from '../../shared/insight/insight-report';
import { RULE_IDS } from '../../shared/scan/types';

const month = z
  .string()
  .regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM' });

/** A period of whole months and one school ("*", the default, for the whole board). */
export const insightQuery = z
  .strictObject({
    from: month,
    to: month,
    school: z
      .string({ error: 'expected text' })
      .trim()
      .min(1)
      .max(200, { error: 'expected at most 200 characters' })
      .default(ALL_SCHOOLS),
  })
  .refine((query) => query.from <= query.to, {
    error: 'expected "from" not after "to"',
    path: ['from'],
  });

/** The add-in asks which rules are lowered for its sender's domain (as its counts name it). */
export const muteQuery = z.strictObject({
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, { error: 'expected a domain name' }),
});

/** The privacy officer lowers a rule to a notice for a school, or restores it; always with a reason. */
export const muteChange = z.strictObject({
  school: z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'expected a school' })
    .max(200, { error: 'expected at most 200 characters' })
    .refine((school) => school !== ALL_SCHOOLS, { error: 'expected one school, not all' }),
  rule: z.enum(RULE_IDS, { error: `expected one of: ${RULE_IDS.join(', ')}` }),
  kind: z.enum(['mute', 'restore'], { error: 'expected mute or restore' }),
  reason: z
    .string({ error: 'expected text' })
    .trim()
    .min(3, { error: 'expected a reason' })
    .max(500, { error: 'expected at most 500 characters' }),
});
