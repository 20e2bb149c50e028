// The schema of one knowledge entry in a policy pack: what every entry must hold, with messages a
// privacy officer can act on.
import { z } from 'zod';

const KEBAB_ID = /^[a-z\d]+(?:-[a-z\d]+)*$/;

const text = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}, not empty text` });

const entryId = (what: string) =>
  z
    .string({ error: `expected ${what}` })
    .regex(KEBAB_ID, { error: `expected ${what} in kebab-case, e.g. "breach-72-hours"` });

const list = (what: string) =>
  z.array(text(what), { error: `expected a list of ${what}s, one "  - …" line each` });

const bilingual = (what: string) =>
  z.strictObject({ nl: text(`the Dutch ${what}`), en: text(`the English ${what}`) });

export const knowledgeEntrySchema = z.strictObject({
  id: entryId('the entry id'),
  title: bilingual('title'),
  questions: z.strictObject({
    nl: list('Dutch question').min(1, { error: 'expected at least one Dutch question' }),
    en: list('English question').min(1, { error: 'expected at least one English question' }),
  }),
  answer: bilingual('answer'),
  section: text('the policy section, e.g. "§12 Protocol datalekken"'),
  related: z.array(entryId('a related entry id'), {
    error: 'expected a list of related entry ids, one "  - id" line each',
  }),
  reviewBy: z.iso.date({ error: 'expected the review date as YYYY-MM-DD, e.g. 2027-08-01' }),
  supplierNames: list('supplier name')
    .min(1, { error: 'expected at least one supplier name' })
    .optional(),
  // Optional, per language: "## Situaties" under "# nl", "## Situations" under "# en".
  situations: z
    .strictObject({
      nl: list('Dutch situation')
        .min(1, { error: 'expected at least one situation, or leave the heading out' })
        .optional(),
      en: list('English situation')
        .min(1, { error: 'expected at least one situation, or leave the heading out' })
        .optional(),
    })
    .optional(),
});
