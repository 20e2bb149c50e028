// Questions about what the privacy policy does not cover — pay, leave, sick leave, timetables,
// fees, broken devices, first aid, teaching methods, the building — are declined unless an entry
// fits the whole question, so no entry answers them for sharing a word ("mail", "laptop"). The
// domains are roots, not phrases, so a new question about the same domain is recognised too. The
// word lists are data: the product's default (shared/policy/lexicon/informal-words.ts) and the
// board's own topics in and out of its policy (the pack's words.md).
import {
  OUT_OF_SCOPE_FRAME_ROOTS,
  OUT_OF_SCOPE_ROOTS,
  OUT_OF_SCOPE_WORDS,
  PRIVACY_CORE_WORDS,
  PRIVACY_WORDS,
} from '../../shared/policy/lexicon/informal-words';
import type { PackWords } from '../../shared/policy/pack/words-file';
import { stemDutch } from './stem';
import { verbFormCandidates } from './verb-forms';

/** A root this long also counts as the head or tail of a compound ("zomervakantierooster"). */
const MIN_COMPOUND_PART = 5;
/** A compound is at least this much longer than its listed part: "gymles", not "gyms". */
const MIN_OTHER_PART = 3;

interface RootSet {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  parts: readonly string[];
}

/** `lifted`: words the board's policy does cover, so they are no root of an outside topic. */
function rootSet(
  roots: readonly string[],
  words: readonly string[],
  lifted: ReadonlySet<string>,
): RootSet {
  const kept = (list: readonly string[]) => list.filter((word) => !lifted.has(word));
  const liftedStems = new Set([...lifted].map(stemDutch));
  return {
    words: new Set(kept([...roots, ...words])),
    stems: new Set(
      kept(roots)
        .map(stemDutch)
        .filter((stem) => !liftedStems.has(stem)),
    ),
    parts: kept([...roots, ...words]).filter((root) => root.length >= MIN_COMPOUND_PART),
  };
}

/**
 * A word of a domain: one of its roots in any form (verb forms too), or a compound with a root as
 * head or tail.
 * A word the knowledge base itself uses is never off-topic by being a compound ("versleutel" is
 * not "sleutel"); only a root itself is.
 */
function isInDomain(word: string, roots: RootSet, isKnownWord: (word: string) => boolean): boolean {
  if (roots.words.has(word) || roots.stems.has(stemDutch(word))) return true;
  // "betaalt", "gestaakt": the verb form without -t/-d or ge- that the stemmer leaves apart.
  if (verbFormCandidates(word).some((form) => roots.stems.has(stemDutch(form)))) return true;
  if (isKnownWord(word)) return false;
  return roots.parts.some(
    (part) =>
      word.length >= part.length + MIN_OTHER_PART && (word.startsWith(part) || word.endsWith(part)),
  );
}

const MIN_PRIVACY_TAIL = 6;

interface PrivacyStems {
  stems: ReadonlySet<string>;
  /** Stems long enough to name the topic as a compound's tail ("salarisgegevens"). */
  tails: readonly string[];
}

/** By stem, so "leerlingdossiers" and "foto's" count as "leerlingdossier" and "foto". */
function privacyStems(words: readonly string[]): PrivacyStems {
  const stems = new Set(words.map(stemDutch));
  return { stems, tails: [...stems].filter((stem) => stem.length >= MIN_PRIVACY_TAIL) };
}

/** A privacy word: itself, by its index word, or as a compound's tail ("salarisgegevens"). */
function isPrivacyWord(
  word: string,
  { stems, tails }: PrivacyStems,
  canonicalWord: (word: string) => string | undefined,
): boolean {
  const stem = stemDutch(word);
  const canonical = canonicalWord(word);
  if (stems.has(stem) || (canonical !== undefined && stems.has(stemDutch(canonical)))) return true;
  return stem.length > MIN_PRIVACY_TAIL && tails.some((tail) => stem.endsWith(tail));
}

/**
 * Words that open a time adjunct: "tijdens de lunchpauze" says when, not what is asked; so does
 * "na schooltijd" or "na de ouderavond" ("moet de dagplanning na schooltijd van mijn bureau?").
 */
const WHEN_WORDS: ReadonlySet<string> = new Set(['tijdens', 'gedurende', 'during', 'onder', 'na']);
/**
 * How many words after an opener ("tijdens", "over") still belong to its adjunct or subject
 * ("tijdens mijn lange verlof", "over de luizencontrole"); "en"/"and" goes on to a second one.
 */
const ADJUNCT_REACH = 3;
/** Words that join a second subject to the first: "over het kamp en de kosten" names both. */
const AND_WORDS: ReadonlySet<string> = new Set(['en', 'of', 'and', 'or']);

/**
 * The words outside the adjuncts these openers start. A labour matter stays a topic inside one
 * ("tijdens de staking", "een mail over mijn salaris"): that is what such a question is about.
 */
function withoutAdjuncts(
  words: readonly string[],
  openers: ReadonlySet<string>,
  isOpenerKept: boolean,
  isLabour: (word: string) => boolean,
): string[] {
  let skip = 0;
  return words.filter((word) => {
    if (openers.has(word)) {
      skip = ADJUNCT_REACH;
      return isOpenerKept;
    }
    if (skip === 0) return true;
    skip--;
    if (AND_WORDS.has(word)) skip = ADJUNCT_REACH;
    return isLabour(word);
  });
}

/** Who asks, before "als": "Mag ik als overblijfmoeder …", "Wij als GMR …", "I as the caretaker". */
const SPEAKERS: ReadonlySet<string> = new Set(['ik', 'wij', 'we', 'jij', 'je', 'u']);

