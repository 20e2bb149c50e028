// Rule "private-forward": work mail sent to the sender's own private mailbox (Bijlage 7: no private
// mail for privacy-sensitive work). A recipient at a consumer mail provider whose address or
// display name matches the sender's own name, or the sender's first name at a family's own domain
// named after the sender's surname ("joep@bogers-thuis.nl").
import { findingMessages } from '../../i18n/finding-messages';
import { domainOf, isWithinDomains, uniqueAddresses } from '../addresses';
import { fold } from '../text/fold';
import type { Address } from '../types';
import type { Detection, Detector } from './detector';

/** Dutch surname particles, left out when comparing names ("van der Berg" → "berg"). */
const PARTICLES = new Set([
  'van',
  'der',
  'den',
  'de',
  'het',
  'ter',
  'ten',
  'te',
  't',
  'in',
  "'t",
  'op',
  'vd',
  'v',
  'la',
  'le',
  'du',
  'da',
  'von',
]);

/** Titles written before a name ("mr. F.J.M. Dohmen", "drs. A. de Wit"), never a first name. */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'dhr',
  'mevr',
  'mw',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'bc',
]);

/** Degrees written after a name ("Anouk Smit MEd"), never a surname. */
const DEGREES = new Set(['msc', 'bsc', 'med', 'bed', 'ma', 'ba', 'phd', 'llm']);

export const privateForwardDetector: Detector = {
  rule: 'private-forward',
  detect({ mail, policy }) {
    const sender = mail.from && personName(mail.from);
    if (!sender) return [];
    const findings: Detection[] = [];
    for (const recipient of uniqueAddresses([...mail.to, ...mail.cc, ...mail.bcc])) {
      const domain = domainOf(recipient.address);
      const isConsumer = policy.isConsumerDomain(domain);
      const why = isConsumer
        ? matchesSender(recipient, sender)
        : isWithinDomains(domain, policy.organisationDomains)
          ? undefined
          : matchesHomeDomain(recipient.address, sender);
      if (!why) continue;
      findings.push({
        rule: 'private-forward',
        message: findingMessages.privateForward(recipient.address),
        location: { part: 'recipients' },
        explanation: `recipient at ${isConsumer ? 'consumer ' : ''}domain ${domain}; ${why}`,
      });
    }
    return findings;
  },
};

interface PersonName {
  first: string;
  /** Each part of a double surname ("Hermans-Schoenmakers" → hermans, schoenmakers). */
  surnames: string[];
  /** Surname with its particles, e.g. "vanderberg". */
  fullSurname: string;
  /** Initials of the surname with its particles, e.g. "vdb"; empty for a one-word surname. */
  surnameInitials: string;
}

