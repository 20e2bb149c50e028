// The policy pack's edit history on the register's database (SQLite) and in its in-memory twin:
// the same behaviour from both, newest first, per entry or for all.
import { openStore } from '../../../../bot/store/open-store';
import {
  createMemoryPackEditStore,
  type PackEdit,
  type PackEditStore,
} from '../../../../bot/store/pack-edit-store';
import type { KnowledgeEntry } from '../../../../shared/policy/knowledge/types';

const ENTRY: KnowledgeEntry = {
  id: 'usb-stick',
  title: { nl: 'Geen usb-sticks', en: 'No USB sticks' },
  questions: { nl: ['mag ik een usb-stick gebruiken'], en: ['may I use a USB stick'] },
  answer: { nl: 'Nee.', en: 'No.' },
  section: 'H4',
  related: [],
  reviewBy: '2027-09-01',
};
const OFFICER = { id: 'fg-1', name: 'FG' };
const EDITS: PackEdit[] = [
  {
    entryId: 'usb-stick',
    kind: 'add',
    at: '2026-12-04T09:00:00.000Z',
    actor: OFFICER,
    after: ENTRY,
  },
  {
    entryId: 'usb-stick',
    kind: 'edit',
    at: '2026-12-04T10:00:00.000Z',
    actor: OFFICER,
    before: ENTRY,
    after: { ...ENTRY, answer: { nl: 'Nooit.', en: 'Never.' } },
  },
  {
    entryId: 'wachtwoord',
    kind: 'retire',
    at: '2026-12-04T11:00:00.000Z',
    actor: OFFICER,
    before: { ...ENTRY, id: 'wachtwoord' },
  },
];

describe.each([
  [
    'SQLite',
    async () => {
      const store = await openStore({ databaseUrl: 'sqlite::memory:' });
      return { edits: store.packEdits, close: () => store.close() };
    },
  ],
  [
    'in memory',
    () => Promise.resolve({ edits: createMemoryPackEditStore(), close: () => Promise.resolve() }),
  ],
] as [string, () => Promise<{ edits: PackEditStore; close: () => Promise<void> }>][])(
  'the pack edit history (%s)',
  (_name, open) => {
    it('gives back every edit as recorded, newest first, per entry and for all', async () => {
      const { edits, close } = await open();
      try {
        for (const edit of EDITS) await edits.record(edit);
        await expect(edits.history('usb-stick')).resolves.toEqual([EDITS[1], EDITS[0]]);
        await expect(edits.history()).resolves.toEqual([...EDITS].reverse());
        await expect(edits.history('bestaat-niet')).resolves.toEqual([]);
      } finally {
        await close();
      }
    });
  },
);
