// OnMessageRecipientsChanged: says early, in the information bar, that parents can see each other's
// address or that a private mailbox is among the recipients — and clears the bar once fixed.
import type { Language } from '../../shared/i18n/smart-alert-text';
import { composeNoticeText } from '../../shared/i18n/compose-notice-text';
import type { MailInput, ScanResult } from '../../shared/scan/types';
import type { ComposeEvent } from './on-compose-attachments';

export interface RecipientsChangedDependencies {
  /** Reads only the sender and recipients: the content is judged on send. */
  readParticipants: () => Promise<Pick<MailInput, 'from' | 'to' | 'cc' | 'bcc'>>;
  scan: (mail: MailInput) => ScanResult;
  showNotice: (text: string | undefined) => Promise<void>;
  language: Language;
}

export async function handleRecipientsChanged(
  event: ComposeEvent,
  dependencies: RecipientsChangedDependencies,
): Promise<void> {
  try {
    const participants = await dependencies.readParticipants();
    const result = dependencies.scan({ ...participants, subject: '', attachments: [] });
    const recipientFindings = result.findings.filter(
      (finding) => finding.location.part === 'recipients',
    );
    await dependencies.showNotice(composeNoticeText(recipientFindings, dependencies.language));
  } catch {
    // The send handler checks the recipients again; an information bar is a courtesy.
  }
  event.completed();
}