/** The sender's first name and surname, from the display name or else the work address. */
function personName(from: Address): PersonName | undefined {
  const raw = from.name?.trim() ? from.name : (from.address.split('@')[0] ?? '');
  // "Hans Peeters | Directie BS De Wissel", "Anouk (groep 5)": the name is the part before.
  let display =
    fold(raw)
      .split(/[|(/[]| - | – /)[0]
      ?.replace(/"/g, ' ')
      .trim() ?? '';
  // "Berg, A. van der" and "Jansen, M." put the surname first.
  const comma = display.indexOf(',');
  if (comma > 0) display = `${display.slice(comma + 1)} ${display.slice(0, comma)}`;
  // "O'Connor" is written "oconnor" in an address and often "ORourke" at home; "'t" is a particle.
  const written = display
    .split(/[^a-z']+/)
    .map((word) => (PARTICLES.has(word) ? word : word.replace(/'/g, '')))
    .filter((word) => word !== '');
  const words = withoutTitles(written);
  const core = words.filter((word) => !PARTICLES.has(word));
  const first = core[0];
  const surname = core[core.length - 1];
  if (!first || !surname || core.length < 2) return undefined;
  const surnameIndex = words.lastIndexOf(surname);
  const firstIndex = words.indexOf(first);
  const surnameWords = words
    .slice(firstIndex + 1, surnameIndex + 1)
    .filter((word) => word.length > 1 || PARTICLES.has(word));
  const fullSurname = surnameWords.join('');
  const surnameInitials =
    surnameWords.length > 1 ? surnameWords.map((word) => word[0] ?? '').join('') : '';
  // Married and double names are written in full at work and often half at home.
  const parts = (display.trim().split(' ').pop() ?? '').split('-');
  const surnames =
    parts.length > 1
      ? [surname, ...parts.map((part) => part.replace(/[^a-z]+/g, '')).filter(Boolean)]
      : [surname];
  return { first, surnames: [...new Set(surnames)], fullSurname, surnameInitials };
}

/** The name's words without a title before it or a degree after it. */
function withoutTitles(words: string[]): string[] {
  let start = 0;
  while (start < words.length - 2 && TITLES.has(words[start] ?? '')) start++;
  let end = words.length;
  while (end - start > 2 && DEGREES.has(words[end - 1] ?? '')) end--;
  return words.slice(start, end);
}

function matchesSender(recipient: Address, sender: PersonName): string | undefined {
  const recipientName = recipient.name
    ? personName({ address: '', name: recipient.name })
    : undefined;
  if (
    recipientName &&
    recipientName.surnames.some((surname) => sender.surnames.includes(surname)) &&
    sameFirst(recipientName.first, sender.first)
  ) {
    return "display name matches the sender's name";
  }
  const local = fold(recipient.address.split('@')[0] ?? '');
  const tokens = local.split(/[^a-z]+/).filter((token) => token !== '');
  const letters = tokens.join('');
  for (const surname of sender.surnames) {
    const why = addressMatch(tokens, letters, sender, surname);
    if (why) return why;
  }
  // "joycevdl83" for Joyce van der Linden: a first name with the surname's initials.
  if (
    sender.first.length >= 3 &&
    sender.surnameInitials !== '' &&
    letters.includes(sender.first + sender.surnameInitials)
  )
    return "address holds the sender's first name and surname initials";
  // "priya.m1987", "jesse.odk": the first name, then the surname cut short to a few of its letters.
  if (
    sender.first.length >= 3 &&
    tokens[0] === sender.first &&
    tokens.slice(1).some((token) => sender.surnames.some((surname) => isCutShort(token, surname)))
  )
    return "address holds the sender's first name and a short form of the surname";
  // "danny.okafor" for Daniel Okafor: a short form of the first name before the full surname.
  const [firstToken = '', secondToken = ''] = tokens;
  if (
    sender.surnames.some((surname) => surname.length >= 3 && secondToken === surname) &&
    firstToken.slice(0, SHARED_FIRST_LETTERS) === sender.first.slice(0, SHARED_FIRST_LETTERS) &&
    firstToken.length >= SHARED_FIRST_LETTERS
  )
    return "address holds a short form of the sender's first name and the surname";
  return undefined;
}

/** Letters a first name and its everyday form share at the start: Daniel and Danny, Kat and Katja. */
const SHARED_FIRST_LETTERS = 3;
/** A surname cut short: its initial or at most this many of its letters, in order. */
const SHORT_SURNAME_MAX = 4;

/** "m" for Mahabier, "odk" for Odekerken: the surname's first letter and some of its letters after. */
function isCutShort(token: string, surname: string): boolean {
  if (token.length > SHORT_SURNAME_MAX || token[0] !== surname[0] || surname.length < 3)
    return false;
  let at = 1;
  for (const char of token.slice(1)) {
    at = surname.indexOf(char, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function addressMatch(
  tokens: string[],
  letters: string,
  sender: PersonName,
  surname: string,
): string | undefined {
  if (surname.length < 3 || !letters.includes(surname)) return undefined;
  // "bokessels08" for Bo Kessels: a short first name counts written against the surname.
  if (
    (sender.first.length >= 3 && letters.includes(sender.first)) ||
    letters.includes(sender.first + surname)
  )
    return "address holds the sender's first name and surname";
  const initial = sender.first[0] ?? '';
  if (tokens[0] === initial || (tokens.length > 1 && tokens[tokens.length - 1] === initial))
    return "address holds the sender's initial and surname";
  const afterInitial = letters.startsWith(initial) ? letters.slice(1) : '';
  const surnameForms = [surname, sender.fullSurname, `vd${surname}`, `v${surname}`];
  if (surnameForms.some((form) => form !== '' && afterInitial.startsWith(form)))
    return "address holds the sender's initial and surname";
  return undefined;
}

/** Words a family puts before its surname in a home domain ("familievanderberg.nl"). */
const FAMILY_PREFIXES = ['', 'familie', 'fam', 'huize', 'family', 'the'];
/** Words beside the surname that still make a home domain ("bogers-thuis.nl", "jansen-mail.nl"). */
const HOME_WORDS: ReadonlySet<string> = new Set([
  'thuis',
  'home',
  'huis',
  'mail',
  'post',
  'net',
  'web',
  'online',
]);

/**
 * The sender's first name at a family's own domain: one named after the sender's surname and
 * nothing but home words ("joep@bogers-thuis.nl", "anouk@familievanderberg.nl"). A side business
 * ("anouk@vanderberg-fotografie.nl") is not a private mailbox, nor is "groen" in "groenewoud.nl";
 * the address must start with the first name, so an initial or a role ("info@") is not enough.
 */
function matchesHomeDomain(address: string, sender: PersonName): string | undefined {
  const [local = '', domain = ''] = fold(address).split('@');
  // The words of the domain without its top level: "bogers-thuis.nl" gives bogers, thuis.
  const domainWords = domain
    .slice(0, Math.max(0, domain.lastIndexOf('.')))
    .split(/[^a-z]+/)
    .filter((word) => word !== '');
  const surnames = [...sender.surnames, sender.fullSurname].filter((name) => name.length >= 3);
  const isFamilyWord = (word: string) =>
    FAMILY_PREFIXES.some((prefix) => surnames.some((name) => word === prefix + name));
  if (!domainWords.some(isFamilyWord)) return undefined;
  // "familie-hermans.nl": the family word may stand apart from the surname as well.
  const isHomeWord = (word: string) => HOME_WORDS.has(word) || FAMILY_PREFIXES.includes(word);
  if (!domainWords.every((word) => isFamilyWord(word) || isHomeWord(word))) return undefined;
  const firstWord = local.split(/[^a-z]+/)[0] ?? '';
  if (sender.first.length < 3 || firstWord !== sender.first) return undefined;
  return "first name at a family's own domain, named after the sender's surname";
}

/** "a." or "anouk" both match Anouk; "Dan" matches Daniel, a short form of three letters or more. */
function sameFirst(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return a === b || ((short.length === 1 || short.length >= 3) && long.startsWith(short));
}