/**
 * The words without the role the one who asks speaks in: "Mag ik als overblijfmoeder in die kast
 * kijken?" asks about the cupboard, not about the lunch break. "als" after anyone else ("als de
 * overblijf uitloopt") is a condition and stays.
 * @example withoutSpeakerRole(['mag', 'ik', 'als', 'overblijfmoeder', 'kijken']) // ['mag', 'ik', 'als', 'kijken']
 */
function withoutSpeakerRole(words: readonly string[]): string[] {
  return words.filter(
    (_word, at) => !(words[at - 1] === 'als' && SPEAKERS.has(words[at - 2] ?? '')),
  );
}

/** Words for a holiday trip that say when after "on" ("on holiday", as "op vakantie" does in Dutch). */
const TRIP_WORDS: ReadonlySet<string> = new Set(['holiday', 'holidays', 'vacation']);

/**
 * The words without a trip right after "on": "Can I use my work phone on holiday abroad?" asks about
 * the phone, as "op vakantie" does, while "How many holiday days do I get?" still asks about leave.
 * @example withoutTripAdjunct(['phone', 'on', 'holiday', 'abroad']) // ['phone', 'on', 'abroad']
 */
function withoutTripAdjunct(words: readonly string[]): string[] {
  return words.filter((word, at) => !(TRIP_WORDS.has(word) && words[at - 1] === 'on'));
}

/** A break in the school day: "in de pauze", "in my lunch break" say when, as "tijdens" does. */
const BREAK_WORDS: ReadonlySet<string> = new Set([
  'pauze',
  'pauzes',
  'lunchpauze',
  'middagpauze',
  'koffiepauze',
  'break',
  'breaks',
  'lunchbreak',
]);
const BREAK_OPENERS: ReadonlySet<string> = new Set(['in', 'op', 'at']);

/**
 * The words without a break told after "in" / "at": "Can I shop online in my lunch break?" asks
 * about shopping, as "tijdens de lunchpauze" does. A break asked about ("hoe lang is de
 * lunchpauze?") has no such opener and stays.
 * @example withoutBreakAdjunct(['shop', 'in', 'my', 'lunch', 'break']) // ['shop']
 */
function withoutBreakAdjunct(words: readonly string[]): string[] {
  const dropped = new Set<number>();
  words.forEach((word, at) => {
    if (!BREAK_WORDS.has(word)) return;
    for (let index = at - 1; index >= Math.max(0, at - ADJUNCT_REACH); index--)
      if (BREAK_OPENERS.has(words[index] ?? '')) {
        for (let each = index; each <= at; each++) dropped.add(each);
        return;
      }
  });
  return words.filter((_word, at) => !dropped.has(at));
}

/** Words that open a clause of time after the question: "…, voordat ik naar de pleinwacht ga". */
const TIME_CLAUSE_WORDS: ReadonlySet<string> = new Set(['voordat', 'nadat', 'before', 'after']);

/**
 * The words without a clause of time that follows what is done: "Ik vergrendel mijn pc voordat ik
 * naar het plein ga voor pleinwacht" asks about locking the pc; the duty says when. A clause runs
 * to the end of the question (its words carry no commas); a labour matter stays a topic in it, and
 * a question that opens with the clause keeps all its words.
 * @example withoutTimeClause(['vergrendel', 'pc', 'voordat', 'pleinwacht'], () => false) // ['vergrendel', 'pc']
 */
function withoutTimeClause(
  words: readonly string[],
  isLabour: (word: string) => boolean,
): string[] {
  const at = words.findIndex((word, index) => index > 0 && TIME_CLAUSE_WORDS.has(word));
  if (at === -1) return [...words];
  return [...words.slice(0, at), ...words.slice(at + 1).filter(isLabour)];
}

/** Words that ask for a number: "hoeveel", "how many". */
const HOW_MANY: ReadonlySet<string> = new Set(['hoeveel', 'many']);
/**
 * People and pages counted: the policy sets no class sizes, no number of escorts or trainees and
 * no copying quota ("Hoeveel kinderen mogen er in een klas?"); it does set times ("binnen hoeveel
 * uur"), which are not here.
 */
const COUNTED: ReadonlySet<string> = new Set([
  'leerlingen',
  'kinderen',
  'kids',
  'ouders',
  'studenten',
  'stagiairs',
  'stagiaires',
  'begeleiders',
  'leerkrachten',
  'collegas',
  'groepen',
  'klassen',
  'paginas',
  'kopieen',
  'pupils',
  'children',
  'parents',
  'students',
  'teachers',
  'pages',
  'copies',
]);

/**
 * Parents are counted when they sign ("hoeveel ouders moeten tekenen?", a consent question), so
 * only "hoeveel ouders moeten er mee" counts them as a headcount: with "er"/"there" soon after.
 */
const SIGNING: ReadonlySet<string> = new Set(['ouders', 'parents']);
const THERE: ReadonlySet<string> = new Set(['er', 'there']);
const THERE_REACH = 3;

/**
 * The counted word of a "how many people or pages" question: a frame outside the policy.
 * @example headcountWords(['hoeveel', 'kinderen', 'mogen', 'er', 'in', 'een', 'klas']) // ['kinderen']
 */
function headcountWords(words: readonly string[]): string[] {
  return words.filter(
    (word, at) =>
      COUNTED.has(word) &&
      HOW_MANY.has(words[at - 1] ?? '') &&
      (!SIGNING.has(word) ||
        words.slice(at + 1, at + 1 + THERE_REACH).some((next) => THERE.has(next))),
  );
}

