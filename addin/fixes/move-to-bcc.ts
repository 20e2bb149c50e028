// One-click fix "move to BCC": every external address in To and Cc goes to Bcc; colleagues inside
// the organisation stay where they are (Bijlage 7: parents always in BCC).
import { domainOf, isWithinDomains, uniqueAddresses } from '../../shared/scan/addresses';
import type { Address } from '../../shared/scan/types';

export interface Recipients {
  to: Address[];
  cc: Address[];
  bcc: Address[];
}

/** @example moveExternalsToBcc({ to: [parent, colleague], cc: [], bcc: [] }, ['kindante.nl']) // { to: [colleague], cc: [], bcc: [parent] } */
export function moveExternalsToBcc(
  recipients: Recipients,
  organisationDomains: readonly string[],
): Recipients {
  const isInternal = (entry: Address) =>
    isWithinDomains(domainOf(entry.address), organisationDomains);
  const externals = [...recipients.to, ...recipients.cc].filter((entry) => !isInternal(entry));
  return {
    to: recipients.to.filter(isInternal),
    cc: recipients.cc.filter(isInternal),
    bcc: uniqueAddresses([...recipients.bcc, ...externals]),
  };
}
