// Which school a sender's counts go to: the configured school of their mail domain, else the
// domain itself when it is one of the organisation's, else "overig". No other domain is kept.
import type { Config } from '../policy/config-schema';

const OTHER_SCHOOL = 'overig';
/** The school of a bot question or breach report whose asker's school is not known. */
export const UNKNOWN_SCHOOL = 'onbekend';

/**
 * @example schoolOfDomain('bsdewissel.nl', { 'bsdewissel.nl': 'BS De Wissel' }, ['kindante.nl']) // 'BS De Wissel'
 */
export function schoolOfDomain(
  domain: string,
  schools: Config['insight']['schools'],
  organisationDomains: readonly string[],
): string {
  const name = domain.toLowerCase();
  return schools[name] ?? (organisationDomains.includes(name) ? name : OTHER_SCHOOL);
}
