// Rule "bsn": a citizen number (BSN or onderwijsnummer) in subject, body or attachment text.
import { findingMessages } from '../../i18n/finding-messages';
import { maskDigitRuns, maskNumber } from '../text/mask';
import { findCitizenNumbers } from './citizen-numbers';
import type { Detection, Detector } from './detector';

export const bsnDetector: Detector = {
  rule: 'bsn',
  detect({ content, policy }) {
    // A number is one thing throughout a mail: labelled an order or booking number in one place
    // ("boekingsnummer 223155810"), it is no BSN where it stands bare ("Reisbevestiging 223155810").
    const labelledOther = new Set<string>();
    const found = content.texts.map(({ location, text }) => ({
      location,
      text,
      matches: findCitizenNumbers(text, policy.citizenNumbers, labelledOther),
    }));
    const findings: Detection[] = [];
    for (const { location, text, matches } of found) {
      const seen = new Set<string>();
      for (const match of matches) {
        if (seen.has(match.digits)) continue;
        if (!match.isLabelled && labelledOther.has(match.digits)) continue;
        seen.add(match.digits);
        const masked = maskNumber(match.digits);
        const before = text.slice(Math.max(0, match.start - 30), match.start);
        findings.push({
          rule: 'bsn',
          message: findingMessages.citizenNumber(match.kind, masked),
          location,
          excerpt: `${maskDigitRuns(before.slice(before.lastIndexOf('\n') + 1))
            .replace(/\s+/g, ' ')
            .trimStart()}${masked}`,
          explanation: match.reason,
        });
      }
    }
    return findings;
  },
};
