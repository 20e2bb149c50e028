// Sorting recipients: inside the organisation (its domains and their subdomains), at a consumer
// mail provider, or at another organisation.
import type { Address } from './types';

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase()
        .replace(/\.$/, '');
}

/** "school.kindante.nl" counts as "kindante.nl". */
export function isWithinDomains(domain: string, domains: readonly string[]): boolean {
  return domains.some((own) => domain === own || domain.endsWith(`.${own}`));
}

/** Each address once (lower-cased), in order of first appearance. */
export function uniqueAddresses(addresses: readonly Address[]): Address[] {
  const seen = new Set<string>();
  return addresses.filter((entry) => {
    const key = entry.address.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
