import type { ApiProblem } from '../../../../bot/api/api-errors';
import type { AuditLine } from '../../../../bot/api/incident-detail';
import type { IncidentSummary } from '../../../../bot/api/incident-summary';
import type { ApDraft } from '../../../../shared/incidents/ap-draft-marks';
import type { IncidentCardView } from '../../../../bot/incidents/incident-view';
import type { LetterDraft } from '../../../../bot/incidents/subject-notice';
import type { ReceiptView } from '../../../../bot/incidents/incident-view';
import type { EntryView } from '../../../../bot/qa/types';
import {
  reportFor,
  startApi,
  tokenFor,
  USERS,
  type ApiHarness,
  type UserName,
} from '../../../helpers/api-harness';

let api: ApiHarness;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.close());

/** Every field any answer of the API has; each test reads the ones its route gives. */
interface Reply {
  error: { code: string; nl: string; en: string; problems: ApiProblem[] };
  receipt: ReceiptView;
  incident: IncidentSummary;
  incidents: IncidentSummary[];
  summary: IncidentSummary;
  audit: AuditLine[];
  verbs: string[];
  apDraft?: ApDraft;
  changed: boolean;
  card: IncidentCardView;
  notice: LetterDraft;
  sources: EntryView[];
  id: string;
  language: string;
  section: string;
  answer: string;
}

