// /api/insight on the real express app: the add-in's batches (signed in, strict, rate-limited per
// user), the figures and the CSV for the ICT domain and the privacy officer only, "< 5" for cells
// resting on fewer than five senders.
import type { InsightEvent } from '../../../../shared/insight/insight-events';
import type { InsightReport } from '../../../../shared/insight/insight-report';
import { startApi, tokenFor, type ApiHarness } from '../../../helpers/api-harness';
import { postEvents, sendEvent, senderToken } from '../../../helpers/insight';

let api: ApiHarness;
beforeEach(async () => {
  // Fri 27 Nov 2026: November and October are open months.
  api = await startApi({ insight: { eventRate: { capacity: 3, perSecond: 0.001 } } });
});
afterEach(() => api.close());

async function read(path: string, user: 'teacher' | 'ict' | 'officer') {
  const response = await fetch(`${api.url}/api/insight${path}`, {
    headers: { authorization: `Bearer ${await tokenFor(api, user)}` },
  });
  return response;
}

const blockedBsn = sendEvent({
  verdict: 'block',
  rules: ['bsn'],
  actions: { bsn: 'fixed' },
  isEncrypted: true,
});

describe('POST /api/insight/events', () => {
  it('refuses a caller without a token', async () => {
    const response = await fetch(`${api.url}/api/insight/events`, { method: 'POST' });
    expect(response.status).toBe(401);
  });

  it('accepts a batch and counts it per school and for the whole board', async () => {
    const reply = await postEvents(api, await senderToken(api, 1), { events: [blockedBsn] });
    expect(reply).toEqual({ status: 202, json: { accepted: 1 } });
    const cells = await api.insight.listCells('2026-11', '2026-11');
    expect(cells.filter((cell) => cell.metric === 'checked').map((cell) => cell.school)).toEqual([
      '*',
      'kindante.nl',
    ]);
  });

  it.each([
    ['a field for text', { events: [{ ...blockedBsn, subject: 'BSN van Daan' }] }, 'events.0'],
    [
      'a rule that does not exist',
      { events: [{ ...blockedBsn, rules: ['names'] }] },
      'events.0.rules.0',
    ],
    ['a month as a date', { events: [{ ...blockedBsn, month: '2026-11-27' }] }, 'events.0.month'],
  ])('refuses %s, naming the field', async (_name, body, path) => {
    const reply = await postEvents(api, await senderToken(api, 1), body);
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.json)).toContain(path);
    expect(await api.insight.listCells('2000-01', '2099-12')).toEqual([]);
  });

  it('keeps only this month and last month (older months are closed)', async () => {
    const reply = await postEvents(api, await senderToken(api, 1), {
      events: [sendEvent({ month: '2026-10' }), sendEvent({ month: '2026-08' })],
    });
    expect(reply.json).toEqual({ accepted: 1 });
  });

  it('limits the batches per user', async () => {
    const token = await senderToken(api, 1);
    const statuses = [];
    for (let round = 0; round < 4; round++)
      statuses.push((await postEvents(api, token, { events: [] })).status);
    expect(statuses).toEqual([202, 202, 202, 429]);
    // Another user has a bucket of their own.
    expect((await postEvents(api, await senderToken(api, 2), { events: [] })).status).toBe(202);
  });
});

describe('GET /api/insight', () => {
  beforeEach(async () => {
    // Six teachers each send one blocked BSN mail; only two press "Onterecht".
    for (let n = 1; n <= 6; n++) {
      const events: InsightEvent[] = [blockedBsn];
      if (n <= 2)
        events.push({
          type: 'false-alarm',
          month: '2026-11',
          domain: 'kindante.nl',
          rule: 'bsn',
          features: ['in-body'],
        });
      await postEvents(api, await senderToken(api, n), { events });
    }
  });

  it('is for the ICT domain and the privacy officer only', async () => {
    expect((await read('?from=2026-11&to=2026-11', 'teacher')).status).toBe(403);
    expect((await read('?from=2026-11&to=2026-11', 'ict')).status).toBe(200);
  });

  it('shows counts of five or more senders, and "< 5" below that', async () => {
    const reply = (await (await read('?from=2026-11&to=2026-11', 'officer')).json()) as {
      report: InsightReport;
      schools: string[];
    };
    const value = (measure: string, rule = '') =>
      reply.report.figures.find((figure) => figure.measure === measure && figure.rule === rule)
        ?.value;
    expect(value('mails-checked')).toEqual({ kind: 'count', count: 6 });
    expect(value('blocks')).toEqual({ kind: 'count', count: 6 });
    expect(value('fixed', 'bsn')).toEqual({ kind: 'count', count: 6 });
    expect(value('false-alarms', 'bsn')).toEqual({ kind: 'suppressed' });
    expect(value('false-alarm-rate', 'bsn')).toEqual({ kind: 'suppressed' });
    expect(reply.schools).toEqual(['kindante.nl']);
  });

  it('refuses a period that ends before it starts', async () => {
    expect((await read('?from=2026-11&to=2026-10', 'officer')).status).toBe(400);
  });

  it('exports the period as CSV with the documented columns', async () => {
    const response = await read(
      '/export.csv?from=2026-11&to=2026-11&school=kindante.nl',
      'officer',
    );
    expect(response.headers.get('content-disposition')).toContain(
      'privacywacht-inzicht-2026-11-2026-11.csv',
    );
    const lines = (await response.text()).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('"maand","school","meting","regel","detail","waarde"');
    expect(lines).toContain('"2026-11","kindante.nl","mails-checked","","","6"');
    expect(lines).toContain('"2026-11","kindante.nl","false-alarms","bsn","","< 5"');
  });
});
