// The schema of privacywacht.config.json: one file configures the add-in build and the server.
import { z } from 'zod';
import type { GuardTexts } from '../i18n/guard-texts';
import { DATA_KINDS, INCIDENT_KINDS } from '../incidents/report-fields';
import { VERDICTS } from '../scan/types';
import { DEFAULT_CONSUMER_DOMAINS } from './consumer-domains';
import { ENGLISH_WEEKDAYS } from './lexicon/day-names';

const domainName = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(
    z.string().regex(/^(?:[a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, {
      error: 'expected a domain name such as "school.nl"',
    }),
  );

const nonEmptyText = (what: string) =>
  z
    .string({ error: `expected ${what} (text)` })
    .trim()
    .min(1, { error: `expected ${what}, not empty text` });

const verdict = z.enum(VERDICTS, { error: `expected one of: ${VERDICTS.join(', ')}` });

const contentRuleSettings = z.strictObject({
  verdict: verdict.optional(),
  extraKeywords: z.array(nonEmptyText('a keyword')).default([]),
});
const envelopeRuleSettings = z.strictObject({ verdict: verdict.optional() });

const encryption = z.discriminatedUnion(
  'method',
  [
    z.strictObject({
      method: z.literal('subject-tag'),
      subjectTag: nonEmptyText('the subject tag, e.g. "[versleuteld]"'),
    }),
    z.strictObject({
      method: z.literal('internet-header'),
      headerName: z.string().regex(/^x-[a-z0-9-]{1,60}$/i, {
        error: 'expected a header name starting with "X-", e.g. "X-Privacywacht-Encrypt"',
      }),
      headerValue: nonEmptyText('the header value'),
    }),
    z.strictObject({
      method: z.literal('sensitivity-label'),
      labelId: z.guid({ error: 'expected the label id (a GUID) from Microsoft Purview' }),
    }),
    z.strictObject({
      method: z.literal('instructions'),
      text: nonEmptyText('the instructions shown to the sender'),
    }),
  ],
  {
    error:
      'expected "method" to be one of: subject-tag, internet-header, sensitivity-label, instructions',
  },
);

/** How the Outlook add-in behaves on send (issue #3). */
const addin = z
  .strictObject({
    sendMode: z
      .enum(['promptUser', 'softBlock', 'block'], {
        error: 'expected one of: promptUser, softBlock, block',
      })
      .default('softBlock'),
    onScanFailure: z
      .enum(['allow', 'block'], {
        error: 'expected allow (fail safe: the mail goes, with a notice) or block',
      })
      .default('allow'),
    scanBudgetMs: z
      .int({ error: 'expected a whole number of milliseconds' })
      .min(200, { error: 'expected 200 or more' })
      .max(4000, {
        error: 'expected 4000 or less: Outlook shows a delay dialog after about 5 seconds',
      })
      .default(2500),
  })
  .default({ sendMode: 'softBlock', onScanFailure: 'allow', scanBudgetMs: 2500 });

const hours = z
  .int({ error: 'expected a whole number of hours' })
  .min(1, { error: 'expected 1 or more' })
  .max(71, { error: 'expected 71 or less (the AP deadline is 72 hours)' });
/** An Entra object id (GUID) of a user, e.g. the privacy officer's. */
const userId = z.guid({ error: 'expected a user object id (a GUID) from Entra ID' });

/**
 * Another authority to inform besides the AP (issue 18), e.g. the Inspectie for test and exam data
 * or the police for a theft: it applies when an incident has any of the data kinds or is one of
 * the incident kinds.
 */
const authority = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, {
      error: 'expected a short id of lowercase letters, digits and -, e.g. "inspectie"',
    }),
    name: nonEmptyText('the authority\'s name, e.g. "Inspectie van het Onderwijs"'),
    nameEn: nonEmptyText("the authority's name in English").optional(),
    dataKinds: z
      .array(z.enum(DATA_KINDS, { error: `expected one of: ${DATA_KINDS.join(', ')}` }))
      .default([]),
    incidentKinds: z
      .array(z.enum(INCIDENT_KINDS, { error: `expected one of: ${INCIDENT_KINDS.join(', ')}` }))
      .default([]),
    how: nonEmptyText('how to inform them, e.g. a web form or a role address').optional(),
  })
  .refine((item) => item.dataKinds.length + item.incidentKinds.length > 0, {
    error: 'expected "dataKinds" or "incidentKinds": when does this authority apply?',
  });

/**
 * Breach reports (issue #5): the ICT domain's channel (else registered from Teams) and how long
 * free text stays in the register after closing (policy Bijlage 2 art. 9: no longer than needed).
 */