async function call(
  method: string,
  path: string,
  /** A user's name, or a raw token. */
  user: string | undefined,
  body?: unknown,
): Promise<{ status: number; json: Reply; text: string; headers: Headers }> {
  const token =
    user === undefined ? undefined : user in USERS ? await tokenFor(api, user as UserName) : user;
  const response = await fetch(`${api.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  const json = (isJson ? JSON.parse(text) : {}) as Reply;
  return { status: response.status, json, text, headers: response.headers };
}

const report = (user: UserName, id: string) => call('POST', '/api/incidents', user, reportFor(id));

describe('sign-in on every API call', () => {
  it('accepts a valid token', async () => {
    expect((await call('GET', '/api/incidents/mine', 'teacher')).status).toBe(200);
  });

  it.each<[string, () => Promise<string | undefined>]>([
    ['missing', () => Promise.resolve(undefined)],
    ['expired', () => api.entra.token({ expiresIn: -3600 })],
    ['for another audience', () => api.entra.token({ claims: { aud: 'api://other' } })],
    [
      'from another issuer',
      () => api.entra.token({ claims: { iss: 'https://evil.example/v2.0' } }),
    ],
    [
      'from another tenant',
      () => api.entra.token({ claims: { tid: '11111111-2222-4333-8444-555555555555' } }),
    ],
    [
      'with a tampered signature',
      async () => {
        const token = await api.entra.token();
        const signature = token.slice(token.lastIndexOf('.') + 1);
        const flipped = signature.startsWith('A')
          ? `B${signature.slice(1)}`
          : `A${signature.slice(1)}`;
        return `${token.slice(0, token.lastIndexOf('.') + 1)}${flipped}`;
      },
    ],
  ])('answers 401 to a token that is %s, without saying why', async (_name, makeToken) => {
    const token = await makeToken();
    const response = await fetch(`${api.url}/api/incidents/mine`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = (await response.json()) as { error: { code: string } };
    expect(response.status).toBe(401);
    expect(body.error.code).toBe('unauthorized');
    expect(Object.keys(body.error).sort()).toEqual(['code', 'en', 'nl']);
  });
});

describe('reporting a breach', () => {
  it('stores the report with the reporter from the token and their school, and returns the receipt', async () => {
    const created = await report('teacher', 'form-0001');
    expect(created.status).toBe(201);
    expect(created.json.receipt.number).toBe('DL-2026-0001');
    expect(created.json.incident).toMatchObject({
      status: 'new',
      school: 'OBS Het Anker',
      reporterName: 'Juf Petra',
      deadlineState: 'ok',
    });
    const [stored] = await api.store.listIncidents();
    expect(stored?.reporter).toMatchObject({ id: USERS.teacher.oid, department: 'OBS Het Anker' });
  });

  it('creates one incident when the same form is sent twice', async () => {
    expect((await report('teacher', 'form-0001')).status).toBe(201);
    expect((await report('teacher', 'form-0001')).status).toBe(200);
    expect(await api.store.listIncidents()).toHaveLength(1);
  });

  it('names each field the domain refuses', async () => {
    const refused = await call(
      'POST',
      '/api/incidents',
      'teacher',
      reportFor('form-0002', { discoveredDate: '2026-11-26', description: '' }),
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.problems.map((problem) => problem.path)).toEqual([
      'discoveredDate',
      'description',
    ]);
  });

  it('answers 400 naming an unknown field and a wrong type', async () => {
    const refused = await call(
      'POST',
      '/api/incidents',
      'teacher',
      reportFor('form-0003', { affectedCount: 'veel', reporterId: 'someone-else' }),
    );
    expect(refused.status).toBe(400);
    expect(refused.json.error.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'reporterId', en: 'unknown field "reporterId"' }),
        expect.objectContaining({ path: 'affectedCount' }),
      ]),
    );
  });

  it('answers 400 to JSON that does not parse', async () => {
    const refused = await call('POST', '/api/incidents', 'teacher', '{"kind": ');
    expect(refused.status).toBe(400);
    expect(refused.json.error.code).toBe('invalid-json');
  });

  it('answers 413 to a body over the size limit', async () => {
    const refused = await call(
      'POST',
      '/api/incidents',
      'teacher',
      reportFor('form-0004', { description: 'x'.repeat(40_000) }),
    );
    expect(refused.status).toBe(413);
  });
});

describe('who sees what', () => {
  beforeEach(async () => {
    await report('teacher', 'form-0001');
    await report('colleague', 'form-0002');
  });

  it('shows a reporter only their own incidents', async () => {
    const mine = await call('GET', '/api/incidents/mine', 'teacher');
    expect(mine.json.incidents.map((row) => row.reporterName)).toEqual(['Juf Petra']);
  });

  it("gives a reporter 404 for a colleague's incident and the detail of their own", async () => {
    const [first, second] = await api.store.listIncidents();
    expect((await call('GET', `/api/incidents/${second!.id}`, 'teacher')).status).toBe(404);
    const own = await call('GET', `/api/incidents/${first!.id}`, 'teacher');
    expect(own.status).toBe(200);
    expect(own.json.audit.map((line) => line.action)).toEqual(['reported']);
    expect(own.json.verbs).toEqual([]);
    expect(own.json.apDraft).toBeUndefined();
  });

  it.each<[string, string, unknown]>([
    ['the register', 'GET /api/incidents', undefined],
    ['the export', 'GET /api/incidents/export.csv', undefined],
    ['a status change', 'POST /api/incidents/incident-1/actions', { verb: 'take' }],
  ])('gives a non-ICT user 403 on %s', async (_name, route, body) => {
    const [method, path] = route.split(' ') as [string, string];
    const refused = await call(method, path, 'teacher', body);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('forbidden');
  });

  it('shows the ICT domain and the privacy officer the whole register, filtered', async () => {
    for (const user of ['ict', 'officer'] as const) {
      const all = await call('GET', '/api/incidents', user);
      expect(all.status).toBe(200);
      expect(all.json.incidents).toHaveLength(2);
    }
    const school = await call('GET', '/api/incidents?school=wissel', 'ict');
    expect(school.json.incidents.map((row) => row.school)).toEqual(['BS De Wissel']);
    const status = await call('GET', '/api/incidents?status=closed', 'ict');
    expect(status.json.incidents).toEqual([]);
    const period = await call('GET', '/api/incidents?from=2026-11-28', 'ict');
    expect(period.json.incidents).toEqual([]);
    const unknown = await call('GET', '/api/incidents?colour=red', 'ict');
    expect(unknown.status).toBe(400);
  });

  it('gives the ICT domain the AP draft and the steps it may take', async () => {
    const [first] = await api.store.listIncidents();
    const detail = await call('GET', `/api/incidents/${first!.id}`, 'ict');
    expect(detail.json.verbs).toEqual(['take']);
    expect(detail.json.apDraft?.incidentNumber).toBe('DL-2026-0001');
  });
});

describe('status changes', () => {
  let incidentId: string;
  beforeEach(async () => {
    await report('teacher', 'form-0001');
    incidentId = (await api.store.listIncidents())[0]!.id;
  });
  const act = (user: UserName, body: unknown) =>
    call('POST', `/api/incidents/${incidentId}/actions`, user, body);

  it('follows the status machine and writes the audit trail', async () => {
    const taken = await act('ict', { verb: 'take' });
    expect(taken.status).toBe(200);
    expect(taken.json.summary.status).toBe('in-progress');
    expect(taken.json.summary.assigneeName).toBe('Ed van ICT');
    const decided = await act('officer', {
      verb: 'decideNotNotifiable',
      reason: 'Alleen namen, ontvanger heeft verwijderd.',
    });
    expect(decided.json.summary.status).toBe('not-notifiable');
    expect(decided.json.audit.map((line) => line.action)).toEqual([
      'reported',
      'taken',
      'decided-not-notifiable',
    ]);
  });

  it('refuses a step the status does not allow, with the reason', async () => {
    const refused = await act('ict', { verb: 'close', measures: 'Klaar.' });
    expect(refused.status).toBe(409);
    expect(refused.json.error.nl).toContain('Afsluiten kan pas');
  });

  it('treats the same step twice as one', async () => {
    await act('ict', { verb: 'take' });
    const again = await act('ict', { verb: 'take' });
    expect(again.json.changed).toBe(false);
    expect(await api.store.listAudit(incidentId)).toHaveLength(2);
  });

  it('answers 400 to an unknown verb', async () => {
    const refused = await act('ict', { verb: 'delete' });
    expect(refused.status).toBe(400);
  });

  it('answers 404 for an incident that does not exist', async () => {
    const missing = await call('POST', '/api/incidents/nope/actions', 'ict', { verb: 'take' });
    expect(missing.status).toBe(404);
  });
});

describe('the breach assessment and decision', () => {
  let incidentId: string;
  beforeEach(async () => {
    await report('teacher', 'form-0001');
    incidentId = (await api.store.listIncidents())[0]!.id;
  });
  const decide = (user: UserName, body: unknown) =>
    call('POST', `/api/incidents/${incidentId}/breach-decision`, user, body);

  it('shows the assessment to the privacy officer and not to the reporter', async () => {
    const officer = await call('GET', `/api/incidents/${incidentId}`, 'officer');
    expect(officer.json.card.assessment?.isProvisional).toBe(true);
    expect(officer.json.card.assessment?.notifyAp.reasons[0]?.nl).toContain('AVG art. 33');
    const reporter = await call('GET', `/api/incidents/${incidentId}`, 'teacher');
    expect(reporter.json.card.assessment).toBeUndefined();
    expect((await decide('teacher', { notifyAp: true, informSubjects: true })).status).toBe(403);
  });

  it('takes a decision against the suggestion only with its reason, and exports both', async () => {
    const detail = await call('GET', `/api/incidents/${incidentId}`, 'officer');
    const suggested = detail.json.card.assessment!.notifyAp.suggested;
    const informSuggested = detail.json.card.assessment!.informSubjects.suggested;
    const without = await decide('officer', {
      notifyAp: !suggested,
      informSubjects: informSuggested,
    });
    expect(without.status).toBe(409);
    expect(without.json.error.nl).toContain('wijkt af van de suggestie');

    const decided = await decide('officer', {
      notifyAp: !suggested,
      informSubjects: informSuggested,
      notifyApReason: 'Afgestemd met de FG van het samenwerkingsverband.',
    });
    expect(decided.status).toBe(200);
    expect(decided.json.card.assessment?.decision?.notifyApReason).toBe(
      'Afgestemd met de FG van het samenwerkingsverband.',
    );
    expect(decided.json.audit.map((line) => line.action)).toContain('decided-breach');
    const csv = await call('GET', '/api/incidents/export.csv', 'officer');
    expect(csv.text).toContain('"Afgestemd met de FG van het samenwerkingsverband."');
  });

  it('answers 400 to a decision without both yes/no choices', async () => {
    expect((await decide('officer', { notifyAp: true })).status).toBe(400);
  });

  it('drafts the letter to the people concerned for handlers only', async () => {
    const letters = await call('GET', `/api/incidents/${incidentId}/letters`, 'officer');
    expect(letters.status).toBe(200);
    expect(letters.json.notice.subject.nl).toContain('DL-2026-0001');
    const refused = await call('GET', `/api/incidents/${incidentId}/letters`, 'teacher');
    expect(refused.status).toBe(403);
  });
});

describe('the CSV export', () => {
  it('gives the register as a spreadsheet file with the audit trail', async () => {
    await report('teacher', 'form-0001');
    const csv = await call('GET', '/api/incidents/export.csv', 'officer');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toContain('datalekregister.csv');
    expect(csv.text).toContain('"DL-2026-0001"');
    expect(csv.text).toContain('Juf Petra: reported');
  });
});

describe('the knowledge base', () => {
  it('answers a search with the source section', async () => {
    const answer = await call(
      'GET',
      `/api/knowledge?q=${encodeURIComponent('mag ik foto’s delen')}`,
      'teacher',
    );
    expect(answer.status).toBe(200);
    expect(answer.json.sources[0]?.section).toBe('Bijlage 9');
  });

  it('reads an entry with its section and related entries', async () => {
    const entry = await call('GET', '/api/knowledge/breach-72-hours?lang=nl', 'teacher');
    expect(entry.status).toBe(200);
    expect(entry.json).toMatchObject({ id: 'breach-72-hours', language: 'nl' });
    expect(entry.json.section).not.toBe('');
    expect(entry.json.answer).not.toContain('{contact.');
  });

  it('answers 400 to an empty search and 404 to an unknown entry', async () => {
    expect((await call('GET', '/api/knowledge?q=', 'teacher')).status).toBe(400);
    expect((await call('GET', '/api/knowledge/no-such-entry', 'teacher')).status).toBe(404);
  });
});

describe('rate limit', () => {
  it('answers 429 with Retry-After once a user has used up their burst, and lets others on', async () => {
    await api.close();
    api = await startApi({ rateLimit: { capacity: 2, perSecond: 1 } });
    expect((await call('GET', '/api/incidents/mine', 'teacher')).status).toBe(200);
    expect((await call('GET', '/api/incidents/mine', 'teacher')).status).toBe(200);
    const limited = await call('GET', '/api/incidents/mine', 'teacher');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect((await call('GET', '/api/incidents/mine', 'colleague')).status).toBe(200);
    api.advance(1000);
    expect((await call('GET', '/api/incidents/mine', 'teacher')).status).toBe(200);
  });
});

describe('development tokens', () => {
  it('are handed out and accepted in development mode', async () => {
    await api.close();
    api = await startApi({ mode: 'development' });
    const made = await fetch(`${api.url}/api/dev/token?persona=ict`);
    const { token } = (await made.json()) as { token: string };
    const register = await call('GET', '/api/incidents', token);
    expect(register.status).toBe(200);
  });

  it('do not exist in production mode, and a development token is refused there', async () => {
    const development = await startApi({ mode: 'development' });
    try {
      expect((await fetch(`${api.url}/api/dev/token?persona=ict`)).status).toBe(404);
      const made = await fetch(`${development.url}/api/dev/token?persona=ict`);
      const { token } = (await made.json()) as { token: string };
      expect((await call('GET', '/api/incidents', token)).status).toBe(401);
      expect(api.log.entries()).toContainEqual(
        expect.objectContaining({ event: 'auth-rejected', reason: 'development-refused' }),
      );
    } finally {
      await development.close();
    }
  });
});

describe('logs', () => {
  it('carry no tokens, names or report text', async () => {
    await report('teacher', 'form-0001');
    await call('GET', '/api/incidents/mine', await api.entra.token({ expiresIn: -3600 }));
    const text = api.log.text();
    expect(text).not.toContain('Juf Petra');
    expect(text).not.toContain('Cijferlijst');
    expect(text).not.toContain('eyJ');
  });
});
