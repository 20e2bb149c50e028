// /api/unanswered-questions on the real express app: signed-in privacy officer and ICT only, a
// period of months, the largest groups first — scrubbed text and counts, nothing else.
import { startApi, tokenFor, type ApiHarness, type UserName } from '../../../helpers/api-harness';

let api: ApiHarness;

beforeAll(async () => {
  api = await startApi();
  const record = (month: string, question: string, terms: string[], school = '') =>
    api.unanswered.record({ month, school, question, terms, reason: 'declined' });
  await record('2026-10', 'mag ik [naam] zijn dossier mailen', ['dossier', 'mail']);
  await record('2026-11', 'mag ik het dossier van [naam] mailen', ['dossier', 'mail']);
  await record('2026-11', 'mag ik het dossier mailen', ['dossier', 'mail']);
  await record('2026-11', 'mag ik [naam] gebruiken', ['gebruik'], 'BS De Wissel');
  await record('2026-12', 'hoe lang bewaren wij cijfers', ['bewar', 'cijfer']);
});
afterAll(() => api.close());

async function get(query: string, user?: UserName) {
  const response = await fetch(`${api.url}/api/unanswered-questions?${query}`, {
    headers: user ? { authorization: `Bearer ${await tokenFor(api, user)}` } : {},
  });
  return {
    status: response.status,
    body: (await response.json().catch(() => undefined)) as unknown,
  };
}

describe('the unanswered questions API', () => {
  it('gives the privacy officer the largest groups of a period', async () => {
    const { status, body } = await get('from=2026-10&to=2026-11', 'officer');
    expect(status).toBe(200);
    expect(body).toEqual({
      from: '2026-10',
      to: '2026-11',
      school: '*',
      groups: [
        {
          question: 'mag ik [naam] zijn dossier mailen',
          count: 3,
          declined: 3,
          notHelpful: 0,
          months: ['2026-10', '2026-11'],
          schools: ['onbekend'],
        },
        {
          question: 'mag ik [naam] gebruiken',
          count: 1,
          declined: 1,
          notHelpful: 0,
          months: ['2026-11'],
          schools: ['BS De Wissel'],
        },
      ],
    });
  });

  it('gives ICT one school, as many groups as asked for', async () => {
    const { status, body } = await get(
      'from=2026-10&to=2026-12&school=BS%20De%20Wissel&limit=5',
      'ict',
    );
    expect(status).toBe(200);
    expect(
      (body as { groups: { question: string }[] }).groups.map((group) => group.question),
    ).toEqual(['mag ik [naam] gebruiken']);
  });

  it.each([
    ['a teacher', 'teacher' as const, 403],
    ['nobody signed in', undefined, 401],
  ])('refuses %s', async (_who, user, status) => {
    expect((await get('from=2026-10&to=2026-11', user)).status).toBe(status);
  });

  it.each([
    ['from=2026-11&to=2026-10'],
    ['from=2026-13&to=2026-14'],
    ['from=2026-10&to=2026-11&limit=0'],
    ['from=2026-10&to=2026-11&extra=1'],
  ])('says what is wrong with %s', async (query) => {
    const { status, body } = await get(query, 'officer');
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { code: 'invalid-request' } });
  });
});
