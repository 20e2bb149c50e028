import { entriesPastReview } from '../../../../bot/policy-pack/review-dates';
import type { KnowledgeEntry } from '../../../../shared/policy/knowledge/types';

const entry = (id: string, reviewBy: string): KnowledgeEntry => ({
  id,
  title: { nl: `Titel ${id}`, en: `Title ${id}` },
  questions: { nl: ['vraag'], en: ['question'] },
  answer: { nl: 'Antwoord.', en: 'Answer.' },
  section: '§1',
  related: [],
  reviewBy,
});

describe('entries past their review date', () => {
  it.each([
    ['a date that has passed', '2026-12-03', true],
    ['a date long past', '2025-01-31', true],
    ['today', '2026-12-04', false],
    ['a date to come', '2027-08-01', false],
  ])('lists an entry due %s: %s', (_case, reviewBy, isListed) => {
    const listed = entriesPastReview([entry('a', reviewBy)], '2026-12-04');
    expect(listed.map((each) => each.id)).toEqual(isListed ? ['a'] : []);
  });

  it('lists the longest overdue first, with title and section to recognise them', () => {
    const listed = entriesPastReview(
      [entry('b', '2026-06-01'), entry('c', '2027-01-01'), entry('a', '2026-01-01')],
      '2026-12-04',
    );
    expect(listed).toEqual([
      { id: 'a', title: { nl: 'Titel a', en: 'Title a' }, section: '§1', reviewBy: '2026-01-01' },
      { id: 'b', title: { nl: 'Titel b', en: 'Title b' }, section: '§1', reviewBy: '2026-06-01' },
    ]);
  });
});
