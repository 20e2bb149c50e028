// Builds scan policies from the example configuration, with optional overrides, for tests.
import { parseConfig } from '../../shared/policy/parse-config';
import type { ConfigInput } from '../../shared/policy/config-schema';
import { buildScanPolicy, type ScanPolicy } from '../../shared/scan/scan-policy';
import type { MailInput } from '../../shared/scan/types';

export const EXAMPLE_CONFIG: ConfigInput = {
  organisation: { name: 'Stichting Kindante', domains: ['kindante.nl', 'bsdewissel.nl'] },
  encryption: { method: 'subject-tag', subjectTag: '[versleuteld]' },
};

export function testPolicy(overrides: Partial<ConfigInput> = {}): ScanPolicy {
  const parsed = parseConfig({ ...EXAMPLE_CONFIG, ...overrides });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return buildScanPolicy(parsed.config);
}

/** A plain internal mail with the given changes. */
export function mailWith(changes: Partial<MailInput>): MailInput {
  return {
    from: { name: 'Anouk van der Berg', address: 'a.vanderberg@kindante.nl' },
    to: [{ address: 'collega@kindante.nl' }],
    cc: [],
    bcc: [],
    subject: 'Overleg',
    bodyText: '',
    attachments: [],
    ...changes,
  };
}
