// The weekly summary card for the ICT channel (issue 17): counts only, for this month so far and
// last month, each line "label: value" with small cells as "< 5". Its heading's id names the week,
// so a post interrupted by a crash is found again instead of posted twice.
import { ruleTitle } from '../../shared/i18n/taskpane-text';
import type { WeeklyMonth, WeeklySummaryView } from '../insight/weekly-summary';
import { adaptiveCard, type AdaptiveCard, type CardElement, type TextBlock } from './adaptive-card';

type Language = 'nl' | 'en';

const TEXT = {
  nl: {
    title: (week: string) => `Privacywacht: weekoverzicht (${week})`,
    intro:
      'Tellingen zonder inhoud voor het hele bestuur. Rust een getal op minder dan vijf mensen, dan staat er "< 5".',
    current: (month: string) => `Deze maand tot nu toe (${month})`,
    previous: (month: string) => `Vorige maand (${month})`,
    checked: 'Mails gecontroleerd',
    warned: 'Waarschuwingen',
    blocked: 'Geblokkeerd',
    overruled: 'Vaakst toch verzonden',
    none: 'geen',
    breaches: 'Datalekmeldingen',
    inTime: 'Binnen 72 uur gemeld bij de AP',
    of: 'van',
    unanswered: 'Vragen zonder antwoord (bot)',
    more: 'Meer in het tabblad Inzicht.',
  },
  en: {
    title: (week: string) => `Privacywacht: weekly summary (${week})`,
    intro:
      'Counts without content for the whole board. A number resting on fewer than five people reads "< 5".',
    current: (month: string) => `This month so far (${month})`,
    previous: (month: string) => `Last month (${month})`,
    checked: 'Mails checked',
    warned: 'Warnings',
    blocked: 'Blocked',
    overruled: 'Most often sent anyway',
    none: 'none',
    breaches: 'Breach reports',
    inTime: 'Notified to the AP within 72 hours',
    of: 'of',
    unanswered: 'Questions without an answer (bot)',
    more: 'More in the Insight tab.',
  },
} as const;

/** The marker a retry looks for in the channel (the heading's id). */
export function weeklySummaryMarker(week: string): string {
  return `privacywacht-weekly-${week}`;
}

const line = (text: string, options: Partial<TextBlock> = {}): TextBlock => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...options,
});

function monthBlocks(month: WeeklyMonth, language: Language): CardElement[] {
  const text = TEXT[language];
  const overruled =
    month.overruled.length === 0
      ? text.none
      : month.overruled
          .map((item) => `${ruleTitle(item.rule, language)} (${item.value})`)
          .join(', ');
  const facts: [string, string][] = [
    [text.checked, month.checked],
    [text.warned, month.warned],
    [text.blocked, month.blocked],
    [text.overruled, overruled],
    [text.breaches, month.breachReports],
    [text.inTime, `${month.apInTime} ${text.of} ${month.apNotified}`],
    [text.unanswered, month.unanswered],
  ];
  return [
    line(month.isCurrent ? text.current(month.month) : text.previous(month.month), {
      weight: 'Bolder',
      spacing: 'Medium',
    }),
    // Our own labels and numbers only: RichTextBlocks, so nothing is read as markdown.
    ...facts.map(([title, value]): CardElement => ({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: `${title}: `, weight: 'Bolder' },
        { type: 'TextRun', text: value },
      ],
    })),
  ];
}

/** @example buildWeeklySummaryCard(view, 'nl').body[0] // { type: 'TextBlock', id: 'privacywacht-weekly-2026-11-30', … } */
export function buildWeeklySummaryCard(view: WeeklySummaryView, language: Language): AdaptiveCard {
  const text = TEXT[language];
  return adaptiveCard(
    [
      line(text.title(view.week), {
        id: weeklySummaryMarker(view.week),
        weight: 'Bolder',
        size: 'Medium',
      }),
      line(text.intro, { isSubtle: true }),
      // The current month first: what a reader of the channel wants to see this week.
      ...monthBlocks(view.months[1], language),
      ...monthBlocks(view.months[0], language),
      line(text.more, { isSubtle: true, spacing: 'Medium' }),
    ],
    [],
    language,
  );
}
