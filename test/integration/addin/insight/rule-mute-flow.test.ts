// Adaptive muting end to end: the privacy officer lowers "pupil file" to a notice for one school
// through the API (stored, audited, in SQLite); the add-in of a teacher at that school fetches it on
// its next load and lets the same mail go with a notice, while a teacher at another school is still
// warned; restoring it brings the warning back. The audit row and the log carry no mail content.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { mutedPolicy, refreshRuleMutes } from '../../../../addin/office/rule-mutes';
import type { FakeDraft } from '../../../../addin/preview/office-host/fake-mailbox';
import { openStore, type OpenedStore } from '../../../../bot/store/open-store';
import { scanMail } from '../../../../shared/scan/engine';
import { closeDrafts, openDraft } from '../../../helpers/addin-harness';
import { startApi, tokenFor, type ApiHarness } from '../../../helpers/api-harness';
import { senderToken } from '../../../helpers/insight';
import { testPolicy } from '../../../helpers/policy';

jest.setTimeout(60_000);

const MUTED_SCHOOL = 'bsdewissel.nl';
const REASON =
  'Veel onterecht bij groepsplannen; Daan de Vries (BSN 123456782, Dorpsstraat 4) klaagde';

let folder: string;
let store: OpenedStore;
let api: ApiHarness;
beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-mute-'));
  store = await openStore({ databaseUrl: `sqlite:${path.join(folder, 'register.sqlite')}` });
  api = await startApi({ insight: { store: store.insight, mutes: store.ruleMutes } });
});
afterAll(async () => {
  closeDrafts();
  await api.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

async function changeMute(
  user: 'officer' | 'ict',
  body: Record<string, unknown>,
): Promise<{ status: number; json: { mutes?: unknown[]; error?: { nl: string } } }> {
  const response = await fetch(`${api.url}/api/insight/mutes`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(api, user)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as never };
}

/** A mail about a pupil's file to a colleague: the pupil-file rule warns, nothing else. */
const mailFrom = (address: string): FakeDraft => ({
  subject: 'Groepsplan en OPP groep 6',
  body: 'Hoi, in de bijlage het ontwikkelingsperspectief (OPP) van Daan uit groep 6 met de toetsuitslagen en de dyslexieverklaring.',
  from: { displayName: 'Juf Anouk', emailAddress: address },
  to: [{ displayName: 'Meester Jan', emailAddress: 'jan@kindante.nl' }],
});

/** The add-in of a teacher at `address` loads (fetching its school's lowered rules), then Send. */
async function sendAs(address: string, token: string) {
  const draft = openDraft(mailFrom(address), { accessToken: token });
  await refreshRuleMutes(api.url);
  const [completion] = await draft.send();
  const policy = mutedPolicy(testPolicy());
  const mail = mailFrom(address);
  const verdict = scanMail(
    {
      from: { address },
      to: [{ address: 'jan@kindante.nl' }],
      cc: [],
      bcc: [],
      subject: mail.subject ?? '',
      bodyText: mail.body ?? '',
      attachments: [],
    },
    policy,
  );
  return {
    allowed: completion?.allowEvent,
    verdict: verdict.verdict,
    severities: verdict.findings.map((finding) => `${finding.rule}:${finding.severity}`),
  };
}

test('a rule lowered for one school turns its warning into a notice there only, until restored', async () => {
  const teacher = await senderToken(api, 1);
  // Before: both schools are warned.
  await expect(sendAs('anouk@bsdewissel.nl', teacher)).resolves.toEqual({
    allowed: false,
    verdict: 'warn',
    severities: ['pupil-file:warning'],
  });

  // Only the privacy officer can lower it; a block cannot be lowered.
  expect(
    (
      await changeMute('ict', {
        school: MUTED_SCHOOL,
        rule: 'pupil-file',
        kind: 'mute',
        reason: REASON,
      })
    ).status,
  ).toBe(403);
  const block = await changeMute('officer', {
    school: MUTED_SCHOOL,
    rule: 'bsn',
    kind: 'mute',
    reason: REASON,
  });
  expect(block.status).toBe(409);
  expect(block.json.error?.nl).toContain('een blokkade blijft staan');
  const muted = await changeMute('officer', {
    school: MUTED_SCHOOL,
    rule: 'pupil-file',
    kind: 'mute',
    reason: REASON,
  });
  expect(muted.status).toBe(200);
  expect(muted.json.mutes).toEqual([
    expect.objectContaining({ school: MUTED_SCHOOL, rule: 'pupil-file', by: 'Fien de FG' }),
  ]);

  // The add-in's next load: a notice at the muted school, still a warning at the other.
  await expect(sendAs('anouk@bsdewissel.nl', teacher)).resolves.toEqual({
    allowed: true,
    verdict: 'allow',
    severities: ['pupil-file:info'],
  });
  await expect(sendAs('anouk@kindante.nl', teacher)).resolves.toMatchObject({
    allowed: false,
    verdict: 'warn',
  });

  // Restored: the warning is back on the next load.
  const restored = await changeMute('officer', {
    school: MUTED_SCHOOL,
    rule: 'pupil-file',
    kind: 'restore',
    reason: 'Regel is verbeterd',
  });
  expect(restored.json.mutes).toEqual([]);
  await expect(sendAs('anouk@bsdewissel.nl', teacher)).resolves.toMatchObject({
    allowed: false,
    verdict: 'warn',
  });
});

test('the audit trail says who, when, which rule and school, and why — without the personal details', async () => {
  const response = await fetch(`${api.url}/api/insight/mutes`, {
    headers: { authorization: `Bearer ${await tokenFor(api, 'ict')}` },
  });
  const { history } = (await response.json()) as { history: Record<string, unknown>[] };
  expect(
    history.map(
      (change) =>
        `${String(change['kind'])} ${String(change['rule'])} ${String(change['school'])} ${String(change['by'])}`,
    ),
  ).toEqual([
    'restore pupil-file bsdewissel.nl Fien de FG',
    'mute pupil-file bsdewissel.nl Fien de FG',
  ]);
  // The reason is kept as the bot keeps questions: names, numbers and addresses replaced.
  expect(history[1]?.['reason']).toBe(
    'veel onterecht bij groepsplannen [naam] bsn [nummer] [adres] klaagde',
  );
  const database = new DatabaseSync(path.join(folder, 'register.sqlite'), { readOnly: true });
  const rows = JSON.stringify(database.prepare('select * from rule_mute_changes').all());
  database.close();
  for (const personal of ['Daan', 'de Vries', '123456782', 'Dorpsstraat', 'Anouk', 'anouk@']) {
    expect(rows).not.toContain(personal);
    expect(api.log.text()).not.toContain(personal);
  }
  expect(api.log.text()).toContain('"event":"rule-mute"');
});
