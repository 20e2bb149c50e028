// Rule "attachment-size": attachments together over the limit (Bijlage 8 §5: at most 3 MB; share
// larger files through the data drive). Informational by default.
import { findingMessages } from '../../i18n/finding-messages';
import type { Detector } from './detector';

const MEBIBYTE = 1024 * 1024;

export const attachmentSizeDetector: Detector = {
  rule: 'attachment-size',
  detect({ mail, policy }) {
    const total = mail.attachments.reduce(
      (sum, attachment) => sum + Math.max(0, attachment.size),
      0,
    );
    if (total <= policy.attachmentSizeLimitMB * MEBIBYTE) return [];
    const megabytes = (total / MEBIBYTE).toFixed(1).replace('.', ',');
    return [
      {
        rule: 'attachment-size',
        message: findingMessages.attachmentSize(megabytes, policy.attachmentSizeLimitMB),
        location: { part: 'attachments' },
        explanation: `${mail.attachments.length} attachment(s), ${total} bytes in total; limit ${policy.attachmentSizeLimitMB} MiB`,
      },
    ];
  },
};
