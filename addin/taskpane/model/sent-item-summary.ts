// The sent mail's facts as text the reporter pastes into the breach form: recipients, time and
// attachment names only.
import type { Language } from '../../../shared/i18n/smart-alert-text';
import { taskpaneText } from '../../../shared/i18n/taskpane-text';
import type { SentItemFacts } from '../taskpane-host';

export function sentItemSummary(facts: SentItemFacts, language: Language): string {
  const none = taskpaneText('noneLabel', language);
  const list = (items: string[]) => (items.length > 0 ? items.join(', ') : none);
  const sentAt = facts.sentAt
    ? facts.sentAt.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      })
    : none;
  return [
    `${taskpaneText('recipientsLabel', language)}: ${list(facts.recipients)}`,
    `${taskpaneText('sentAtLabel', language)}: ${sentAt}`,
    `${taskpaneText('attachmentsLabel', language)}: ${list(facts.attachmentNames)}`,
  ].join('\n');
}
