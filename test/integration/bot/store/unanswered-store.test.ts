// The unanswered questions and answer ratings behave the same in memory, on SQLite and on
// PostgreSQL: grouping, counts, the bound per month, retention — and nothing but scrubbed text.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AnswerFeedbackStore } from '../../../../bot/store/answer-feedback-store';
import { createMemoryAnswerFeedbackStore } from '../../../../bot/store/answer-feedback-memory-store';
import { openStore } from '../../../../bot/store/open-store';
import { createMemoryUnansweredStore } from '../../../../bot/store/unanswered-memory-store';
import type { UnansweredQuestion, UnansweredStore } from '../../../../bot/store/unanswered-store';
import { startPostgres, type TestPostgres } from '../../../helpers/postgres';

jest.setTimeout(60_000);

interface Stores {
  unanswered: UnansweredStore;
  feedback: AnswerFeedbackStore;
  close(): Promise<void>;
}

let postgres: TestPostgres;
let tmp: string;
let files = 0;
beforeAll(async () => {
  postgres = await startPostgres();
  tmp = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-unanswered-'));
});
afterAll(async () => {
  await postgres.stop();
  rmSync(tmp, { recursive: true, force: true });
});

async function opened(databaseUrl: string): Promise<Stores> {
  const store = await openStore({ databaseUrl });
  return {
    unanswered: store.unanswered,
    feedback: store.answerFeedback,
    close: () => store.close(),
  };
}

const engines: { name: string; open(): Promise<Stores> }[] = [
  {
    name: 'in memory',
    open: () =>
      Promise.resolve({
        unanswered: createMemoryUnansweredStore(),
        feedback: createMemoryAnswerFeedbackStore(),
        close: () => Promise.resolve(),
      }),
  },
  {
    name: 'SQLite',
    open: () => opened(`sqlite:${path.join(tmp, `register-${++files}`, 'privacywacht.sqlite')}`),
  },
  { name: 'PostgreSQL', open: async () => opened(await postgres.freshDatabaseUrl()) },
];

const question = (
  month: string,
  text: string,
  terms: string[],
  reason: UnansweredQuestion['reason'] = 'declined',
  school = '',
): UnansweredQuestion => ({ month, school, question: text, terms, reason });

describe.each(engines)('unanswered questions $name', (engine) => {
  let stores: Stores;
  beforeEach(async () => {
    stores = await engine.open();
  });
  afterEach(() => stores.close());

  it('counts similar questions in one group per month and school, keeping the first text', async () => {
    const { unanswered } = stores;
    const dossier = ['dossier', 'mail'];
    expect(
      await unanswered.record(question('2026-11', 'mag ik [naam] dossier mailen', dossier)),
    ).toBe('new');
    expect(
      await unanswered.record(
        question('2026-11', 'dossier van [naam] mailen', dossier, 'not-helpful'),
      ),
    ).toBe('counted');
    expect(
      await unanswered.record(question('2026-11', 'fotos op de website', ['fotos', 'websit'])),
    ).toBe('new');
    expect(
      await unanswered.record(
        question('2026-11', 'dossier mailen', dossier, 'declined', 'BS De Wissel'),
      ),
    ).toBe('new');
    expect(await unanswered.record(question('2026-12', 'dossier mailen', dossier))).toBe('new');
    expect(await unanswered.listGroups('2026-11', '2026-12')).toEqual([
      {
        month: '2026-11',
        school: '',
        question: 'mag ik [naam] dossier mailen',
        terms: dossier,
        declined: 1,
        notHelpful: 1,
      },
      {
        month: '2026-11',
        school: '',
        question: 'fotos op de website',
        terms: ['fotos', 'websit'],
        declined: 1,
        notHelpful: 0,
      },
      {
        month: '2026-11',
        school: 'BS De Wissel',
        question: 'dossier mailen',
        terms: dossier,
        declined: 1,
        notHelpful: 0,
      },
      {
        month: '2026-12',
        school: '',
        question: 'dossier mailen',
        terms: dossier,
        declined: 1,
        notHelpful: 0,
      },
    ]);
    await unanswered.pruneBefore('2026-12');
    expect((await unanswered.listGroups('2026-01', '2026-12')).map((each) => each.month)).toEqual([
      '2026-12',
    ]);
  });

  it('counts "Was dit nuttig?" per entry and month, and forgets old months', async () => {
    const { feedback } = stores;
    await feedback.record('2026-10', 'photos-consent', true);
    await feedback.record('2026-11', 'photos-consent', true);
    await feedback.record('2026-11', 'photos-consent', false);
    await feedback.record('2026-11', 'breach-72-hours', false);
    expect(await feedback.list('2026-11', '2026-11')).toEqual([
      { month: '2026-11', entryId: 'breach-72-hours', useful: 0, notUseful: 1 },
      { month: '2026-11', entryId: 'photos-consent', useful: 1, notUseful: 1 },
    ]);
    await feedback.pruneBefore('2026-11');
    expect(await feedback.list('2026-01', '2026-12')).toHaveLength(2);
  });
});
