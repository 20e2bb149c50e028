// The tab's calls to the service's API, each with a fresh token. Failures come back as values with
// the API's own Dutch and English message, so the views can show them.
import type { IncidentDetail } from '../api/incident-detail';
import type { IncidentSummary } from '../api/incident-summary';
import type { KnowledgeEntryDetail } from '../api/knowledge-entry';
import type { RegisterFilter } from '../api/register-filter';
import type { BreachDecisionInput } from '../incidents/breach-decision';
import type { IncidentAction } from '../incidents/incident-actions';
import type { Label } from '../incidents/labels';
import type { LetterDraft } from '../incidents/subject-notice';
import type { QaAnswer } from '../qa/types';
import type { TabLanguage } from './tab-host';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: Label };

export interface TabApi {
  myIncidents(): Promise<ApiResult<IncidentSummary[]>>;
  register(filter: RegisterFilter): Promise<ApiResult<IncidentSummary[]>>;
  incident(id: string): Promise<ApiResult<IncidentDetail>>;
  act(id: string, action: IncidentAction): Promise<ApiResult<IncidentDetail>>;
  decideBreach(id: string, input: BreachDecisionInput): Promise<ApiResult<IncidentDetail>>;
  letters(id: string): Promise<ApiResult<{ notice: LetterDraft; deletionRequest?: LetterDraft }>>;
  exportCsv(filter: { since?: string }): Promise<ApiResult<Blob>>;
  search(question: string): Promise<ApiResult<QaAnswer>>;
  entry(id: string, language: TabLanguage): Promise<ApiResult<KnowledgeEntryDetail>>;
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
    exportCsv: (filter) =>
      request(`/incidents/export.csv${query({ ...filter })}`, (response) => response.blob()),
    search: (question) => request(`/knowledge${query({ q: question })}`, json<QaAnswer>),
    entry: (id, language) =>
      request(
        `/knowledge/${encodeURIComponent(id)}${query({ lang: language })}`,
        json<KnowledgeEntryDetail>,
      ),
  };
}
