// The tab's request for the questions the bot could not answer: the path under /api and the
// answer's shape, used by TabApi.unansweredQuestions (api-client.ts).
import type { UnansweredSummary } from '../insight/top-unanswered';

export interface UnansweredQuestionsPeriod {
  /** YYYY-MM, inclusive. */
  from: string;
  to: string;
  /** One school; absent for all schools. */
  school?: string;
  /** How many groups, largest first (the API's default is 20). */
  limit?: number;
}

/** What GET /api/unanswered-questions answers. */
export interface UnansweredQuestionsAnswer {
  from: string;
  to: string;
  school: string;
  groups: UnansweredSummary[];
}

/** @example unansweredQuestionsPath({ from: '2026-09', to: '2026-11' }) // '/unanswered-questions?from=2026-09&to=2026-11' */
export function unansweredQuestionsPath(period: UnansweredQuestionsPeriod): string {
  const params = new URLSearchParams({ from: period.from, to: period.to });
  if (period.school) params.set('school', period.school);
  if (period.limit !== undefined) params.set('limit', String(period.limit));
  return `/unanswered-questions?${params.toString()}`;
}
