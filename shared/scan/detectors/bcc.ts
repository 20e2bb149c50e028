// Rule "bcc": external people who can see each other's address (Bijlage 7: parents always in BCC).
// People of one other organisation (all at one non-consumer domain) may see each other. A sender
// at a consumer mail domain is no sender of the board's, and neither is an outside organisation
// writing to the board.
import { findingMessages } from '../../i18n/finding-messages';
import { domainOf, isWithinDomains, uniqueAddresses } from '../addresses';
import type { Detector } from './detector';

export const bccDetector: Detector = {
  rule: 'bcc',
  detect({ mail, policy }) {
    // A parent or volunteer writing from a private mailbox to other parents (an .eml read by the
    // CLI; Outlook runs the add-in only on the board's mailboxes) is not the board's sender. A
    // sender at a domain the configuration forgot to list is still checked.
    const sender = mail.from && domainOf(mail.from.address);
    if (sender !== undefined && policy.isConsumerDomain(sender)) return [];
    const visible = uniqueAddresses([...mail.to, ...mail.cc]);
    const externalDomains = visible
      .map((entry) => domainOf(entry.address))
      .filter((domain) => !isWithinDomains(domain, policy.organisationDomains));
    // "From: planning@tolkenpool-limburg.nl, To: y.schrijnemakers@bsdewissel.nl, zorg@ikc…": an
    // outside organisation writing to the board and others, a mail the board receives. Only a
    // board address among the recipients says so: a sender at a school domain the configuration
    // forgot, writing only to parents, is still checked.
    const isToTheBoard = externalDomains.length < visible.length;
    if (
      sender !== undefined &&
      isToTheBoard &&
      !isWithinDomains(sender, policy.organisationDomains)
    )
      return [];
    if (externalDomains.length < policy.bccThreshold) return [];
    const domains = new Set(externalDomains);
    const [onlyDomain] = domains;
    if (domains.size === 1 && onlyDomain !== undefined && !policy.isConsumerDomain(onlyDomain))
      return [];
    return [
      {
        rule: 'bcc',
        message: findingMessages.visibleRecipients(externalDomains.length),
        location: { part: 'recipients' },
        explanation: `${externalDomains.length} external addresses in To/Cc across ${domains.size} domain(s); threshold ${policy.bccThreshold}`,
      },
    ];
  },
};
