// The information bar shown while composing: says early what will be flagged on send, so it can be
// fixed before pressing Send. Outlook allows 150 characters in a notification.
import type { Finding } from '../scan/types';
import type { Language } from './smart-alert-text';

const MAX_NOTICE_LENGTH = 150;

/** One line for the first finding, or undefined when nothing needs saying. */
export function composeNoticeText(
  findings: readonly Finding[],
  language: Language,
): string | undefined {
  const first = findings.find((finding) => finding.severity !== 'info') ?? findings[0];
  if (!first) return undefined;
  const text = first.message[language];
  const where =
    first.location.part === 'attachment'
      ? `${language === 'nl' ? 'Bijlage' : 'Attachment'} "${first.location.name}": `
      : '';
  const line = `${where}${text}`;
  return line.length <= MAX_NOTICE_LENGTH ? line : `${line.slice(0, MAX_NOTICE_LENGTH - 1)}…`;
}