/** Words for a message to parents or colleagues: what it is "over" is its subject. */
const MESSAGE_WORDS: ReadonlySet<string> = new Set([
  'mail',
  'mailen',
  'mailtje',
  'mailt',
  'email',
  'emailen',
  'nieuwsbrief',
  'bericht',
  'berichtje',
  'brief',
  'newsletter',
  'message',
  // A post or a comment online says something as a mail does: "een facebookpost over …".
  'post',
  'posts',
  'postje',
  'facebookpost',
  'instapost',
  'tweet',
  'comment',
]);
const ABOUT_WORDS: ReadonlySet<string> = new Set(['over', 'about']);
/**
 * Words that open an indirect question after "over" / "about": "een post over hoe slecht die
 * nieuwe methode is" has all of that clause as its subject, however long.
 */
const INDIRECT_QUESTION_WORDS: ReadonlySet<string> = new Set([
  'hoe',
  'wat',
  'waarom',
  'welke',
  'how',
  'what',
  'why',
  'which',
]);

/**
 * The words outside the subject of a message: "Ik mail de ouders over de luizencontrole, mag dat
 * in het Aan-veld?" asks how to mail, not about lice.
 */
function withoutMessageSubject(
  words: readonly string[],
  isLabour: (word: string) => boolean,
): string[] {
  if (!words.some((word) => MESSAGE_WORDS.has(word))) return [...words];
  const indirect = words.findIndex(
    (word, at) => ABOUT_WORDS.has(word) && INDIRECT_QUESTION_WORDS.has(words[at + 1] ?? ''),
  );
  const told =
    indirect === -1
      ? words
      : [...words.slice(0, indirect + 1), ...words.slice(indirect + 1).filter(isLabour)];
  return withoutAdjuncts(told, ABOUT_WORDS, true, isLabour);
}

/** Verbs of sending or sharing a file: "ik stuur de powerpoint naar het team". */
const SEND_WORDS: ReadonlySet<string> = new Set([
  'stuur',
  'stuurt',
  'sturen',
  'verstuur',
  'versturen',
  'mail',
  'mailen',
  'mailt',
  'deel',
  'deelt',
  'delen',
  'send',
  'sending',
  'share',
  'sharing',
  'upload',
  'uploaden',
]);
/** Programs whose files are sent: as the thing sent, a file, not a question on using them. */
const FILE_PROGRAM_WORDS: ReadonlySet<string> = new Set(['powerpoint', 'excel']);
/** What a program's file is called after the program: "een Excel-lijstje", "een Excelbestand". */
const FILE_TAILS: ReadonlySet<string> = new Set([
  'lijst',
  'lijstje',
  'bestand',
  'bestandje',
  'document',
  'sheet',
  'overzicht',
  'tabel',
  'file',
  'list',
]);

/**
 * A program's file named after it ("een Excel-lijstje met alle wachtwoorden"): a file that holds
 * something, not a question on using the program.
 */
function isProgramFile(word: string): boolean {
  return [...FILE_PROGRAM_WORDS].some(
    (program) => word.startsWith(program) && FILE_TAILS.has(word.slice(program.length)),
  );
}

/** What a sent file is "van" / "over" / "of" / "about" is its subject. */
const FILE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['van', 'over', 'of', 'about']);

/**
 * The words without a program file that is sent and what it is of: "ik stuur de powerpoint van de
 * studiedag naar het team" asks about sending a file, not about PowerPoint or the study day. With
 * nothing sent ("de powerpoint loopt vast") they stay.
 */
function withoutSentFile(words: readonly string[], isLabour: (word: string) => boolean): string[] {
  if (
    !words.some((word) => SEND_WORDS.has(word)) ||
    !words.some((word) => FILE_PROGRAM_WORDS.has(word))
  )
    return [...words];
  return withoutAdjuncts(
    words.filter((word) => !FILE_PROGRAM_WORDS.has(word)),
    FILE_SUBJECT_OPENERS,
    true,
    isLabour,
  );
}

/** Verbs of handing something over: with the sending verbs, what comes "naar" / "aan" receives it. */
const HAND_OVER_WORDS: ReadonlySet<string> = new Set([
  ...SEND_WORDS,
  'doorsturen',
  'doorstuur',
  'geef',
  'geeft',
  'geven',
  'doorgeven',
  'meegeven',
  'give',
  'giving',
  'forward',
  'email',
  'emailen',
]);
/** Words that open the receiver of what is sent or given: "naar de opvang", "aan de BSO", "to the club". */
const RECEIVER_OPENERS: ReadonlySet<string> = new Set(['naar', 'aan', 'to']);

/**
 * The words without the receiver of what is sent or handed over: "Ik mail de lijst met allergieën
 * naar de kinderopvang" asks about sending a list to a third party, not about childcare. With
 * nothing sent or given ("hoe laat gaat de opvang open") the words stay; a labour matter stays a
 * topic there too ("ik stuur mijn ziekmelding naar de arbodienst").
 */
function withoutReceiver(words: readonly string[], isLabour: (word: string) => boolean): string[] {
  if (!words.some((word) => HAND_OVER_WORDS.has(word))) return [...words];
  return withoutAdjuncts(words, RECEIVER_OPENERS, true, isLabour);
}

/**
 * People of the building's trades: the cleaner who finds a printout or is handed a key is who
 * the question is about, not the cleaning. Their work itself ("schoonmaak", "schoonmaken") stays
 * an outside topic.
 */
