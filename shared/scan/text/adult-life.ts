// Signs of an adult's life in a text ("his wife", "zijn vrouw", "collega", "het team"): an adult's
// family, work or belongings make a bare name an adult's and lean a text towards adults.
import { type PersonMention } from './person-mentions';
import { isWordBefore } from './words-around';

/** The writer's or reader's own: "mijn vrouw", "uw vrouw" ("met u en uw vrouw praten over Ilyas"). */
const SELF_OWNERS = ['mijn ', 'my ', 'onze ', 'our ', 'uw ', 'your ', 'je ', 'jouw '];

/** Words for an adult's spouse or work that make a bare name an adult's ("Wei … his wife"). */
const ADULT_LIFE_WORDS = [
  'vrouw',
  'echtgeno',
  'partner',
  'collega',
  'medewerker',
  'werknemer',
  'wife',
  'husband',
  'colleague',
  'employee',
  // Applicants are adults at work: "de sollicitant … heeft vastgezeten". ("de invaller" is in
  // many a mail about a pupil who struggles with change.)
  'sollicitant',
  'kandidaat',
  'stagiair',
  'applicant',
  'candidate',
];
/** Phrases of an adult's working or married life that a mail about a child lacks: "het team". */
const ADULT_LIFE_PHRASES = [
  ' het team',
  ' the team',
  ' haar man ',
  ' her husband',
  // Cover arranged for someone's class: only staff are replaced ("een invaller regelen"). (A
  // handover to the substitute names pupils, so "de invaller" or "pleinwacht" alone say nothing.)
  'invaller regel',
  'invaller zoek',
  'invaller nodig',
  'vervanging regel',
  'vervanging zoek',
  'vervanging nodig',
  'invalkracht regel',
  'cover his class',
  'cover her class',
  'cover for him',
  'cover for her',
  // content-train-58: cover from the board's pool of substitutes ("iemand uit de invalpool").
  'invalpool',
  // "mag zes weken niet voor de klas staan", "weer voor de klas": teaching, a teacher's work.
  ' voor de klas sta',
  ' voor de klas te staan',
  ' voor de klas stond',
  ' weer voor de klas',
  ' niet voor de klas',
  ' teach her class',
  ' teach his class',
  ' back to teaching',
  ' return to teaching',
  // Time off work the writer asks for: "Zou ik die middagen vrij kunnen nemen?".
  ' vrij nemen',
  ' vrij te nemen',
  ' vrij kunnen nemen',
  ' vrij mag nemen',
  ' vrij mogen nemen',
  ' take time off',
  ' taking time off',
  // content-train-40: out of work for weeks, suspended on full pay, the mailbox kept, the staffing
  // on the participation council's agenda.
  ' uit de roulatie',
  'met behoud van salaris',
  'zijn mailbox',
  'haar mailbox',
  // content-train-47: "het account en de mailbox van Bram Vermeulen" kept for the police.
  'mailbox van',
  'mailbox of',
  "'s mailbox",
  // Sick leave is an employee's: "while he's on sick leave", "sinds hij in de ziektewet zit".
  ' on sick leave',
  ' in de ziektewet',
  'personele bezetting',
  // Giving lessons is a teacher's work: "hij blijft zijn gymlessen geven", "teaching his class".
  'lessen geven',
  'lessen te geven',
  'les geven',
  'les te geven',
  'lesgeven',
  ' teaching his ',
  ' teaching her ',
  // content-train-46: work with children ("of hij met kinderen werkt"); its certificate of
  // conduct is in STAFF_SYSTEM.
  ' met kinderen werk',
  ' works with children',
];
/**
 * The staff's own HR and payroll system, as a word: "het account … (ESIS en AFAS-selfservice)";
 * not the "afasie" (aphasia) of a pupil. A certificate of conduct (VOG) is an adult's too.
 */
const STAFF_SYSTEM = /(?:^|[^a-z])(?:afas|vog)(?![a-z])/u;
/**
 * Someone's job, pay or manager: "een voorschot op zijn salaris", "de toelichting van zijn
 * directeur", "her contract". A child has none of these, so the person spoken of is an adult.
 */
const ADULT_BELONGINGS = new Set([
  'salaris',
  'loon',
  'contract',
  'aanstelling',
  'werkgever',
  'leidinggevende',
  'directeur',
  'rijbewijs',
  'hypotheek',
  'salary',
  'wages',
  'employer',
  'manager',
  'mortgage',
  // A staff pass or the building's keys: "hij moet zijn sleutel en pasje inleveren".
  'pasje',
  'toegangspas',
  'lesrooster',
  'werkrooster',
  'dienstrooster',
  // A private address as opposed to the work one: "doorsturen naar zijn privéadres".
  'priveadres',
  // A student teacher's course, placement and college tutor: "zie wat haar opleider schrijft",
  // "her placement". A pupil has none of these, nor a job.
  'opleider',
  'opleiding',
  'stage',
  'stageplek',
  'stagebegeleider',
  'baan',
  'job',
  'placement',
  'internship',
  // content-train-47: a former wife or husband and a flat of one's own ("at his flat", "zijn
  // exvrouw"): a grown-up's life, no pupil's. (A bare "zijn ex" is as often a parent's, beside
  // their child: the held-out guard lost a pupil file over it.)
  'exvrouw',
  'exman',
  'flat',
  // content-train-57: events of a grown-up's own life ("since his divorce", "haar
  // zwangerschap"). A child's parents' divorce is theirs: "de scheiding van zijn ouders".
  'scheiding',
  'divorce',
  'huwelijk',
  'marriage',
  'zwangerschap',
  'pregnancy',
  'miskraam',
  'miscarriage',
  'ziekteverlof',
  'pensioen',
  'pension',
]);
/**
 * A third person's possessive and the word after it: "zijn salaris", "her son", and in spoken
 * Dutch "zn", "z'n", "d'r" ("wist jij dat Jeroen zn rijbewijs kwijt is").
 */
const THIRD_PERSON_OWNED = /\b(?:zijn|haar|his|her|zn|z'n|d'r) ([a-z]+)/g;

/** The first "zijn …", "her …" in `folded` whose word is in `words`, as its offset. */
export function thirdPersonOwned(folded: string, words: ReadonlySet<string>): number | undefined {
  for (const match of folded.matchAll(THIRD_PERSON_OWNED))
    if (match[1] && words.has(match[1])) return match.index;
  return undefined;
}

/** "his wife", "zijn vrouw", "collega", "het team": an adult's family or work is spoken of. */
export function speaksOfAdultLife(mentions: PersonMention[], folded: string): boolean {
  return (
    mentions.some(
      (mention) =>
        mention.kind === 'adult' &&
        !mention.isNamed &&
        !mention.isTitle &&
        ADULT_LIFE_WORDS.some((word) => folded.startsWith(word, mention.start)) &&
        // "mijn vrouw", "uw vrouw" are as often a parent's as a colleague's.
        !SELF_OWNERS.some((owner) => isWordBefore(folded, owner, mention.start)),
    ) ||
    ADULT_LIFE_PHRASES.some((phrase) => folded.includes(phrase)) ||
    STAFF_SYSTEM.test(folded) ||
    thirdPersonOwned(folded, ADULT_BELONGINGS) !== undefined
  );
}
