// What the "Inzicht" view says, Dutch first and English too: headings, the names of the measures
// (also the CSV's "meting" column, explained in docs/admin-guide.md) and the small-cell note.
import type { Measure } from '../../shared/insight/insight-report';
import type { TabLanguage } from './tab-host';

const MEASURES_NL: Record<Measure, string> = {
  'mails-checked': 'Mails gecontroleerd',
  warnings: 'Waarschuwingen',
  blocks: 'Geblokkeerd',
  'encrypted-sends': 'Versleuteld verzonden',
  'rule-fired': 'Regel gaf advies',
  fixed: 'Opgelost met de hoofdknop',
  changed: 'Zelf aangepast en verzonden',
  'sent-anyway': 'Toch verzonden',
  cancelled: 'Niet verzonden',
  'false-alarms': 'Onterecht gemeld',
  'false-alarm-rate': 'Onterecht (percentage)',
  'false-alarm-feature': 'Onterecht, per kenmerk',
  'partly-unread': 'Deels niet gelezen',
  'check-faults': 'Controle mislukt',
  clients: 'Outlook-versies',
  'breach-reports': 'Datalekmeldingen',
  'breach-ap-notified': 'Gemeld bij de AP',
  'breach-ap-in-time': 'Binnen 72 uur gemeld bij de AP',
};

const MEASURES_EN: Record<Measure, string> = {
  'mails-checked': 'Mails checked',
  warnings: 'Warnings',
  blocks: 'Blocked',
  'encrypted-sends': 'Sent encrypted',
  'rule-fired': 'Rule gave advice',
  fixed: 'Fixed with the main button',
  changed: 'Changed and sent',
  'sent-anyway': 'Sent anyway',
  cancelled: 'Not sent',
  'false-alarms': 'Reported as false alarm',
  'false-alarm-rate': 'False alarms (rate)',
  'false-alarm-feature': 'False alarms, per feature',
  'partly-unread': 'Partly unread',
  'check-faults': 'Check failed',
  clients: 'Outlook versions',
  'breach-reports': 'Breach reports',
  'breach-ap-notified': 'Notified to the AP',
  'breach-ap-in-time': 'Notified to the AP within 72 hours',
};

const NL = {
  intro:
    'Tellingen zonder inhoud: hoe vaak de controle bij verzenden adviseerde en wat er daarna gebeurde, per maand en per school. Bewijs voor de IBP-audit en het jaarverslag privacy.',
  handlersOnly: 'Inzicht is alleen voor het domein ICT en de FG.',
  from: 'Van maand',
  to: 'Tot en met maand',
  school: 'School',
  allSchools: 'Alle scholen',
  exportCsv: 'Exporteren (CSV)',
  exported: (name: string) => `De cijfers zijn gedownload als ${name}.`,
  exportPrint: 'Afdrukbaar verslag',
  printed: (name: string) =>
    `Het verslag is gedownload als ${name}. Open het in de browser en druk het af of bewaar het als pdf.`,
  monthlyChart: 'Gecontroleerde mails per maand',
  rulesChart: 'Wat afzenders deden, per regel (hele periode)',
  table: 'Alle cijfers',
  columns: { month: 'Maand', measure: 'Meting', rule: 'Regel', detail: 'Detail', value: 'Waarde' },
  suppressedNote:
    '"< 5": minder dan vijf verschillende afzenders of melders; het aantal blijft verborgen zodat niemand aan te wijzen is. In de grafieken telt zo\'n cel niet mee.',
  noFigures: 'Nog geen cijfers in deze periode.',
  measures: MEASURES_NL,
};

const EN: typeof NL = {
  intro:
    'Counts without content: how often the check on send advised, and what happened next, per month and per school. Evidence for the IBP audit and the annual privacy report.',
  handlersOnly: 'Insight is only for the ICT domain and the privacy officer.',
  from: 'From month',
  to: 'To month (inclusive)',
  school: 'School',
  allSchools: 'All schools',
  exportCsv: 'Export (CSV)',
  exported: (name: string) => `The figures were downloaded as ${name}.`,
  exportPrint: 'Printable report',
  printed: (name: string) =>
    `The report was downloaded as ${name}. Open it in the browser to print it or save it as PDF.`,
  monthlyChart: 'Mails checked per month',
  rulesChart: 'What senders did, per rule (whole period)',
  table: 'All figures',
  columns: { month: 'Month', measure: 'Measure', rule: 'Rule', detail: 'Detail', value: 'Value' },
  suppressedNote:
    '"< 5": fewer than five different senders or reporters; the number stays hidden so that nobody can be singled out. Charts leave such a cell out.',
  noFigures: 'No figures in this period yet.',
  measures: MEASURES_EN,
};

export type InsightText = typeof NL;

export function insightText(language: TabLanguage): InsightText {
  return language === 'nl' ? NL : EN;
}