const BUILDING_PEOPLE: ReadonlySet<string> = new Set([
  'schoonmaker',
  'schoonmakers',
  'schoonmaakster',
  'schoonmaaksters',
  'cleaner',
  'cleaners',
]);

/**
 * Words for teaching: what a lesson is "over" is what the children learn, not what the question
 * asks of the policy ("een lesmethode over mediawijsheid en online privacy").
 */
const TEACHING_WORDS: ReadonlySet<string> = new Set([
  'les',
  'lessen',
  'lesje',
  'lesgeven',
  'lesmethode',
  'lesmateriaal',
  'lesbrief',
  'lespakket',
  'lesson',
  'lessons',
  'teach',
  'teaching',
]);

/**
 * The words outside the subject of a lesson: a privacy word there is what the children learn
 * about ("een les over online privacy"), so it keeps no teaching question in scope. A lesson
 * named without "over" ("foto's gebruiken in een les") keeps all its words.
 */
function withoutLessonSubject(words: readonly string[]): string[] {
  if (!words.some((word) => TEACHING_WORDS.has(word))) return [...words];
  return withoutAdjuncts(words, ABOUT_WORDS, true, () => false);
}

/** Screens and boards: what they show is their picture ("beeld"), not a photo of anyone. */
const DISPLAY_WORDS: ReadonlySet<string> = new Set([
  'digibord',
  'smartboard',
  'beamer',
  'projector',
  'scherm',
  'beeldscherm',
  'monitor',
  'tv',
  'televisie',
  'screen',
  'display',
]);
/** The picture a screen gives, in Dutch the same word as an image of someone. */
const PICTURE_WORDS: ReadonlySet<string> = new Set(['beeld']);

/**
 * The words without the picture of a screen: "het digibord geeft geen beeld" asks about the board,
 * not about images of pupils; "leerlingen in beeld" with no screen named keeps "beeld".
 */
function withoutScreenPicture(words: readonly string[]): string[] {
  if (!words.some((word) => DISPLAY_WORDS.has(word))) return [...words];
  return words.filter((word) => !PICTURE_WORDS.has(word));
}

/** A film as something watched: a streaming service or channel, or its subtitles. */
const WATCHED_SOURCES: readonly string[] = [
  'netflix',
  'youtube',
  'disney',
  'videoland',
  'schooltv',
  'npo',
  'spotify',
  'ondertitel',
  'subtitle',
];
/** Words for a film or a clip: a recording of people only when it is made or put online. */
const FILM_WORDS: ReadonlySet<string> = new Set([
  'film',
  'films',
  'filmpje',
  'filmpjes',
  'video',
  'videos',
  'movie',
  'movies',
  'clip',
  'clips',
]);
/** Verbs of recording or putting online: then the film shows someone, whatever it comes from. */
const RECORDING_WORDS: ReadonlySet<string> = new Set([
  'filmen',
  'gefilmd',
  'opnemen',
  'opgenomen',
  'maken',
  'gemaakt',
  'zetten',
  'plaatsen',
  'posten',
  'uploaden',
  'delen',
  'record',
  'recorded',
  'post',
  'upload',
  'share',
]);

/**
 * The words without a film that is watched: "een film van Netflix in de klas laten zien" shows a
 * film, no recording of pupils. A film made or put online ("een filmpje van de klas op YouTube
 * zetten") keeps its word.
 * @example withoutWatchedFilm(['film', 'van', 'netflix', 'laten', 'zien']) // ['van', 'netflix', 'laten', 'zien']
 */
function withoutWatchedFilm(words: readonly string[]): string[] {
  const isWatched = words.some((word) => WATCHED_SOURCES.some((source) => word.startsWith(source)));
  if (!isWatched || words.some((word) => RECORDING_WORDS.has(word))) return [...words];
  return words.filter((word) => !FILM_WORDS.has(word));
}

/** The regulator's name: "Autoriteit Persoonsgegevens" names an authority, no one's data. */
const REGULATOR_NAMES: readonly (readonly [string, string])[] = [
  ['autoriteit', 'persoonsgegevens'],
  ['dutch', 'dpa'],
];

/**
 * The words without the regulator's name: "een verzekering die een boete van de Autoriteit
 * Persoonsgegevens dekt" asks about insurance, though the name says "persoonsgegevens".
 * @example withoutRegulatorName(['boete', 'autoriteit', 'persoonsgegevens']) // ['boete', 'autoriteit']
 */
function withoutRegulatorName(words: readonly string[]): string[] {
  return words.filter(
    (word, at) =>
      !REGULATOR_NAMES.some(([first, second]) => word === second && words[at - 1] === first),
  );
}

/** Verbs of putting software on a device: installing or downloading it. */
const INSTALL_ROOTS: readonly string[] = ['install', 'geinstall', 'download', 'gedownload'];

/**
 * The words without a screen or board where software is installed ("mag ik een programma
 * installeren op de digibord pc", "op de pc van het digibord", "download an app on the
 * smartboard"): installing software on a school device is the policy's question, the board only
 * says which device. A board named without installing ("het digibord doet het niet") stays.
 * @example withoutInstallDevice(['programma', 'installeren', 'op', 'het', 'digibord']) // ['programma', 'installeren', 'op', 'het']
 */
function withoutInstallDevice(words: readonly string[]): string[] {
  if (!words.some((word) => INSTALL_ROOTS.some((root) => word.startsWith(root)))) return [...words];
  return words.filter(
    (word) => ![...DISPLAY_WORDS].some((board) => word === board || word.startsWith(board)),
  );
}

