// Dutch splits its separable verbs: "wie vraagt het aan?" is "aanvragen", "ik geef het door" is
// "doorgeven", "log je uit" is "uitloggen". The particle comes later in the clause than the verb,
// so neither half alone finds the entry that uses the whole verb. These are the joined forms to try;
// the index keeps only those it knows.

/** Particles of Dutch separable verbs: "terugsturen" is "terug" + "sturen". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'aan',
  'af',
  'bij',
  'door',
  'in',
  'mee',
  'na',
  'op',
  'terug',
  'toe',
  'uit',
  'weg',
]);
/**
 * A particle followed by one of these is a preposition, not half of a verb: "bij wie vraag ik dat
 * aan" has "aanvragen" but no "bijwerken", and "geef het door aan de ouders" no "aangeven".
 */
const PREPOSITION_OBJECTS: ReadonlySet<string> = new Set(
  'de het een wie wat welke welk mijn je jouw zijn haar hun onze ons die dit dat deze iemand alle'.split(
    ' ',
  ),
);
/** How many telling words before its particle a verb may stand ("vraagt de directeur dat dan aan"). */
const MAX_DISTANCE = 6;
const MIN_VERB_LENGTH = 3;

/**
 * Particle and verb joined, for every particle after a word in reach, in the order found.
 * @param isStopword A stopword is no verb to join: "wat houdt het in" asks nothing about "inhouden".
 * @example separableVerbForms(['wie', 'vraagt', 'het', 'aan'], (word) => word === 'het') // ['aanwie', 'aanvraagt']
 */
export function separableVerbForms(
  words: readonly string[],
  isStopword: (word: string) => boolean,
): string[] {
  const forms: string[] = [];
  words.forEach((particle, at) => {
    if (!PARTICLES.has(particle) || PREPOSITION_OBJECTS.has(words[at + 1] ?? '')) return;
    // "vergeten op te halen": a particle before "te" belongs to the verb after it ("ophalen"),
    // not to a word before ("namen" is no "opnamen").
    if (words[at + 1] === 'te') return;
    // Reach is counted in words that say something: "ik zoek zo even het adres op" puts its verb
    // as near to "op" as "ik zoek het adres op".
    const reach: string[] = [];
    for (let before = at - 1; before >= 0 && reach.length < MAX_DISTANCE; before--) {
      const verb = words[before] as string;
      if (isStopword(verb)) continue;
      reach.push(verb);
    }
    for (const verb of reach.reverse()) {
      if (verb.length < MIN_VERB_LENGTH || PARTICLES.has(verb)) continue;
      forms.push(particle + verb);
    }
  });
  return [...new Set(forms)];
}
