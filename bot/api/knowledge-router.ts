// /api/knowledge: search the policy knowledge base (the tab's "Privacybeleid") and read an entry
// with its source section. Any signed-in member of the tenant may use it.
import { Router } from 'express';
import type { Language } from '../../shared/policy/knowledge/types';
import type { QaAnswer } from '../qa/types';
import { sendError } from './api-errors';
import type { KnowledgeEntryDetail } from './knowledge-entry';
import { parseRequest } from './parse-request';
import { entryQuery, knowledgeQuery } from './request-schemas';

export interface KnowledgeRouterDeps {
  /** An answerer over the current policy pack: createLiveAnswerer in bot/policy-pack/. */
  answer: (question: string) => QaAnswer;
  /** createEntryReader(config, knowledge) from knowledge-entry.ts. */
  readEntry: (id: string, language: Language) => KnowledgeEntryDetail | undefined;
}

export function knowledgeRouter({ answer, readEntry }: KnowledgeRouterDeps): Router {
  const router = Router();
  router.get('/', (request, response) => {
    const query = parseRequest(knowledgeQuery, request.query, response);
    if (!query) return;
    response.json(answer(query.q));
  });
  router.get('/:id', (request, response) => {
    const query = parseRequest(entryQuery, request.query, response);
    if (!query) return;
    const entry = readEntry(request.params['id'] ?? '', query.lang ?? 'nl');
    if (!entry) {
      sendError(response, 'not-found', {
        reason: { nl: 'Dit onderwerp bestaat niet.', en: 'This topic does not exist.' },
      });
      return;
    }
    response.json(entry);
  });
  return router;
}