/**
 * Whether a question names a privacy topic outright ("foto", "dossier", "datalek"), or one of the
 * board's in-scope words: evidence, next to what the entries match, that it is a policy question.
 */
export function createPrivacyTopicFinder(
  board: Pick<PackWords, 'inScope'>,
  canonicalWord: (word: string) => string | undefined,
): (words: readonly string[]) => boolean {
  const privacy = privacyStems([...PRIVACY_WORDS, ...board.inScope]);
  // "privacyreglement", "datalekprotocol": a core privacy word heads the compound.
  const heads = privacyStems(PRIVACY_CORE_WORDS).tails;
  const isHeaded = (word: string) =>
    heads.some((head) => word.length >= head.length + MIN_HEADED_REST && word.startsWith(head));
  return (words) =>
    withoutWatchedFilm(withoutScreenPicture(words)).some(
      (word) => isPrivacyWord(word, privacy, canonicalWord) || isHeaded(word),
    );
}

/** Verbs of setting a device or program up, and of getting one: what IT help does. */
const SETUP_WORDS: ReadonlySet<string> = new Set([
  'installeer',
  'installeren',
  'installeert',
  'installing',
  'koppel',
  'koppelen',
  'aansluiten',
  'install',
  'connect',
]);
const GET_WORDS: ReadonlySet<string> = new Set([
  ...SETUP_WORDS,
  'zetten',
  'kopen',
  'bestellen',
  'downloaden',
  'buy',
  'order',
  'download',
]);
const HOW_WORDS: ReadonlySet<string> = new Set(['hoe', 'how']);
/** What makes an account or device one's own: "mijn privé Gmail", "my personal laptop". */
const OWN_WORDS: ReadonlySet<string> = new Set([
  'prive',
  'eigen',
  'persoonlijke',
  'personal',
  'private',
  'own',
]);
/**
 * Verbs of getting one's own account or device working again: "hoe krijg ik mijn account terug",
 * "how do I speed it up". The policy says whom to call for the school's own; one's own is IT help.
 */
const REPAIR_WORDS: ReadonlySet<string> = new Set([
  'reset',
  'resetten',
  'herstel',
  'herstellen',
  'terug',
  'backup',
  'back',
  'opruimen',
  'ruim',
  'sneller',
  'speed',
  'recover',
]);
const WHICH_WORDS: ReadonlySet<string> = new Set(['welke', 'which', 'what']);
/** Asking leave, not advice: "welke apps mag ik installeren?" is a policy question. */
const MAY_WORDS: ReadonlySet<string> = new Set(['mag', 'mogen', 'may', 'allowed', 'toegestaan']);
/** How far after "hoe" the setting-up verb stands: "hoe installeer ik", "how do I connect". */
const HOW_REACH = 3;

/**
 * The verb of a how-to for setting something up ("Hoe installeer ik de printer op mijn laptop?",
 * "How do I connect…") or for repairing one's own account or device ("How do I reset the password
 * of my personal Instagram?"), or of a product to choose ("Welke virusscanner moet ik op mijn
 * laptop zetten?"): general IT help, not the policy. Asking leave ("welke apps mag ik
 * installeren?", "mag ik Zoom installeren?") is no such question; a privacy word keeps it in scope
 * as for any topic.
 * @example setupWords(['hoe', 'installeer', 'ik', 'de', 'printer']) // ['installeer']
 */
function setupWords(words: readonly string[]): string[] {
  if (words.some((word) => MAY_WORDS.has(word))) return [];
  const how = words.findIndex((word) => HOW_WORDS.has(word));
  const setup =
    how === -1
      ? undefined
      : words.slice(how + 1, how + 1 + HOW_REACH).find((word) => SETUP_WORDS.has(word));
  if (setup !== undefined) return [setup];
  // "Hoe reset ik het wachtwoord van mijn eigen Instagram?": repairing one's own account or device.
  const repair =
    how !== -1 && words.some((word) => OWN_WORDS.has(word))
      ? words.slice(how + 1).find((word) => REPAIR_WORDS.has(word))
      : undefined;
  if (repair !== undefined) return [repair];
  // Put "op" a device ("op mijn laptop zetten"); "in het verslag zetten" puts no program anywhere.
  const choice = WHICH_WORDS.has(words[0] ?? '')
    ? words.find(
        (word, at) =>
          GET_WORDS.has(word) && (word !== 'zetten' || words.slice(0, at).includes('op')),
      )
    : undefined;
  return choice === undefined ? [] : [choice];
}

/**
 * The asker as the subject of a how-to: "hoe maak ik", "hoe zetten we", "how do I" (the question's
 * words drop a lone letter, so English is read from its "do").
 */
const ASKER_WORDS: ReadonlySet<string> = new Set(['ik', 'we', 'wij', 'do']);

/**
 * Whether a question asks how to do something oneself ("Hoe exporteer ik een groepsoverzicht uit
 * ESIS naar Excel?", "How do I make a chart in ESIS?"): how to work a program, which its helpdesk
 * answers. Asking leave ("hoe mag ik …") is no such question.
 * @example asksHowToDo(['hoe', 'vul', 'ik', 'in', 'esis', 'een', 'groepsplan', 'in']) // true
 */
export function asksHowToDo(words: readonly string[]): boolean {
  if (words.some((word) => MAY_WORDS.has(word))) return false;
  const how = words.findIndex((word) => HOW_WORDS.has(word));
  return (
    how !== -1 && words.slice(how + 1, how + 1 + HOW_REACH).some((word) => ASKER_WORDS.has(word))
  );
}

