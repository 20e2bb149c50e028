// The Inzicht view's printable audit page: one standalone HTML document (its own print stylesheet,
// no scripts, nothing to fetch) titled as evidence for the annual privacy report, with the per-month
// summary, the breach register's counts over the period and every figure of the view. Pure; the tab
// downloads it next to the CSV, and a browser prints it or saves it as PDF. Counts only, "< 5" kept.
import { escapeHtml } from '../../shared/html/escape-html';
import { KIND_LABELS, type IncidentKind } from '../../shared/incidents/report-fields';
import {
  ALL_SCHOOLS,
  formatFigureValue,
  type Figure,
  type InsightReport,
  type Measure,
} from '../../shared/insight/insight-report';
import { figureRows } from './insight-model';
import { insightText } from './insight-text';
import type { TabLanguage } from './tab-host';

export interface PrintableInsight {
  report: InsightReport;
  /** The register's counts over the whole period (GET /api/insight's breachTotals). */
  breachTotals: readonly Figure[];
  language: TabLanguage;
  /** When the page was made (shown on it). */
  madeAt: Date;
}

const MONTH_COLUMNS: readonly Measure[] = [
  'mails-checked',
  'warnings',
  'blocks',
  'encrypted-sends',
  'breach-reports',
  'breach-ap-in-time',
];

const TEXT = {
  nl: {
    title: 'Bewijsstuk voor het jaarverslag privacy',
    subtitle: 'Privacywacht Inzicht: tellingen zonder inhoud (Normenkader IBP)',
    period: 'Periode',
    through: 't/m',
    school: 'School',
    madeAt: 'Gemaakt op',
    perMonth: 'Per maand',
    month: 'Maand',
    register: 'Datalekregister over de hele periode',
    measure: 'Meting',
    kind: 'Soort',
    value: 'Aantal',
    allKinds: 'alle soorten',
    noBreaches: 'Geen datalekmeldingen in deze periode.',
    all: 'Alle cijfers',
    counted:
      'Geteld wordt alleen wat de controle bij verzenden adviseerde en wat de afzender daarna deed, per regel, school en maand; nooit onderwerp, tekst, ontvangers, namen, bestandsnamen of nummers. Datalekken komen uit het register: per soort, gemeld bij de AP en binnen 72 uur.',
  },
  en: {
    title: 'Evidence for the annual privacy report',
    subtitle: 'Privacywacht Insight: counts without content (IBP framework)',
    period: 'Period',
    through: 'to',
    school: 'School',
    madeAt: 'Made on',
    perMonth: 'Per month',
    month: 'Month',
    register: 'Breach register over the whole period',
    measure: 'Measure',
    kind: 'Kind',
    value: 'Count',
    allKinds: 'all kinds',
    noBreaches: 'No breach reports in this period.',
    all: 'All figures',
    counted:
      'Only what the check on send advised and what the sender did next is counted, per rule, school and month; never subject, text, recipients, names, file names or numbers. Breaches come from the register: per kind, notified to the AP, and within 72 hours.',
  },
} as const;

const row = (cells: readonly string[], header = false) =>
  `<tr>${cells.map((cell) => (header ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`;

const table = (label: string, head: readonly string[], rows: readonly (readonly string[])[]) =>
  `<table aria-label="${escapeHtml(label)}"><thead>${row(head, true)}</thead><tbody>${rows
    .map((cells) => row(cells))
    .join('')}</tbody></table>`;

const STYLE = `
  body { font: 11pt/1.4 "Segoe UI", Arial, sans-serif; color: #111; margin: 2rem; }
  h1 { font-size: 18pt; margin: 0; }
  h2 { font-size: 13pt; margin: 1.5rem 0 0.5rem; }
  .subtitle { color: #444; margin: 0.25rem 0 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  table { border-collapse: collapse; width: 100%; font-size: 10pt; }
  th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; text-align: left; }
  td:last-child { text-align: right; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  .note { font-size: 9pt; color: #333; }
  @page { size: A4; margin: 15mm; }
  @media print { body { margin: 0; } h2 { break-after: avoid; } }
`;

/**
 * @example printableInsight({ report, breachTotals, language: 'nl', madeAt: new Date() }) // '<!doctype html>…'
 */
export function printableInsight({
  report,
  breachTotals,
  language,
  madeAt,
}: PrintableInsight): string {
  const text = TEXT[language];
  const view = insightText(language);
  const school = report.school === ALL_SCHOOLS ? view.allSchools : report.school;
  const period = `${report.from} ${text.through} ${report.to}`;
  const value = (figure: Figure | undefined) =>
    figure ? formatFigureValue(figure.value, language) : '0';
  const monthly = report.months.map((month) => [
    month,
    ...MONTH_COLUMNS.map((measure) =>
      value(
        report.figures.find(
          (figure) =>
            figure.month === month &&
            figure.measure === measure &&
            figure.rule === '' &&
            figure.detail === '',
        ),
      ),
    ),
  ]);
  const register = breachTotals.map((figure) => [
    view.measures[figure.measure],
    figure.detail === '' ? text.allKinds : KIND_LABELS[figure.detail as IncidentKind][language],
    value(figure),
  ]);
  const all = figureRows(report, language).map((figure) => [
    figure.month,
    figure.measure,
    figure.rule,
    figure.detail,
    figure.value,
  ]);
  const madeOn = madeAt.toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${text.title}: ${period}, ${school}`)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(text.title)}</h1>
<p class="subtitle">${escapeHtml(text.subtitle)}</p>
<dl>
<dt>${escapeHtml(text.period)}</dt><dd data-field="period">${escapeHtml(period)}</dd>
<dt>${escapeHtml(text.school)}</dt><dd data-field="school">${escapeHtml(school)}</dd>
<dt>${escapeHtml(text.madeAt)}</dt><dd>${escapeHtml(madeOn)}</dd>
</dl>
<p class="note">${escapeHtml(text.counted)} ${escapeHtml(view.suppressedNote)}</p>
</header>
<section>
<h2>${escapeHtml(text.perMonth)}</h2>
${table(text.perMonth, [text.month, ...MONTH_COLUMNS.map((measure) => view.measures[measure])], monthly)}
</section>
<section>
<h2>${escapeHtml(text.register)}</h2>
${register.length === 0 ? `<p>${escapeHtml(text.noBreaches)}</p>` : table(text.register, [text.measure, text.kind, text.value], register)}
</section>
<section>
<h2>${escapeHtml(text.all)}</h2>
${table(text.all, [view.columns.month, view.columns.measure, view.columns.rule, view.columns.detail, view.columns.value], all)}
</section>
</body>
</html>
`;
}

/** @example printableName({ from: '2026-01', to: '2026-12' }) // 'privacywacht-inzicht-2026-01-2026-12.html' */
export function printableName(report: Pick<InsightReport, 'from' | 'to'>): string {
  return `privacywacht-inzicht-${report.from}-${report.to}.html`;
}
