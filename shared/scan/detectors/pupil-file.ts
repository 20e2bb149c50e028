// Rule "pupil-file": sensitive information about an identifiable pupil (Bijlage 7: no pupil files
// by plain mail), in the text or as an attached pupil-file document.
import { findingMessages } from '../../i18n/finding-messages';
import type { Detector } from './detector';
import { sensitiveFindings } from './sensitive-findings';

export const pupilFileDetector: Detector = {
  rule: 'pupil-file',
  detect: (input) => sensitiveFindings(input, 'pupil-file', 'pupil', findingMessages.pupilFile()),
};