/** Programs the domains list as IT help, which staff may ask leave to install. */
const PROGRAM_WORDS: ReadonlySet<string> = new Set([...FILE_PROGRAM_WORDS, 'zoom']);

/**
 * Whether a program is what is installed, not a question on using it: "Ik installeer even Zoom op
 * de pc in mijn lokaal" asks about installing software, which the policy rules. A how-to ("hoe
 * installeer ik Zoom?") stays IT help (setupWords).
 */
function isInstalledProgram(word: string, words: readonly string[]): boolean {
  return (
    PROGRAM_WORDS.has(word) &&
    words.some((each) => SETUP_WORDS.has(each)) &&
    !words.some((each) => HOW_WORDS.has(each))
  );
}

/** Words for disputing a decision: a complaint, an objection, an appeal, disagreeing with it. */
const DISPUTE_WORDS: ReadonlySet<string> = new Set([
  'klacht',
  'klachten',
  'klagen',
  'klaagt',
  'bezwaar',
  'oneens',
  'complain',
  'complaint',
  'appeal',
  'disagree',
  'disagrees',
]);
/** "het niet eens zijn met": disagreeing in two or three words. */
const AGREE_WORDS: ReadonlySet<string> = new Set(['eens']);
/**
 * A school's judgement of a pupil's or a colleague's work, as roots: a mark, the report's grade,
 * the advice for secondary school, an appraisal, keeping a child back a year.
 */
const JUDGEMENT_ROOTS: readonly string[] = [
  'cijfer',
  'rapportcijfer',
  'schooladvies',
  'advies',
  'adviseren',
  'beoordeling',
  'zittenblijven',
  'doubleren',
  'doublure',
  'grade',
];
/** English judgement words that would be roots of others ("market", "holder"): whole words only. */
const JUDGEMENT_WORDS: ReadonlySet<string> = new Set(['mark', 'marks', 'advice', 'held', 'hold']);
/** Verbs of handing data on or changing it: what is done with a mark, not the mark itself. */
const HANDLING_WORDS: ReadonlySet<string> = new Set([
  ...HAND_OVER_WORDS,
  'doorgestuurd',
  'verwijderen',
  'aanpassen',
  'corrigeren',
  'wijzigen',
  'publiceren',
  'bewaren',
  'delete',
  'correct',
]);

/**
 * The judgement a question disputes: "Een ouder is het niet eens met het rapportcijfer en wil een
 * klacht indienen", "Kunnen de ouders bezwaar maken tegen het schooladvies?", "appeal the decision
 * to hold my child back". Whether a mark or an advice is fair is the school's teaching, which its
 * complaints procedure handles, not the privacy policy. Objecting to a mark being sent on ("bezwaar
 * tegen het doorsturen van het schooladvies") or asking to correct one is a data question and keeps
 * its words.
 * @example disputedJudgementWords(['klacht', 'over', 'het', 'cijfer']) // ['cijfer']
 */
function disputedJudgementWords(words: readonly string[]): string[] {
  const isDisputed = words.some(
    (word, at) =>
      DISPUTE_WORDS.has(word) ||
      // "niet eens met", "het er niet mee eens"
      (AGREE_WORDS.has(word) && words.slice(Math.max(0, at - 2), at).includes('niet')),
  );
  if (!isDisputed || words.some((word) => HANDLING_WORDS.has(word))) return [];
  return words.filter(
    (word) => JUDGEMENT_WORDS.has(word) || JUDGEMENT_ROOTS.some((root) => word.startsWith(root)),
  );
}

/** Words that open a condition: "…, als er een datalek is", "… if their data leaked". */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['als', 'indien', 'wanneer', 'if', 'when']);

/**
 * The words before a condition that follows the asking clause, when every money word is there:
 * "krijgen ouders een schadevergoeding als hun gegevens bij een datalek zijn uitgelekt" asks about
 * the compensation. A question that opens with its condition ("als er een datalek is, wat …"), or
 * an outside word in the condition itself, keeps all its words.
 * @example askingClause(['wie', 'betaalt', 'als', 'er', 'een', 'datalek', 'is'], ['betaalt']) // ['wie', 'betaalt']
 */
export function askingClause(words: readonly string[], outside: readonly string[]): string[] {
  // "…en wanneer moest het rond zijn" asks a second question; it opens no condition.
  const at = words.findIndex(
    (word, index) =>
      index > 0 && CONDITION_WORDS.has(word) && !AND_WORDS.has(words[index - 1] ?? ''),
  );
  if (at === -1) return [...words];
  // "…als ik daar bel, en mag ik in Esis kijken?": what follows "en" is asked again.
  const end = words.findIndex((word, index) => index > at && AND_WORDS.has(word));
  const asking = [...words.slice(0, at), ...(end === -1 ? [] : words.slice(end))];
  return outside.every((word) => asking.includes(word)) ? asking : [...words];
}

/** A compound headed by a core privacy word has at least this much after it: "privacyreglement". */
const MIN_HEADED_REST = 4;

/** The words of a question that name a topic outside the policy (see createOffTopicFinder). */
export type OffTopicFinder = (
  words: readonly string[],
  isKnownWord?: (word: string) => boolean,
) => string[];

/**
 * Privacy words that name an act, not data: asking consent is a privacy question only when what
 * is consented to is personal data ("toestemming voor foto's", not "toestemming voor de gymzaal").
 * ("bewaren" was tried here too: it declined an in-scope question about keeping sick notes.)
 */
const PRIVACY_ACT_STEMS: ReadonlySet<string> = new Set(['toestemming'].map(stemDutch));
/** A privacy word this long names data also inside a compound ("schoolfotograaf"). */
const MIN_DATA_PART = 4;

