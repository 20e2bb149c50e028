// Fills the {contact.*} and {organisation} placeholders of an answer from the configuration, so no
// name or number lives in code. A contact the configuration leaves out becomes a neutral role.
import type { Config, Contact } from '../../shared/policy/config-schema';
import type { Language } from '../../shared/policy/knowledge/types';
import { replacePlaceholders } from './placeholders';

export type ContactKey = keyof Config['contacts'];

const FALLBACK_ROLES: Record<ContactKey, Record<Language, string>> = {
  privacyOfficer: {
    nl: 'de functionaris gegevensbescherming (FG)',
    en: 'the data protection officer (DPO)',
  },
  breachReport: {
    nl: 'het meldpunt datalekken van het bestuur',
    en: 'the board’s data breach desk',
  },
  ictDomain: { nl: 'de ICT-afdeling van het bestuur', en: 'the board’s ICT department' },
  communications: { nl: 'de communicatieadviseur', en: 'the communications adviser' },
};

const OR: Record<Language, string> = { nl: ' of ', en: ' or ' };

/** How an answer names a contact, e.g. "Domein ICT (Piet Jansen, 046-1234567)". */
export function describeContact(config: Config, key: ContactKey, language: Language): string {
  const contact: Contact | undefined = config.contacts[key];
  const role = contact?.role ?? FALLBACK_ROLES[key][language];
  if (!contact) return role;
  const reach = [contact.phone, contact.email].filter((part) => part !== undefined);
  const people = contact.people.map((person) =>
    [person.name, person.phone, person.email].filter((part) => part !== undefined).join(', '),
  );
  const details = [...reach, ...(people.length > 0 ? [people.join(OR[language])] : [])];
  return details.length > 0 ? `${role} (${details.join('; ')})` : role;
}

/** Replaces every placeholder; a value that opens a sentence gets a capital letter. */
export function fillPlaceholders(text: string, config: Config, language: Language): string {
  return replacePlaceholders(text, (name, offset) => {
    const value =
      name === 'organisation'
        ? config.organisation.name
        : describeContact(config, name.slice('contact.'.length) as ContactKey, language);
    const opensSentence = offset === 0 || text.slice(Math.max(0, offset - 2), offset) === '. ';
    return opensSentence ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}
