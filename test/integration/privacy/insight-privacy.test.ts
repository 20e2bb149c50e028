// No count, stored row or log line of the insight can carry content. Mails full of names, citizen
// numbers, addresses and file names go through the real send handler (stopped, fixed, sent again;
// stopped and given up) and the "Onterecht" path; what the add-in keeps, what the service stores
// (SQLite, every insight table) and what it logs must hold none of them, nor the sender's id.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseQueue, settleStale, STALE_MS } from '../../../addin/insight/insight-queue';
import { noteMainFix, recordFalseAlarm } from '../../../addin/office/insight-recorder';
import { groupFindings } from '../../../addin/taskpane/model/finding-groups';
import type { FakeDraft } from '../../../addin/preview/office-host/fake-mailbox';
import { openStore, type OpenedStore } from '../../../bot/store/open-store';
import type { InsightEvent } from '../../../shared/insight/insight-events';
import { scanMail } from '../../../shared/scan/engine';
import { closeDrafts, COUNTED_AT, openDraft } from '../../helpers/addin-harness';
import { startApi, type ApiHarness } from '../../helpers/api-harness';
import { postEvents, senderToken } from '../../helpers/insight';
import { testPolicy } from '../../helpers/policy';

jest.setTimeout(60_000);

/** Everything personal in the mails below; none of it may appear anywhere. */
const PERSONAL = [
  'Daan',
  'de Vries',
  '123456782',
  '1234.56.782',
  'Dorpsstraat',
  '6131 AB',
  'Sittard',
  'dyslexie',
  'Anouk',
  'vanderberg',
  'a.vanderberg@kindante.nl',
  'ouder1@gmail.com',
  'fam.jansen@hotmail.com',
  'Jansen',
  'OPP Daan de Vries',
  'leerlingbespreking',
];
const OPP_TEXT = new TextEncoder().encode('Ontwikkelingsperspectief Daan de Vries: dyslexie.');
const SENDER_ID = 'dddddddd-0000-4000-8000-000000000001';

const from = { displayName: 'Anouk van der Berg', emailAddress: 'a.vanderberg@kindante.nl' };
const parents = [
  { displayName: 'Ouders Daan de Vries', emailAddress: 'ouder1@gmail.com' },
  { displayName: 'Fam. Jansen', emailAddress: 'fam.jansen@hotmail.com' },
  { emailAddress: 'p.pietersen@ziggo.nl' },
  { emailAddress: 'm.smit@kpnmail.nl' },
];
const body = [
  'Beste ouders van Daan de Vries,',
  'Het BSN van Daan is 1234.56.782 en zijn adres is Dorpsstraat 12, 6131 AB Sittard.',
  'Uit de leerlingbespreking: Daan heeft dyslexie, zie het OPP in de bijlage.',
  'Groet, Anouk van der Berg',
].join('\n');

let tmp: string;
let store: OpenedStore;
let api: ApiHarness;
beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-privacy-'));
  store = await openStore({ databaseUrl: `sqlite:${path.join(tmp, 'register.sqlite')}` });
  // The add-in harness counts in September 2026.
  api = await startApi({ now: '2026-09-20T09:00:00Z', insight: { store: store.insight } });
});
afterAll(async () => {
  closeDrafts();
  await api.close();
  await store.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** What the add-in keeps in the user's roaming settings, and the events it would send. */
function keptBy(draft: ReturnType<typeof openDraft>) {
  const stored = draft.state.roamingSettings.get('privacywacht.insight');
  return { stored, events: parseQueue(stored).events };
}

function expectNothingPersonal(text: string): void {
  for (const value of [...PERSONAL, SENDER_ID]) expect(text).not.toContain(value);
}

describe('the insight counts carry nothing personal', () => {
  const events: InsightEvent[] = [];
  const kept: unknown[] = [];

  test('a blocked mail, fixed in the pane and sent again', async () => {
    const mail: FakeDraft = {
      subject: 'Leerlingbespreking Daan de Vries',
      body,
      from,
      to: [...parents],
      attachments: [{ name: 'OPP Daan de Vries.txt', size: 60, content: OPP_TEXT }],
    };
    const draft = openDraft(mail, { mailboxVersion: '1.15' });
    expect((await draft.send())[0]?.allowEvent).toBe(false);
    await noteMainFix(['bsn', 'pupil-file']);
    mail.subject = `[versleuteld] ${mail.subject}`;
    mail.bcc = mail.to;
    mail.to = [];
    expect((await draft.send())[0]?.allowEvent).toBe(true);
    const { stored, events: sent } = keptBy(draft);
    expect(sent).toEqual([
      expect.objectContaining({ type: 'send', verdict: 'block', isEncrypted: true }),
    ]);
    // The encryption was the pane's main fix; the parents went to Bcc by hand.
    expect(sent[0]).toMatchObject({ actions: { bsn: 'fixed', bcc: 'changed' } });
    kept.push(stored);
    events.push(...sent);
  });

  test('a warned mail never sent again', async () => {
    const draft = openDraft(
      { subject: 'Uitnodiging voor de ouders van Daan de Vries', body, from, to: [...parents] },
      { mailboxVersion: '1.15' },
    );
    expect((await draft.send())[0]?.allowEvent).toBe(false);
    const queue = settleStale(
      parseQueue(draft.state.roamingSettings.get('privacywacht.insight')),
      COUNTED_AT.getTime() + STALE_MS + 1,
    );
    kept.push(draft.state.roamingSettings.get('privacywacht.insight'), queue);
    expect(queue.events).toHaveLength(1);
    events.push(...queue.events);
  });

  test('"Onterecht" on each finding', async () => {
    const draft = openDraft({ subject: 'x', body: '', from, to: [] });
    const result = scanMail(
      {
        from: { name: from.displayName, address: from.emailAddress },
        to: parents.map((parent) => ({ address: parent.emailAddress })),
        cc: [],
        bcc: [],
        subject: 'Leerlingbespreking Daan de Vries',
        bodyText: body,
        attachments: [{ name: 'OPP Daan de Vries.txt', size: 60, content: OPP_TEXT }],
      },
      testPolicy(),
    );
    const groups = groupFindings(result);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const group of groups) await recordFalseAlarm(group.rule, group.features, COUNTED_AT);
    const { stored, events: sent } = keptBy(draft);
    expect(sent.filter((event) => event.type === 'false-alarm')).toHaveLength(groups.length);
    kept.push(stored);
    events.push(...sent);
  });

  test('what the add-in keeps holds none of it', () => {
    expect(events.length).toBeGreaterThanOrEqual(4);
    expectNothingPersonal(JSON.stringify(kept));
  });

  test('what the service stores and logs holds none of it', async () => {
    const reply = await postEvents(api, await senderToken(api, 1), { events });
    expect(reply).toEqual({ status: 202, json: { accepted: events.length } });
    const database = new DatabaseSync(path.join(tmp, 'register.sqlite'), { readOnly: true });
    const rows = ['insight_counts', 'insight_senders', 'insight_salts'].map((table) =>
      database.prepare(`select * from ${table}`).all(),
    );
    database.close();
    expect(rows[0]?.length).toBeGreaterThan(10);
    expectNothingPersonal(JSON.stringify(rows));
    expect(api.log.text()).toContain('insight-recorded');
    expectNothingPersonal(api.log.text());
  });
});