/**
 * A privacy word ("foto", "dossier") keeps a topic in scope ("ziekteverzuim van een leerling in het
 * dossier" is about the dossier); a money or camera question, or a topic the board lists as outside
 * its policy, stays out of scope unless a core privacy word or one of the board's in-scope words is
 * named.
 * @param board The board's own topics outside (`outOfScope`) and inside (`inScope`) its policy.
 * @param canonicalWord The index word of a synonym, so "kiekje" counts as "foto".
 * @example createOffTopicFinder(NO_PACK_WORDS, canonical)(['hoeveel', 'vakantiedagen']) // ['vakantiedagen']
 * @example createOffTopicFinder(NO_PACK_WORDS, canonical)(['fotos', 'ouderavond']) // []
 */
export function createOffTopicFinder(
  board: Pick<PackWords, 'outOfScope' | 'inScope'>,
  canonicalWord: (word: string) => string | undefined,
): OffTopicFinder {
  const lifted = new Set(board.inScope);
  const topics = rootSet(Object.values(OUT_OF_SCOPE_ROOTS).flat(), OUT_OF_SCOPE_WORDS, lifted);
  const labour = rootSet(OUT_OF_SCOPE_ROOTS.werk ?? [], [], lifted);
  const frames = rootSet(
    [...Object.values(OUT_OF_SCOPE_FRAME_ROOTS).flat(), ...board.outOfScope],
    [],
    lifted,
  );
  const privacy = privacyStems([...PRIVACY_WORDS, ...board.inScope]);
  const core = privacyStems([...PRIVACY_CORE_WORDS, ...board.inScope]);
  // "schoolfotograaf" names photos inside it: a consent for the photographer is one for photos.
  const dataParts = [...privacy.stems].filter(
    (stem) => stem.length >= MIN_DATA_PART && !PRIVACY_ACT_STEMS.has(stem),
  );
  const isActWord = (word: string) => {
    const canonical = canonicalWord(word) ?? word;
    return PRIVACY_ACT_STEMS.has(stemDutch(canonical)) || PRIVACY_ACT_STEMS.has(stemDutch(word));
  };
  return (words, isKnownWord = () => false) => {
    const isLabour = (word: string) => isInDomain(word, labour, isKnownWord);
    // "een les over online privacy" teaches privacy; it asks nothing of the policy.
    // The regulator's name keeps no outside topic in scope: "Autoriteit Persoonsgegevens" is a name.
    const told = withoutLessonSubject(
      withoutInstallDevice(
        withoutWatchedFilm(withoutScreenPicture(withoutRegulatorName(withoutSpeakerRole(words)))),
      ),
    );
    // "tijdens de lunchpauze" says when, not what is asked; so does "on holiday".
    const asked = withoutAdjuncts(
      withoutTimeClause(withoutBreakAdjunct(withoutTripAdjunct(told)), isLabour),
      WHEN_WORDS,
      false,
      isLabour,
    );
    const outsideSubject = withoutReceiver(
      withoutSentFile(withoutMessageSubject(asked, isLabour), isLabour),
      isLabour,
    );
    const topicWords = [
      ...outsideSubject.filter(
        (word) =>
          !isProgramFile(word) &&
          !BUILDING_PEOPLE.has(word) &&
          !isInstalledProgram(word, asked) &&
          isInDomain(word, topics, isKnownWord),
      ),
      // "Hoe installeer ik de printer?", "Welke virusscanner moet ik nemen?": IT help.
      ...setupWords(asked),
    ];
    // "een mail over het kamp en de kosten" asks how to mail, whatever the mail says about money.
    const frameWords = [
      ...outsideSubject.filter((word) => isInDomain(word, frames, isKnownWord)),
      ...headcountWords(asked),
      ...disputedJudgementWords(asked),
    ];
    if (topicWords.length === 0 && frameWords.length === 0) return [];
    // "Krijgen ouders een schadevergoeding als er een datalek was?" asks about money: the privacy
    // words of the condition after it say when, so only the asking clause can keep it in. A topic
    // is what the condition is about ("welke lesmethode, als er leerlingdossiers in staan?").
    const asking = topicWords.length === 0 ? askingClause(told, frameWords) : told;
    // A consent names no data of its own: "toestemming voor de gymzaal" is about the
    // gym, so only a privacy word beside the act keeps an outside topic in scope.
    const namesData = asking.some(
      (word) =>
        !isActWord(word) &&
        (isPrivacyWord(word, privacy, canonicalWord) ||
          dataParts.some((part) => word.includes(part))),
    );
    if (asking.some((word) => isPrivacyWord(word, core, canonicalWord)))
      return namesData ? [] : [...new Set(topicWords)];
    return [...new Set(namesData ? frameWords : [...topicWords, ...frameWords])];
  };
}

/**
 * Organisations in staff's private lives, and the medical records they keep: a question about what
 * the GP or the football club does with one's own data is a privacy question, but not about the
 * board's policy ("Mijn huisarts heeft mijn dossier naar een verkeerd adres gestuurd"). Roots, so
 * "voetbalvereniging" and "vaccinatiegegevens" count too.
 */
