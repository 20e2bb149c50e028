// The task pane's view of Outlook through Office.js: scan the open draft (attachments read in full,
// since the pane is not racing the send window), write a fix, or read a sent mail's metadata and
// open a new message about it.
import { languageOf } from '../../shared/i18n/smart-alert-text';
import type { FixKind } from '../../shared/i18n/taskpane-text';
import type { Config } from '../../shared/policy/config-schema';
import { scanMail } from '../../shared/scan/engine';
import { buildScanPolicy } from '../../shared/scan/scan-policy';
import type { FixOutcome, TaskpaneHost, ThemeKind } from '../taskpane/taskpane-host';
import { applyEncryption, applyMaskNumbers, applyMoveToBcc } from './apply-fix';
import { listAttachments, readAttachmentContent } from './attachments';
import { displayLanguage, readComposedMail } from './compose-item';
import { displayNewMessage } from './new-message';
import { isReadMode, readSentItemFacts } from './read-item';
import { flushInsight } from './insight-client';
import { noteMainFix, recordFalseAlarm } from './insight-recorder';
import { submitBreachReport } from './report-client';
import { mutedPolicy, refreshRuleMutes } from './rule-mutes';

export function officeTaskpaneHost(config: Config): TaskpaneHost {
  const policy = buildScanPolicy(config);
  // The school's lowered rules, for this pane's next scan and the send check's next load.
  void refreshRuleMutes();
  return {
    mode: isReadMode() ? 'read' : 'compose',
    language: languageOf(displayLanguage()),
    theme: officeTheme(),
    async scanDraft() {
      const [mail, listed] = await Promise.all([
        readComposedMail(config.encryption),
        listAttachments(),
      ]);
      const attachments = await Promise.all(
        listed.map(async (attachment) => {
          const { name, size } = attachment;
          const content = await readAttachmentContent(attachment, policy.attachmentReadLimitBytes);
          return content.ok ? { name, size, content: content.bytes } : { name, size };
        }),
      );
      return scanMail({ ...mail, attachments }, mutedPolicy(policy));
    },
    async applyFix(fix: FixKind): Promise<FixOutcome> {
      switch (fix) {
        case 'move-to-bcc':
          await applyMoveToBcc(config.organisation.domains);
          return {};
        case 'mask-numbers':
          await applyMaskNumbers(policy.citizenNumbers);
          return {};
        case 'encrypt': {
          const change = await applyEncryption(config.encryption);
          return change.kind === 'instructions' ? { instructions: change.text } : {};
        }
      }
    },
    readSentItem: readSentItemFacts,
    submitBreachReport,
    organisationName: config.organisation.name,
    openNewMessage: (message) =>
      displayNewMessage(message).then(
        () => true,
        () => false,
      ),
    async reportFalseAlarm(rule, features) {
      try {
        await recordFalseAlarm(rule, features);
      } catch {
        return false;
      }
      void flushInsight();
      return true;
    },
    noteMainFix: (rules) => noteMainFix(rules).catch(() => undefined),
  };
}

/** Outlook's own theme, so the pane matches the window around it. */
function officeTheme(): ThemeKind {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  return background && luminance(background) < 0.5 ? 'dark' : 'light';
}

function luminance(hex: string): number {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  if (Number.isNaN(value)) return 1;
  const red = (value >> 16) & 255;
  const green = (value >> 8) & 255;
  const blue = value & 255;
  return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255;
}
