// /api/policy-pack: the privacy officer's view of the policy pack — its validation errors (the last
// valid version keeps answering meanwhile), the entries past their review date — and, when the pack
// is editable, editing, adding and retiring entries with their history. Privacy officer only.
import express, { Router, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import type { PackError } from '../../shared/policy/pack/pack-error';
import { knowledgeEntrySchema } from '../../shared/policy/pack/entry-schema';
import { amsterdamParts } from '../../shared/time/amsterdam-time';
import { principalOf } from '../identity/authenticate';
import type { KnowledgeSource } from '../policy-pack/knowledge-source';
import type { PackEditor, PackEditResult } from '../policy-pack/pack-editor';
import { entriesPastReview, type OverdueEntry } from '../policy-pack/review-dates';
import type { Logger } from '../server/logger';
import type { PackEdit } from '../store/pack-edit-store';
import { asyncRoute } from './async-route';
import { sendError } from './api-errors';
import { parseRequest } from './parse-request';
import { rateLimitPerUser } from './rate-limit';
import type { TokenBucketOptions } from './token-bucket';

const DEFAULT_RATE: TokenBucketOptions = { capacity: 60, perSecond: 1 };
/** An entry is a few KB of text. */
const BODY_LIMIT = '64kb';

export interface PolicyPackRouterDeps {
  /** From createApiAuthentication (bot/identity/api-authentication.ts). */
  authenticate: RequestHandler;
  source: Pick<KnowledgeSource, 'current' | 'errors'>;
  /** Absent when the service has no edit history store; the pack is then read-only here. */
  editor?: PackEditor;
  clock: () => Date;
  logger: Logger;
  rateLimit?: TokenBucketOptions;
}

/** What the tab shows the privacy officer about the pack. */
export interface PolicyPackStatus {
  entries: number;
  isEditable: boolean;
  /** Problems of the last read; while there are any, the last valid version answers. */
  errors: PackError[];
  overdue: OverdueEntry[];
}

/** One line of the history: who, when, what, and which fields changed. */
export interface PackEditView extends PackEdit {
  changed: string[];
}

const historyQuery = z.strictObject({
  entry: z
    .string()
    .regex(/^[a-z\d-]{1,80}$/, { error: 'expected an entry id' })
    .optional(),
});

const NOT_FOUND = { nl: 'Dit antwoord bestaat niet.', en: 'This entry does not exist.' };
const ONLY_PRIVACY_OFFICER = {
  nl: 'Alleen de FG kan het beleidspakket beheren.',
  en: 'Only the privacy officer can manage the policy pack.',
};

export function policyPackRouter(deps: PolicyPackRouterDeps): Router {
  const router = Router();
  router.use(
    deps.authenticate,
    rateLimitPerUser(deps.rateLimit ?? DEFAULT_RATE, deps.clock, deps.logger),
    express.json({ limit: BODY_LIMIT }),
  );
  router.use((_request, response, next) => {
    if (principalOf(response).roles.includes('privacy-officer')) next();
    else sendError(response, 'forbidden', { reason: ONLY_PRIVACY_OFFICER });
  });

  router.get('/', (_request, response) => {
    const { year, month, day } = amsterdamParts(deps.clock());
    const today = `${year}-${pad(month)}-${pad(day)}`;
    const status: PolicyPackStatus = {
      entries: deps.source.current().knowledge.length,
      isEditable: deps.editor?.isEditable ?? false,
      errors: [...deps.source.errors()],
      overdue: entriesPastReview(deps.source.current().knowledge, today),
    };
    response.json(status);
  });

  router.get('/entries/:id', (request, response) => {
    const entry = deps.source.current().knowledge.find((each) => each.id === request.params['id']);
    if (entry) response.json(entry);
    else sendError(response, 'not-found', { reason: NOT_FOUND });
  });

  const actorOf = (response: Response) => {
    const { id, name } = principalOf(response);
    return { id, name };
  };
  const reply = (response: Response, result: PackEditResult | undefined) => {
    if (!result)
      sendError(response, 'refused', {
        reason: {
          nl: 'Dit pakket kan hier niet worden bewerkt.',
          en: 'This pack cannot be edited here.',
        },
      });
    else if (result.ok) response.json(result.edit);
    else if (result.reason === 'not-found') sendError(response, 'not-found', { reason: NOT_FOUND });
    else if (result.reason === 'read-only')
      sendError(response, 'refused', {
        reason: {
          nl: 'Het meegeleverde beleidspakket kan niet worden bewerkt. Kopieer het en stel policyPack in.',
          en: 'The bundled policy pack cannot be edited. Copy it and set policyPack.',
        },
      });
    else
      sendError(response, result.reason === 'exists' ? 'refused' : 'invalid-request', {
        ...(result.reason === 'exists'
          ? {
              reason: {
                nl: 'Er is al een antwoord met deze id.',
                en: 'An entry with this id exists already.',
              },
            }
          : {}),
        problems: result.errors.map((error) => ({
          path: `${error.file}${error.line === undefined ? '' : `:${error.line}`}`,
          nl: error.message,
          en: error.message,
        })),
      });
  };
  const entryBody = (body: unknown, response: Response): KnowledgeEntry | undefined =>
    parseRequest(knowledgeEntrySchema, body, response);

  router.post(
    '/entries/:id',
    asyncRoute(async (request, response) => {
      const entry = entryBody(request.body, response);
      if (!entry) return;
      if (entry.id !== request.params['id']) {
        sendError(response, 'invalid-request', {
          problems: [{ path: 'id', nl: 'de id kan niet veranderen', en: 'the id cannot change' }],
        });
        return;
      }
      reply(response, await deps.editor?.change({ kind: 'edit', entry }, actorOf(response)));
    }),
  );
  router.post(
    '/entries',
    asyncRoute(async (request, response) => {
      const entry = entryBody(request.body, response);
      if (!entry) return;
      reply(response, await deps.editor?.change({ kind: 'add', entry }, actorOf(response)));
    }),
  );
  router.post(
    '/entries/:id/retire',
    asyncRoute(async (request, response) => {
      const id = request.params['id'] ?? '';
      reply(response, await deps.editor?.change({ kind: 'retire', id }, actorOf(response)));
    }),
  );
  router.get(
    '/history',
    asyncRoute(async (request, response) => {
      const query = parseRequest(historyQuery, request.query, response);
      if (!query) return;
      const edits = (await deps.editor?.history(query.entry)) ?? [];
      const views: PackEditView[] = edits.map((edit) => ({
        ...edit,
        changed: changedFields(edit),
      }));
      response.json({ edits: views });
    }),
  );
  return router;
}

/** The fields an edit changed, e.g. ["answer.nl", "review-by"]; every field for an add or retire. */
function changedFields(edit: Pick<PackEdit, 'before' | 'after'>): string[] {
  const before = flatten(edit.before);
  const after = flatten(edit.after);
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key));
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  reviewBy: 'review-by',
  supplierNames: 'supplier-names',
};

function flatten(entry: KnowledgeEntry | undefined): Map<string, string> {
  const fields = new Map<string, string>();
  if (!entry) return fields;
  for (const [key, value] of Object.entries(entry)) {
    const name = FIELD_NAMES[key] ?? key;
    if (value && typeof value === 'object' && !Array.isArray(value))
      for (const [language, text] of Object.entries(value as Record<string, unknown>))
        fields.set(`${name}.${language}`, JSON.stringify(text));
    else fields.set(name, JSON.stringify(value));
  }
  return fields;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