const ELSEWHERE_ROOTS: readonly string[] = [
  'huisarts',
  'tandarts',
  'ziekenhuis',
  'apotheek',
  'zorgverzekeraar',
  'verzekeraar',
  'sportclub',
  'voetbalclub',
  'hockeyclub',
  'vereniging',
  'sportschool',
  'webshop',
  'supermarkt',
  'dentist',
  'hospital',
  'insurer',
  'club',
  // One's own or one's child's medical records (vaccinations) are kept by the GGD or the GP.
  'vaccin',
  'inenting',
];
/** Roots that only start such a word: "bankrekening" is the bank's, "databank" is no bank. */
const ELSEWHERE_HEADS: readonly string[] = ['bank'];
/**
 * Words that put the question at school: then such an organisation is a third party the school
 * deals with ("de adreslijst van de klas naar de voetbalclub"), and the policy does cover it.
 */
const SCHOOL_ROOTS: readonly string[] = [
  'school',
  'klas',
  'groep',
  'leerling',
  'pupil',
  'class',
  'collega',
  'colleague',
  'leerkracht',
  'teacher',
  'directie',
  'directeur',
  'juf',
  'meester',
  // The school's own parents' bodies, though "vereniging" and "raad" end their names.
  'oudervereniging',
  'ouderraad',
];
const MIN_ROOT_IN_COMPOUND = 4;
/**
 * Words that put school beside one's own doings, not around them: "mijn eigen webshopje naast
 * school", "a shop besides my job at school" is a business of one's own, whatever school it is next to.
 */
const BESIDE_WORDS: ReadonlySet<string> = new Set(['naast', 'besides']);
/** How far before the school word such a word may stand ("naast mijn werk op school"). */
const BESIDE_REACH = 4;

const hasRoot = (word: string, roots: readonly string[]) =>
  roots.some(
    (root) =>
      word === root ||
      (root.length >= MIN_ROOT_IN_COMPOUND && (word.startsWith(root) || word.endsWith(root))),
  );

/**
 * The words of a question that name an organisation of staff's private lives, when nothing in it
 * is about school: such a question is off-topic however much privacy it names.
 * @example elsewhereWords(['mijn', 'huisarts', 'heeft', 'mijn', 'dossier', 'verstuurd']) // ['huisarts']
 * @example elsewhereWords(['adreslijst', 'van', 'de', 'klas', 'naar', 'de', 'voetbalclub']) // []
 */
export function elsewhereWords(words: readonly string[]): string[] {
  const isBeside = (at: number) =>
    words.slice(Math.max(0, at - BESIDE_REACH), at).some((word) => BESIDE_WORDS.has(word));
  if (words.some((word, at) => hasRoot(word, SCHOOL_ROOTS) && !isBeside(at))) return [];
  return words.filter(
    (word) =>
      hasRoot(word, ELSEWHERE_ROOTS) || ELSEWHERE_HEADS.some((head) => word.startsWith(head)),
  );
}

/**
 * Organisations beside the school that keep data of their own, under their own privacy rules: the
 * youth health service, after-school care, the special-needs partnership, youth care, the
 * municipality. What the school gives them is a policy question; what they keep, is theirs.
 */
const KEEPER_ROOTS: readonly string[] = [
  'ggd',
  'jeugdgezondheidszorg',
  'consultatiebureau',
  'bso',
  'kinderopvang',
  'samenwerkingsverband',
  'jeugdzorg',
  'gemeente',
  'daycare',
];
/** Verbs for keeping or handling data, in the forms with a third party as their subject. */
const KEEP_VERBS: ReadonlySet<string> = new Set([
  'bewaart',
  'bewaren',
  'bewaard',
  'verwerkt',
  'verwerken',
  'keeps',
  'keep',
  'store',
  'stores',
  'handle',
  'handles',
]);
/** Their privacy rules as a document: "het privacyreglement van het samenwerkingsverband". */
const RULES_WORDS: ReadonlySet<string> = new Set([
  'privacyreglement',
  'privacyverklaring',
  'privacystatement',
  'privacybeleid',
  'reglement',
  'privacy',
]);
const ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 'hun', 'zijn', 'the', 'their', 'its']);
const OF_WORDS: ReadonlySet<string> = new Set(['van', 'of']);

/**
 * The organisation of a question about how another organisation keeps its own records: "Hoe lang
 * bewaart de GGD het dossier van het gezondheidsonderzoek?", "Wat staat er in het privacyreglement
 * van het samenwerkingsverband?". A question where the school keeps or gives the data ("Hoe lang
 * bewaren wij de gegevens van de GGD?", "Mogen we de lijst aan de GGD geven?") names none.
 * @example keptElsewhereWords(['hoe', 'lang', 'bewaart', 'de', 'ggd', 'het', 'dossier']) // ['ggd']
 */
export function keptElsewhereWords(words: readonly string[]): string[] {
  const isKeeper = (word: string | undefined) =>
    word !== undefined && KEEPER_ROOTS.some((root) => word === root || word.startsWith(root));
  const after = (at: number) => {
    let next = at + 1;
    while (ARTICLES.has(words[next] ?? '')) next++;
    return next;
  };
  const found = new Set<string>();
  words.forEach((word, at) => {
    // "bewaart de GGD": the organisation is the verb's subject, right after it; "(does) the GGD
    // keep", "de GGD bewaart": right before it.
    if (KEEP_VERBS.has(word) && isKeeper(words[after(at)])) found.add(words[after(at)] as string);
    if (isKeeper(word) && KEEP_VERBS.has(words[at + 1] ?? '')) found.add(word);
    // "het privacyreglement van het samenwerkingsverband": its own rules.
    if (
      RULES_WORDS.has(word) &&
      OF_WORDS.has(words[at + 1] ?? '') &&
      isKeeper(words[after(at + 1)])
    )
      found.add(words[after(at + 1)] as string);
  });
  return [...found];
}
