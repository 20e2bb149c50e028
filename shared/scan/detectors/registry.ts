// Every detector the engine runs, in the order findings are listed.
import { attachmentSizeDetector } from './attachment-size';
import { bccDetector } from './bcc';
import { bsnDetector } from './bsn';
import type { Detector } from './detector';
import { privateForwardDetector } from './private-forward';
import { pupilFileDetector } from './pupil-file';
import { sensitivePersonalDetector } from './sensitive-personal';

export const DETECTORS: readonly Detector[] = [
  bsnDetector,
  pupilFileDetector,
  sensitivePersonalDetector,
  bccDetector,
  privateForwardDetector,
  attachmentSizeDetector,
];