const incidents = z
  .strictObject({
    channel: z
      .strictObject({
        teamId: nonEmptyText("the ICT team's id"),
        channelId: z.string().regex(/^19:\S+$/, {
          error: 'expected the channel id from Teams, starting with "19:"',
        }),
        serviceUrl: z.url({
          protocol: /^https?$/,
          error:
            'expected the Bot Connector service URL, e.g. "https://smba.trafficmanager.net/emea/"',
        }),
        tenantId: z.guid({ error: 'expected the Entra tenant id (a GUID)' }),
      })
      .optional(),
    retentionDays: z
      .int({ error: 'expected a whole number of days' })
      .min(30, { error: 'expected 30 or more' })
      .max(3650, { error: 'expected 3650 (ten years) or less' })
      .default(730),
    /**
     * Escalation of breaches nobody handles in time (issue 18). People are Entra object ids, so
     * the bot can message them in Teams; names and numbers stay out of the code.
     */
    escalation: z
      .strictObject({
        unassignedAfterHours: hours.default(12),
        decisionHoursBeforeDeadline: hours.default(24),
        privacyOfficerUserIds: z
          .array(userId, { error: 'expected a list of user object ids' })
          .default([]),
        boardUserIds: z.array(userId, { error: 'expected a list of user object ids' }).default([]),
      })
      .optional(),
    authorities: z
      .array(authority, { error: 'expected a list of authorities' })
      .refine((items) => new Set(items.map((item) => item.id)).size === items.length, {
        error: 'expected each authority id once',
      })
      .default([]),
  })
  .default({ retentionDays: 730, authorities: [] });

const emailAddress = z.email({ error: 'expected an e-mail address such as "fg@school.nl"' });
const phoneNumber = z
  .string({ error: 'expected a phone number (text)' })
  .regex(/^\+?\d[\d ()-]{5,19}$/, { error: 'expected a phone number such as "046-1234567"' });

/** One person behind a contact role; names and numbers live only in the configuration file. */
const contactPerson = z.strictObject({
  name: nonEmptyText("the person's name"),
  email: emailAddress.optional(),
  phone: phoneNumber.optional(),
});

/** Whom staff should turn to, named in the bot's answers; each falls back to a neutral role. */
const contact = z.strictObject({
  role: nonEmptyText('the role or department, e.g. "Bureau, Domein ICT"').optional(),
  people: z.array(contactPerson, { error: 'expected a list of people' }).default([]),
  email: emailAddress.optional(),
  phone: phoneNumber.optional(),
});

/** Who answers privacy questions, takes breach reports, runs ICT and handles communications. */
const contacts = z
  .strictObject({
    privacyOfficer: contact.optional(),
    breachReport: contact.optional(),
    ictDomain: contact.optional(),
    communications: contact.optional(),
  })
  .default({});

/** An Entra object id (GUID) of a security group. */
const groupId = z.guid({ error: 'expected a group object id (a GUID) from Entra ID' });

/**
 * Who may call the API and who handles incidents (issue #6). Secrets (the client secret) come only
 * from the environment, never from this file.
 */
