// What the insight routes accept, parsed at the edge with zod (the add-in's batch is the shared
// contract in shared/insight/insight-events.ts).
import { z } from 'zod';
import { ALL_SCHOOLS } from '../../shared/insight/insight-report';

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
