import { topUnanswered } from '../../../../bot/insight/top-unanswered';
import type { UnansweredGroup } from '../../../../bot/store/unanswered-store';

const group = (
  month: string,
  question: string,
  terms: string[],
  declined: number,
  notHelpful = 0,
  school = '',
): UnansweredGroup => ({ month, school, question, terms, declined, notHelpful });

describe('the top unanswered questions of a period', () => {
  const groups = [
    group('2026-10', 'mag ik [naam] zijn dossier mailen', ['dossier', 'mail'], 2, 1),
    group('2026-10', 'mag ik canva gebruiken', ['canva', 'gebruik'], 1, 0, 'BS De Wissel'),
    group('2026-11', 'mag ik het dossier van [naam] mailen', ['dossier', 'mail'], 3),
    group('2026-11', 'hoe lang bewaren wij cijfers', ['bewar', 'cijfer'], 1, 0, 'BS De Wissel'),
  ];

  it('merges the same question across months and puts the largest first', () => {
    expect(topUnanswered(groups, { school: '*', limit: 10 })).toEqual([
      {
        question: 'mag ik [naam] zijn dossier mailen',
        count: 6,
        declined: 5,
        notHelpful: 1,
        months: ['2026-10', '2026-11'],
        schools: ['onbekend'],
      },
      {
        question: 'hoe lang bewaren wij cijfers',
        count: 1,
        declined: 1,
        notHelpful: 0,
        months: ['2026-11'],
        schools: ['BS De Wissel'],
      },
      {
        question: 'mag ik canva gebruiken',
        count: 1,
        declined: 1,
        notHelpful: 0,
        months: ['2026-10'],
        schools: ['BS De Wissel'],
      },
    ]);
  });

  it('names the schools a merged question was asked at; an unknown school is "onbekend"', () => {
    const merged = topUnanswered(
      [
        group('2026-10', 'mag ik canva gebruiken', ['canva', 'gebruik'], 1, 0, 'BS De Wissel'),
        group('2026-11', 'mag ik canva gebruiken', ['canva', 'gebruik'], 2, 0, 'onbekend'),
        group('2026-11', 'mag ik canva wel gebruiken', ['canva', 'gebruik'], 1, 0, 'OBS Het Anker'),
      ],
      { school: '*', limit: 10 },
    );
    expect(merged).toEqual([
      expect.objectContaining({ count: 4, schools: ['BS De Wissel', 'onbekend', 'OBS Het Anker'] }),
    ]);
    expect(topUnanswered(groups, { school: 'onbekend', limit: 10 })).toHaveLength(1);
  });

  it('shows one school, and no more groups than asked for', () => {
    const wissel = topUnanswered(groups, { school: 'BS De Wissel', limit: 1 });
    expect(wissel.map((each) => each.question)).toEqual(['hoe lang bewaren wij cijfers']);
  });
});
