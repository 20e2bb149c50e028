// The words of the Smart Alert shown on send: one or two lines naming what was found and the fix,
// and which attachments could not be checked. Dutch for Dutch Outlook, English otherwise. Outlook
// allows at most 500 characters, in plain text and (Mailbox 1.15) in Markdown.
import type { Notice, RuleId, ScanResult, Text } from '../scan/types';

export type Language = 'nl' | 'en';

const MAX_ALERT_LENGTH = 500;

/** "nl-NL", "nl-BE" → Dutch; anything else English. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const WHAT_WAS_FOUND: Record<RuleId, Text> = {
  bsn: { nl: 'een burgerservicenummer (BSN)', en: 'a citizen service number (BSN)' },
  'pupil-file': { nl: 'gevoelige leerlinggegevens', en: 'sensitive pupil information' },
  'sensitive-personal': { nl: 'gevoelige persoonsgegevens', en: 'sensitive personal data' },
  bcc: { nl: 'ontvangers die elkaars adres zien', en: "recipients who see each other's address" },
  'private-forward': { nl: 'een privémailadres van jezelf', en: 'your own private mail address' },
  'attachment-size': { nl: 'grote bijlagen', en: 'large attachments' },
};

/** Which one-click fix the main button offers: content goes encrypted, recipients go to Bcc. */
export type MainFix = 'encrypt' | 'move-to-bcc' | 'review';

export function mainFixOf(result: ScanResult): MainFix {
  const rules = new Set(result.findings.map((finding) => finding.rule));
  if (rules.has('bsn') || rules.has('pupil-file') || rules.has('sensitive-personal'))
    return 'encrypt';
  if (rules.has('bcc')) return 'move-to-bcc';
  return 'review';
}

const FIX_LABELS: Record<MainFix, Text> = {
  encrypt: { nl: 'Versleuteld sturen', en: 'Send encrypted' },
  'move-to-bcc': { nl: 'Naar BCC', en: 'Move to Bcc' },
  review: { nl: 'Bekijk', en: 'Review' },
};

/** The label of the Smart Alert's main button (at most 20 characters). */
export function mainFixLabel(fix: MainFix, language: Language): string {
  return FIX_LABELS[fix][language];
}

/** The alert as plain text (errorMessage) and as Markdown rendering to the same words. */
export interface AlertText {
  plain: string;
  markdown: string;
}

/** @example smartAlertText(result, 'nl').plain // 'Deze mail bevat een burgerservicenummer (BSN) (******782). …' */
export function smartAlertText(result: ScanResult, language: Language): AlertText {
  const paragraphs = result.verdict === 'allow' ? [] : [findingsParagraph(result, language)];
  if (result.notices.length > 0) paragraphs.push(noticesParagraph(result.notices, language));
  return alertText(paragraphs);
}

function findingsParagraph(result: ScanResult, language: Language): string {
  const rules = [...new Set(result.findings.map((finding) => finding.rule))];
  const found = rules.map((rule) => WHAT_WAS_FOUND[rule][language]);
  // The bsn excerpt ends with the masked number ("BSN: ******782").
  const masked = result.findings
    .find((finding) => finding.rule === 'bsn')
    ?.excerpt?.split(' ')
    .pop();
  const list = joinList(found, language) + (masked ? ` (${masked})` : '');
  const fix = mainFixOf(result);
  const nl = {
    block: `Deze mail bevat ${list}. Zo mag hij niet weg: kies ${FIX_LABELS.encrypt.nl.toLowerCase()} of haal het nummer weg.`,
    encrypt: `Deze mail bevat ${list}. Kies ${FIX_LABELS.encrypt.nl.toLowerCase()}, of verstuur toch als dat echt nodig is.`,
    'move-to-bcc': `Deze mail heeft ${list}. Zet de externe ontvangers in BCC.`,
    review: `Deze mail heeft ${list}. Bekijk de meldingen voordat je verstuurt.`,
  };
  const en = {
    block: `This mail contains ${list}. It cannot go like this: choose ${FIX_LABELS.encrypt.en.toLowerCase()} or remove the number.`,
    encrypt: `This mail contains ${list}. Choose ${FIX_LABELS.encrypt.en.toLowerCase()}, or send anyway if you really must.`,
    'move-to-bcc': `This mail has ${list}. Put the external recipients in Bcc.`,
    review: `This mail has ${list}. Review the findings before sending.`,
  };
  const texts = language === 'nl' ? nl : en;
  return texts[result.verdict === 'block' ? 'block' : fix];
}

/** The first unchecked attachment in the engine's own words, and how many more there are. */
function noticesParagraph(notices: readonly Notice[], language: Language): string {
  const names = new Set(notices.map((notice) => notice.attachment));
  const first = notices[0]?.message[language] ?? '';
  const others = names.size - 1;
  if (others <= 0) return first;
  return language === 'nl'
    ? `${first} Ook ${others} andere ${others === 1 ? 'bijlage is' : 'bijlagen zijn'} niet (helemaal) gecontroleerd.`
    : `${first} ${others} other ${others === 1 ? 'attachment was' : 'attachments were'} not (fully) checked either.`;
}

/** Said on clients without "Send anyway": a second press on Send is the sender's "send anyway". */
export function sendAgainHint(language: Language): string {
  return language === 'nl'
    ? 'Druk nogmaals op Verzenden om toch te versturen.'
    : 'Press Send again to send it anyway.';
}

/** Joins paragraphs into both forms, each within Outlook's 500 characters. */
export function alertText(paragraphs: readonly string[]): AlertText {
  const flat = paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim());
  const plain = truncate(flat.join('\n\n'), MAX_ALERT_LENGTH);
  let markdown = flat.map(escapeMarkdown).join('\n\n');
  // Escapes lengthen the text: shorten the words, never cut an escape in half.
  for (let keep = plain.length; markdown.length > MAX_ALERT_LENGTH; keep -= 10)
    markdown = truncate(flat.join('\n\n'), keep).split('\n\n').map(escapeMarkdown).join('\n\n');
  return { plain, markdown };
}

/**
 * Makes text from mail content (file names, masked numbers, excerpts) literal in Outlook's Markdown
 * (errorMessageMarkdown): emphasis, code, links, headings, lists and entities stay plain characters.
 * @example escapeMarkdown('*****6782 in lijst_2024.xlsx') // '\\*\\*\\*\\*\\*6782 in lijst\\_2024.xlsx'
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#~|&]/g, (char) => `\\${char}`)
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Shown when the check itself failed or ran out of time: the mail is not silently blocked. */
export function scanFailureText(language: Language, isBlocking: boolean): string {
  if (language === 'nl') {
    return isBlocking
      ? 'Privacywacht kon deze mail niet controleren. Probeer het over een minuut opnieuw.'
      : 'Privacywacht kon deze mail niet controleren. Controleer zelf op BSN’s en leerlinggegevens; je kunt wel versturen.';
  }
  return isBlocking
    ? 'Privacywacht could not check this mail. Try again in a minute.'
    : 'Privacywacht could not check this mail. Check it yourself for BSNs and pupil data; you can still send it.';
}

function joinList(items: string[], language: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'nl' ? 'en' : 'and'} ${items[items.length - 1] ?? ''}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
