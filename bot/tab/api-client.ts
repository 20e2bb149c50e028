// The tab's calls to the service's API, each with a fresh token. Failures come back as values with
// the API's own Dutch and English message, so the views can show them.
import type { IncidentDetail } from '../api/incident-detail';
import type { IncidentSummary } from '../api/incident-summary';
import type { KnowledgeEntryDetail } from '../api/knowledge-entry';
import type { PackEditView, PolicyPackStatus } from '../api/policy-pack-router';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import type { PackEdit } from '../store/pack-edit-store';
import type { RegisterFilter } from '../api/register-filter';
import type { BreachDecisionInput } from '../incidents/breach-decision';
import type { IncidentAction } from '../incidents/incident-actions';
import type { Label } from '../incidents/labels';
import type { LetterName } from '../../shared/incidents/letter-names';
import type { LetterDraft } from '../incidents/subject-notice';
import type { Figure, InsightQuery, InsightReport } from '../../shared/insight/insight-report';
import type { QaAnswer } from '../qa/types';
import type { RuleMutesAnswer } from '../api/insight-router';
import type { RuleId } from '../../shared/scan/types';

/** A change to a rule's mute for one school (POST /api/insight/mutes). */
interface RuleMuteRequest {
  school: string;
  rule: RuleId;
  kind: 'mute' | 'restore';
  reason: string;
}
import type { TabLanguage } from './tab-host';
import {
  unansweredQuestionsPath,
  type UnansweredQuestionsAnswer,
  type UnansweredQuestionsPeriod,
} from './unanswered-questions-request';