const identity = z.strictObject({
  tenantId: z.guid({ error: 'expected the Entra tenant id (a GUID)' }),
  clientId: z.guid({ error: "expected the app registration's application (client) id (a GUID)" }),
  apiAudience: z
    .string({
      error:
        'expected the API\'s application ID URI, e.g. "api://privacywacht.school.nl/<client id>"',
    })
    .regex(/^api:\/\/\S+$/, { error: 'expected an application ID URI starting with "api://"' })
    .optional(),
  requiredScope: z
    .string({ error: 'expected the delegated scope name (text)' })
    .regex(/^[\w.-]{1,100}$/, { error: 'expected a scope name such as "access_as_user"' })
    .default('access_as_user'),
  ictGroupIds: z.array(groupId, { error: 'expected a list of group ids' }).default([]),
  privacyOfficerGroupIds: z.array(groupId, { error: 'expected a list of group ids' }).default([]),
  appRoles: z
    .strictObject({
      ict: nonEmptyText('the app role value for the ICT domain').default('Privacywacht.ICT'),
      privacyOfficer: nonEmptyText('the app role value for the privacy officer').default(
        'Privacywacht.PrivacyOfficer',
      ),
    })
    .default({ ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' }),
});

/**
 * Insight for the school board (issue 17): counts only. Schools are named by the sender's mail
 * domain; a domain not listed counts under its own name when it is one of the organisation's
 * domains, else under "overig". Counts older than `retentionMonths` are deleted.
 */
const insight = z
  .strictObject({
    schools: z
      .record(domainName, nonEmptyText("the school's name"), {
        error:
          'expected domain names with a school name each, e.g. { "bsdewissel.nl": "BS De Wissel" }',
      })
      .default({}),
    retentionMonths: z
      .int({ error: 'expected a whole number of months' })
      .min(3, { error: 'expected 3 or more' })
      .max(120, { error: 'expected 120 (ten years) or less' })
      .default(24),
    /**
     * Months the bot's unanswered questions (scrubbed text) and answer ratings are kept, this one
     * included: shorter than the counts, as even scrubbed text says more than a number.
     */
    unansweredRetentionMonths: z
      .int({ error: 'expected a whole number of months' })
      .min(1, { error: 'expected 1 or more' })
      .max(24, { error: 'expected 24 (two years) or less' })
      .default(12),
    /**
     * The weekly summary card in the ICT channel (counts only), opt-in: on `day` at `hour`
     * (Amsterdam time), once per week.
     */
    weeklySummary: z
      .strictObject({
        enabled: z.boolean({ error: 'expected true or false' }).default(false),
        day: z
          .enum(ENGLISH_WEEKDAYS, {
            error: `expected one of: ${ENGLISH_WEEKDAYS.join(', ')}`,
          })
          .default('monday'),
        hour: z
          .int({ error: 'expected a whole hour, 0 to 23' })
          .min(0, { error: 'expected 0 or more' })
          .max(23, { error: 'expected 23 or less' })
          .default(8),
      })
      .default({ enabled: false, day: 'monday', hour: 8 }),
  })
  .default({
    schools: {},
    retentionMonths: 24,
    unansweredRetentionMonths: 12,
    weeklySummary: { enabled: false, day: 'monday', hour: 8 },
  });

export const configSchema = z.strictObject({
  organisation: z.strictObject({
    name: nonEmptyText("the organisation's name"),
    domains: z
      .array(domainName, { error: 'expected a list of domain names' })
      .min(1, { error: 'expected at least one domain' }),
  }),
  encryption,
  addin,
  incidents,
  insight,
  scan: z
    .strictObject({
      bccThreshold: z
        .int({ error: 'expected a whole number' })
        .min(2, { error: 'expected 2 or more' })
        .max(100, { error: 'expected 100 or less' })
        .default(3),
      attachmentSizeLimitMB: z
        .number({ error: 'expected a number of megabytes' })
        .positive({ error: 'expected more than 0' })
        .max(150, { error: 'expected 150 or less' })
        .default(3),
      attachmentReadLimitMB: z
        .number({ error: 'expected a number of megabytes' })
        .positive({ error: 'expected more than 0' })
        .max(50, { error: 'expected 50 or less' })
        .default(10),
      mailReadBudget: z
        .strictObject({
          megabytes: z
            .number({ error: 'expected a number of megabytes' })
            .positive({ error: 'expected more than 0' })
            .max(500, { error: 'expected 500 or less' })
            .default(20),
          parts: z
            .int({ error: 'expected a whole number' })
            .min(1, { error: 'expected 1 or more' })
            .max(100000, { error: 'expected 100000 or less' })
            .default(2000),
          seconds: z
            .number({ error: 'expected a number of seconds' })
            .positive({ error: 'expected more than 0' })
            .max(60, { error: 'expected 60 or less' })
            .default(3),
        })
        .default({ megabytes: 20, parts: 2000, seconds: 3 }),
      consumerDomains: z
        .array(domainName, { error: 'expected a list of domain names' })
        .default([...DEFAULT_CONSUMER_DOMAINS]),
      allowedNumbers: z
        .array(
          z.string().regex(/^[0-9A-Z .-]{4,20}$/i, {
            error: "expected the organisation's own RSIN, KvK or BRIN number as text",
          }),
        )
        .default([]),
      rules: z
        .strictObject({
          bsn: contentRuleSettings.optional(),
          'pupil-file': contentRuleSettings.optional(),
          'sensitive-personal': contentRuleSettings.optional(),
          bcc: envelopeRuleSettings.optional(),
          'private-forward': envelopeRuleSettings.optional(),
          'attachment-size': envelopeRuleSettings.optional(),
        })
        .default({}),
    })
    .default({
      bccThreshold: 3,
      attachmentSizeLimitMB: 3,
      attachmentReadLimitMB: 10,
      mailReadBudget: { megabytes: 20, parts: 2000, seconds: 3 },
      consumerDomains: [...DEFAULT_CONSUMER_DOMAINS],
      allowedNumbers: [],
      rules: {},
    }),
  contacts,
  identity: identity.optional(),
  /**
   * The policy pack folder (knowledge base), relative to this file; without it the bundled pack
   * of Stichting Kindante (packs/kindante) answers.
   */
  policyPack: nonEmptyText('the policy pack folder, e.g. "packs/mijn-bestuur"').optional(),
});

export type ConfigInput = z.input<typeof configSchema>;
export type Config = z.output<typeof configSchema> & {
  /**
   * The policy pack's guard texts (guard-texts.md), placeholders filled: merged in by
   * withPackPolicy (bot/policy-pack/pack-policy.ts) for the add-in build, never written in the file.
   */
  readonly guardTexts?: GuardTexts;
};
export type EncryptionMethod = Config['encryption'];
export type Contact = NonNullable<Config['contacts']['privacyOfficer']>;
