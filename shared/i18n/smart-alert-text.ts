// The words of the Smart Alert shown on send: one or two lines naming what was found and the fix.
// Dutch for Dutch Outlook, English otherwise. Outlook allows at most 500 characters.
import type { RuleId, ScanResult, Text } from '../scan/types';

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

/** @example smartAlertText(result, 'nl') // 'Deze mail bevat een burgerservicenummer (BSN) (******782). …' */
export function smartAlertText(result: ScanResult, language: Language): string {
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
  const key = result.verdict === 'block' ? 'block' : fix;
  return truncate(texts[key], MAX_ALERT_LENGTH);
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