/** What GET /api/insight answers: the report, the schools with figures, the register's period totals. */
interface InsightAnswer {
  report: InsightReport;
  schools: string[];
  breachTotals: Figure[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: Label };

export interface TabApi {
  myIncidents(): Promise<ApiResult<IncidentSummary[]>>;
  register(filter: RegisterFilter): Promise<ApiResult<IncidentSummary[]>>;
  incident(id: string): Promise<ApiResult<IncidentDetail>>;
  act(id: string, action: IncidentAction): Promise<ApiResult<IncidentDetail>>;
  decideBreach(id: string, input: BreachDecisionInput): Promise<ApiResult<IncidentDetail>>;
  letters(id: string): Promise<ApiResult<{ notice: LetterDraft; deletionRequest?: LetterDraft }>>;
  /** A draft letter as a Word file, to edit and send by hand. */
  letterDocx(id: string, letter: LetterName): Promise<ApiResult<Blob>>;
  exportCsv(filter: { since?: string }): Promise<ApiResult<Blob>>;
  search(question: string): Promise<ApiResult<QaAnswer>>;
  /** The insight figures of a period for a school ("*": the whole board), and the known schools. */
  insight(query: InsightQuery): Promise<ApiResult<InsightAnswer>>;
  insightCsv(query: InsightQuery): Promise<ApiResult<Blob>>;
  /** Rules lowered to a notice per school, and their audit trail. */
  ruleMutes(): Promise<ApiResult<RuleMutesAnswer>>;
  /** The privacy officer lowers a rule for a school, or restores it, with a reason. */
  changeRuleMute(change: RuleMuteRequest): Promise<ApiResult<RuleMutesAnswer>>;
  /** The largest groups of questions the bot could not answer, scrubbed before they were stored. */
  unansweredQuestions(
    period: UnansweredQuestionsPeriod,
  ): Promise<ApiResult<UnansweredQuestionsAnswer>>;
  entry(id: string, language: TabLanguage): Promise<ApiResult<KnowledgeEntryDetail>>;
  /** The privacy officer's policy pack: errors, entries past review, and editing (issue 19). */
  packStatus(): Promise<ApiResult<PolicyPackStatus>>;
  packEntry(id: string): Promise<ApiResult<KnowledgeEntry>>;
  savePackEntry(entry: KnowledgeEntry, isNew: boolean): Promise<ApiResult<PackEdit>>;
  retirePackEntry(id: string): Promise<ApiResult<PackEdit>>;
  packHistory(id: string): Promise<ApiResult<PackEditView[]>>;
}

const UNREACHABLE: Label = {
  nl: 'De Privacywacht-dienst is niet bereikbaar. Probeer het later opnieuw.',
  en: 'The Privacywacht service cannot be reached. Please try again later.',
};

export function createTabApi(getToken: () => Promise<string>, base = '/api'): TabApi {
  async function request<T>(
    path: string,
    read: (response: Response) => Promise<T>,
    body?: unknown,
  ): Promise<ApiResult<T>> {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${await getToken()}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      return { ok: false, status: 0, message: UNREACHABLE };
    }
    if (!response.ok) {
      const problem = (await response.json().catch(() => undefined)) as
        | { error?: { nl?: string; en?: string; problems?: { nl: string; en: string }[] } }
        | undefined;
      const details = (language: 'nl' | 'en') =>
        (problem?.error?.problems ?? []).map((item) => ` ${item[language]}`).join('');
      return {
        ok: false,
        status: response.status,
        message: {
          nl: `${problem?.error?.nl ?? UNREACHABLE.nl}${details('nl')}`,
          en: `${problem?.error?.en ?? UNREACHABLE.en}${details('en')}`,
        },
      };
    }
    return { ok: true, value: await read(response) };
  }
  const json = <T>(response: Response) => response.json() as Promise<T>;
  const query = (values: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) if (value) params.set(key, value);
    const text = params.toString();
    return text ? `?${text}` : '';
  };
  const incidents = async (response: Response) =>
    (await json<{ incidents: IncidentSummary[] }>(response)).incidents;

  return {
    myIncidents: () => request('/incidents/mine', incidents),
    register: (filter) => request(`/incidents${query({ ...filter })}`, incidents),
    incident: (id) => request(`/incidents/${encodeURIComponent(id)}`, json<IncidentDetail>),
    act: (id, action) =>
      request(`/incidents/${encodeURIComponent(id)}/actions`, json<IncidentDetail>, action),
    decideBreach: (id, input) =>
      request(`/incidents/${encodeURIComponent(id)}/breach-decision`, json<IncidentDetail>, input),
    letters: (id) =>
      request(
        `/incidents/${encodeURIComponent(id)}/letters`,
        json<{ notice: LetterDraft; deletionRequest?: LetterDraft }>,
      ),
    letterDocx: (id, letter) =>
      request(`/incidents/${encodeURIComponent(id)}/letters/${letter}.docx`, (response) =>
        response.blob(),
      ),
    exportCsv: (filter) =>
      request(`/incidents/export.csv${query({ ...filter })}`, (response) => response.blob()),
    search: (question) => request(`/knowledge${query({ q: question })}`, json<QaAnswer>),
    insight: (period) => request(`/insight${query({ ...period })}`, json<InsightAnswer>),
    insightCsv: (period) =>
      request(`/insight/export.csv${query({ ...period })}`, (response) => response.blob()),
    ruleMutes: () => request('/insight/mutes', json<RuleMutesAnswer>),
    changeRuleMute: (change) => request('/insight/mutes', json<RuleMutesAnswer>, change),
    unansweredQuestions: (period) =>
      request(unansweredQuestionsPath(period), json<UnansweredQuestionsAnswer>),
    entry: (id, language) =>
      request(
        `/knowledge/${encodeURIComponent(id)}${query({ lang: language })}`,
        json<KnowledgeEntryDetail>,
      ),
    packStatus: () => request('/policy-pack', json<PolicyPackStatus>),
    packEntry: (id) =>
      request(`/policy-pack/entries/${encodeURIComponent(id)}`, json<KnowledgeEntry>),
    savePackEntry: (entry, isNew) =>
      request(
        isNew ? '/policy-pack/entries' : `/policy-pack/entries/${encodeURIComponent(entry.id)}`,
        json<PackEdit>,
        entry,
      ),
    retirePackEntry: (id) =>
      request(`/policy-pack/entries/${encodeURIComponent(id)}/retire`, json<PackEdit>, {}),
    packHistory: async (id) => {
      const result = await request(
        `/policy-pack/history${query({ entry: id })}`,
        json<{ edits: PackEditView[] }>,
      );
      return result.ok ? { ok: true, value: result.value.edits } : result;
    },
  };
}
