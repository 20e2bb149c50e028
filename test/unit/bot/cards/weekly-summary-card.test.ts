import { buildWeeklySummaryCard } from '../../../../bot/cards/weekly-summary-card';
import { weeklySummaryView } from '../../../../bot/insight/weekly-summary';
import type { StoredCell } from '../../../../shared/insight/insight-report';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';

const cell = (changes: Partial<StoredCell>): StoredCell => ({
  month: '2026-12',
  school: '*',
  metric: 'checked',
  rule: '',
  detail: '',
  count: 30,
  senders: 8,
  ...changes,
});

const view = weeklySummaryView({
  week: '2026-12-07',
  now: new Date('2026-12-07T07:00:00Z'),
  cells: [
    cell({}),
    cell({ metric: 'warned', count: 4, senders: 4 }),
    cell({ metric: 'action', rule: 'bcc', detail: 'sent-anyway', count: 9, senders: 6 }),
    cell({ metric: 'action', rule: 'pupil-file', detail: 'sent-anyway', count: 3, senders: 3 }),
    cell({ metric: 'action', rule: 'bsn', detail: 'sent-anyway', count: 12, senders: 5 }),
    cell({
      metric: 'action',
      rule: 'sensitive-personal',
      detail: 'sent-anyway',
      count: 7,
      senders: 7,
    }),
  ],
  breaches: [],
  unanswered: { '2026-11': 3, '2026-12': 0 },
});

describe('the weekly summary', () => {
  it('shows small cells as "< 5" and the three most overruled rules, largest first', () => {
    const [previous, current] = view.months;
    expect(current).toMatchObject({ month: '2026-12', checked: '30', warned: '< 5' });
    expect(current.overruled).toEqual([
      { rule: 'bsn', value: '12' },
      { rule: 'bcc', value: '9' },
      { rule: 'sensitive-personal', value: '7' },
    ]);
    expect(previous).toMatchObject({ month: '2026-11', checked: '0', unanswered: '< 5' });
    expect(current.unanswered).toBe('0');
  });

  it('is a valid Adaptive Card whose heading names the week', () => {
    const card = buildWeeklySummaryCard(view, 'nl');
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card.body[0]).toMatchObject({ id: 'privacywacht-weekly-2026-12-07' });
    expect(JSON.stringify(buildWeeklySummaryCard(view, 'en'))).toContain('This month so far');
  });
});
