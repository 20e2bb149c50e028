// /api/policy-pack on the real service: the privacy officer sees the pack's errors and the entries
// past their review date, edits an entry (written to the pack folder, recorded in the register with
// who and when), and the bot answers with the new text through the Bot Framework protocol at once.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PackEditView, PolicyPackStatus } from '../../../../bot/api/policy-pack-router';
import type { KnowledgeEntry } from '../../../../shared/policy/knowledge/types';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { startPackService, type PackService } from '../../../helpers/pack-service';
import { postActivity, teamsMessage } from '../../../helpers/teams-activity';

jest.setTimeout(60_000);

let running: PackService;
let stub: ConnectorStub;

beforeEach(async () => {
  running = await startPackService();
  stub = await startConnectorStub();
});
afterEach(async () => {
  await running.close();
  await stub.close();
});

async function call<T>(
  persona: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const response = await fetch(`${running.service.url}/api/policy-pack${route}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await running.token(persona)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function askBot(text: string): Promise<string> {
  stub.calls.splice(0);
  await postActivity(running.service.url, teamsMessage(stub.url, { text }));
  await stub.waitForCalls(1);
  return JSON.stringify(stub.cards());
}

test('is for the privacy officer only', async () => {
  await expect(call('teacher', '/')).resolves.toMatchObject({ status: 403 });
  await expect(call('ict', '/')).resolves.toMatchObject({ status: 403 });
  await expect(call('privacy-officer', '/')).resolves.toMatchObject({ status: 200 });
});

test('lists the entries past their review date, longest overdue first', async () => {
  const { body } = await call<PolicyPackStatus>('privacy-officer', '/');
  const today = new Date().toISOString().slice(0, 10);
  expect(body.entries).toBe(19);
  expect(body.isEditable).toBe(true);
  expect(body.errors).toEqual([]);
  expect(body.overdue.slice(0, 2).map((entry) => [entry.id, entry.reviewBy])).toEqual([
    ['datalek-verkeerde-ontvanger', '2026-06-01'],
    ['foto-toestemming', '2026-08-01'],
  ]);
  expect(body.overdue.every((entry) => entry.reviewBy < today)).toBe(true);
});

test('shows a broken pack’s errors with file and line while the last good version answers', async () => {
  const file = path.join(running.pack, 'knowledge', 'wachtwoord.md');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('review-by: 2027-09-01', 'review-by: ooit'),
  );
  let status: PolicyPackStatus | undefined;
  // The watcher reloads once the write has settled (300 ms); ask until it has, within the rate limit.
  for (let attempt = 0; attempt < 40 && !status?.errors.length; attempt++) {
    status = (await call<PolicyPackStatus>('privacy-officer', '/')).body;
    if (!status.errors.length) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(status?.errors).toEqual([
    {
      file: 'knowledge/wachtwoord.md',
      line: 6,
      message: 'review-by: expected the review date as YYYY-MM-DD, e.g. 2027-08-01',
    },
  ]);
  expect(status?.entries).toBe(19);
  await expect(askBot('Hoe lang moet mijn wachtwoord zijn?')).resolves.toContain('vijftien tekens');
});

test('edits an entry: the bot answers with the new text without a restart, and the history says who, when, what', async () => {
  const { body: entry } = await call<KnowledgeEntry>('privacy-officer', '/entries/usb-stick');
  await expect(askBot('Mag ik een usb-stick gebruiken?')).resolves.toContain('geen usb-sticks');
  const answer =
    'Usb-sticks zijn bij De Linde niet toegestaan; vraag {contact.ictDomain} om een gedeelde map.';
  const saved = await call<{ kind: string }>('privacy-officer', '/entries/usb-stick', {
    ...entry,
    answer: { ...entry.answer, nl: answer },
  });
  expect(saved).toMatchObject({ status: 200, body: { kind: 'edit' } });

  await expect(askBot('Mag ik een usb-stick gebruiken?')).resolves.toContain(
    'Usb-sticks zijn bij De Linde niet toegestaan; vraag de servicedesk van De Linde (servicedesk@delinde.example) om een gedeelde map.',
  );
  expect(readFileSync(path.join(running.pack, 'knowledge', 'usb-stick.md'), 'utf8')).toContain(
    answer,
  );
  const { body } = await call<{ edits: PackEditView[] }>(
    'privacy-officer',
    '/history?entry=usb-stick',
  );
  expect(body.edits).toHaveLength(1);
  const [edit] = body.edits;
  expect([edit?.entryId, edit?.kind, edit?.changed]).toEqual(['usb-stick', 'edit', ['answer.nl']]);
  expect(edit?.actor.name).not.toBe('');
  expect(edit?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('refuses an edit that would break the pack, naming the file and line, and changes nothing', async () => {
  const { body: entry } = await call<KnowledgeEntry>('privacy-officer', '/entries/usb-stick');
  const before = readFileSync(path.join(running.pack, 'knowledge', 'usb-stick.md'), 'utf8');
  const refused = await call<{ error: { problems: { path: string; nl: string }[] } }>(
    'privacy-officer',
    '/entries/usb-stick',
    { ...entry, related: ['bestaat-niet'] },
  );
  expect(refused.status).toBe(400);
  expect(refused.body.error.problems).toEqual([
    {
      path: 'knowledge/usb-stick.md:5',
      nl: 'related: no entry has the id "bestaat-niet"',
      en: 'related: no entry has the id "bestaat-niet"',
    },
  ]);
  expect(readFileSync(path.join(running.pack, 'knowledge', 'usb-stick.md'), 'utf8')).toBe(before);
});

test('adds and retires entries', async () => {
  const added = await call('privacy-officer', '/entries', {
    id: 'printer-ophalen',
    title: { nl: 'Afdrukken ophalen', en: 'Collecting prints' },
    questions: {
      nl: ['mag mijn afdruk in de printer blijven liggen'],
      en: ['may my print stay in the printer'],
    },
    answer: {
      nl: 'Haal afdrukken met leerlinggegevens meteen uit de printer.',
      en: 'Collect prints at once.',
    },
    section: 'Handboek informatiebeveiliging De Linde H4',
    related: [],
    reviewBy: '2027-12-01',
  });
  expect(added.status).toBe(200);
  await expect(askBot('Mag mijn afdruk in de printer blijven liggen?')).resolves.toContain(
    'Haal afdrukken met leerlinggegevens meteen uit de printer.',
  );
  const retired = await call('privacy-officer', '/entries/printer-ophalen/retire', {});
  expect(retired.status).toBe(200);
  await expect(askBot('Mag mijn afdruk in de printer blijven liggen?')).resolves.not.toContain(
    'Haal afdrukken met leerlinggegevens',
  );
  const { body } = await call<{ edits: PackEditView[] }>(
    'privacy-officer',
    '/history?entry=printer-ophalen',
  );
  expect(body.edits.map((edit) => edit.kind)).toEqual(['retire', 'add']);
});
