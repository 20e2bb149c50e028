// Rule "sensitive-personal": sensitive data about an identifiable adult (ID copies, pay, health,
// criminal records, debts, beliefs, HR records).
import { findingMessages } from '../../i18n/finding-messages';
import type { Detector } from './detector';
import { sensitiveFindings } from './sensitive-findings';

export const sensitivePersonalDetector: Detector = {
  rule: 'sensitive-personal',
  detect: (input) =>
    sensitiveFindings(input, 'sensitive-personal', 'adult', findingMessages.sensitivePersonal()),
};
