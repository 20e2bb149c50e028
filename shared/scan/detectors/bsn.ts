// Rule "bsn": a citizen number (BSN or onderwijsnummer) in subject, body or attachment text.
import { findingMessages } from '../../i18n/finding-messages';
import { maskDigitRuns, maskNumber } from '../text/mask';
import { findCitizenNumbersInTexts } from './citizen-numbers';
import type { Detection, Detector } from './detector';

export const bsnDetector: Detector = {
  rule: 'bsn',
  detect({ content, policy }) {
    const perText = findCitizenNumbersInTexts(
      content.texts.map(({ text }) => text),
      policy.citizenNumbers,
    );
    const findings: Detection[] = [];
    content.texts.forEach(({ location, text }, index) => {
      const seen = new Set<string>();
      for (const match of perText[index] ?? []) {
        if (seen.has(match.digits)) continue;
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
    });
    return findings;
  },
};
