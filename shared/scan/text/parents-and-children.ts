// The parent-child link: a parent's health or money trouble with their child spoken of, a child
// affected by the writer's own situation, what a parent reported of a child, and "the parents'
// children" in general. Ties evidence about a parent to the pupil it concerns.
import { PARENT_SITUATION_TERMS } from '../../policy/lexicon/sensitive-topics';
import { ADMISSION_TERMS } from './admissions';
import { ONE_PARENT_WORDS } from './parent-words';
import { PARENT_VIOLENCE_TERM } from './parent-violence';
import { isAsciiLower } from './chars';
import { NAME_BEFORE_CLASS, type PersonMention } from './person-mentions';
import { hasSentenceEnd, sentenceStartOf } from './sentences';
import { type SensitiveEvidence, SELF_REACH, SENTENCE_REACH } from './sensitive-hits';
import { isBeforeClass, NEGATIONS, isWordBefore, firstNameOf } from './words-around';

/** Parent words after "Oliver's": "Oliver's dad". */
const PARENTS_AFTER = ['dad', 'mum', 'mom', 'father', 'mother', 'parents', 'papa', 'mama'];
/** Parent words before "van Lieke": "moeder van Lieke". */
const PARENTS_BEFORE = ['vader', 'moeder', 'papa', 'mama', 'ouders'];

/**
 * A correspondent's name that the text calls someone's child ("Tom Grant (Oliver's dad)" from the
 * family address "Oliver Grant", "de moeder van Lieke") is that child, a person spoken of: the
 * set without such names (the same set when there are none).
 */
export function withoutParentsChildren(
  people: ReadonlySet<string> | undefined,
  folded: string,
): ReadonlySet<string> | undefined {
  if (!people || people.size === 0) return people;
  const children = [...people].filter((name) => isParentsChild(folded, name));
  if (children.length === 0) return people;
  return new Set([...people].filter((name) => !children.includes(name)));
}

function isParentsChild(folded: string, name: string): boolean {
  for (let at = folded.indexOf(name); at >= 0; at = folded.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (at > 0 && isAsciiLower(folded.charCodeAt(at - 1))) continue;
    const apostrophe = folded.charCodeAt(end);
    if (
      (apostrophe === 39 || apostrophe === 0x2019) &&
      folded.startsWith('s ', end + 1) &&
      PARENTS_AFTER.some(
        (word) =>
          folded.startsWith(word, end + 3) &&
          !isAsciiLower(folded.charCodeAt(end + 3 + word.length)),
      )
    )
      return true;
    if (
      !isAsciiLower(folded.charCodeAt(end)) &&
      PARENTS_BEFORE.some((word) => {
        const from = at - word.length - 5;
        return (
          folded.startsWith(`${word} van `, from) &&
          (from === 0 || !isAsciiLower(folded.charCodeAt(from - 1)))
        );
      })
    )
      return true;
  }
  return false;
}

/** A parent taken away by the police ("zijn vader is opgepakt en zit vast") is their own too. */
const PARENT_SITUATIONS = new Set<string>([
  ...PARENT_SITUATION_TERMS,
  ADMISSION_TERMS.taken,
  PARENT_VIOLENCE_TERM,
]);
/** The writer, who is a parent when they speak of their own situation next to a child. */
const WRITER_WORDS = new Set(['ik', 'mijn', 'i', 'my']);
/** A parent word, one parent or the household: "vader", "ouders", "het gezin", "dhr." */
export const PARENT_WORDS = new Set([
  ...ONE_PARENT_WORDS,
  'ouders',
  'gezin',
  'familie',
  'parents',
  'family',
  // "dhr. Vaessen … huisverbod": a titled adult next to the situation is the parent.
  'dhr',
  'mevrouw',
  'meneer',
  'mr',
  'mrs',
]);
/** Words before a child's name: "de moeder van Lina", "the father of Kofi". */
const PARENT_OF = [
  'moeder van ',
  'vader van ',
  'ouders van ',
  'mama van ',
  'papa van ',
  'mother of ',
  'father of ',
  'parents of ',
  'mum of ',
];
/** Words for a child (not for its family): "zoon", "leerling", "daughter". */
const CHILD_WORDS = [
  'leerling',
  'zoon',
  'dochter',
  'kind',
  'kleuter',
  'jongen',
  'meisje',
  'broertje',
  'zusje',
  'pupil',
  'son',
  'daughter',
  'child',
  'kid',
  'student',
  'boy',
  'girl',
];

/** Characters between a parent word and the parent's situation ("vader … aangehouden"). */
const PARENT_REACH = 120;

/**
 * Proceedings a court or the police hold over a child's care: custody, supervised contact, a
 * report for truancy. Told by the school ("de rechter heeft bepaald dat Noa alleen begeleid contact
 * heeft met vader"), they are the pupil's file, as a divorce is; a parent telling of their own case
 * ("mijn ex en ik staan voor de rechtbank") makes them that parent's data as well.
 */
const PROCEEDINGS_OVER_A_CHILD = new Set([
  'rechtbank',
  'rechter heeft',
  'over het gezag',
  'gezagsprocedure',
  'begeleid contact',
  'proces-verbaal',
]);

/**
 * "de vader van Milan is aangehouden": a parent's own situation is the parent's sensitive data as
 * well as the child's file; returns the parent word that makes it so.
 */
export function parentWordNear(
  folded: string,
  found: SensitiveEvidence,
  isWriterProfessional = false,
): string | undefined {
  if (!PARENT_SITUATIONS.has(found.term)) return undefined;
  // "Er is geen contactverbod", "there is no restraining order": a measure said not to exist.
  if (NEGATIONS.some((word) => folded.startsWith(word, found.start - word.length)))
    return undefined;
  const around = folded.slice(Math.max(0, found.start - PARENT_REACH), found.end + PARENT_REACH);
  const parent = around.split(/[^a-z]+/).find((word) => PARENT_WORDS.has(word));
  if (parent && !PROCEEDINGS_OVER_A_CHILD.has(found.term)) return parent;
  // "sander en ik zijn uit elkaar … lieke": a parent writing about their own situation and child.
  // A writer who signs with a care or school role ("Leerplichtambtenaar", "jeugdarts") writes of
  // the proceeding as a professional: "zet ik het traject richting proces-verbaal on hold".
  if (isWriterProfessional) return undefined;
  const writer = around.split(/[^a-z]+/).find((word) => WRITER_WORDS.has(word));
  return writer ? writerCue(writer) : undefined;
}

/**
 * Words before a parent that make them the one who reports: "afgemeld door moeder (griep)",
 * "called in by his mother (asthma attack)".
 */
const REPORTED_BY = [
  ' door ',
  ' door zijn ',
  ' door haar ',
  ' by ',
  ' by his ',
  ' by her ',
  ' by their ',
  ' via ',
];
/** Pronouns in a note that point back at the child: "moeder (operatie aan zijn amandelen)". */
const CHILDS_PRONOUNS = /(?:^|[^a-z])(?:zijn|haar|hij|zij|ze|his|her|he|she)(?=$|[^a-z])/;
/** Characters of a parenthesised note read for such a pronoun. */
const NOTE_REACH = 60;

/**
 * "zorgt voor broertje tijdens ziekenhuisopnames moeder (chemo)", "while mother (cancer) is in
 * hospital": a health note in brackets right after one parent word, as in a list's reason column,
 * is that parent's condition (as well as the child's home situation); returns the parent word. A
 * parent who reports ("afgemeld door moeder (buikgriep)") or a note on the child ("moeder
 * (operatie aan zijn amandelen)") leaves it the child's.
 */
export function parentNotedBefore(folded: string, found: SensitiveEvidence): string | undefined {
  if (found.category !== 'health' || !folded.startsWith(' (', found.start - 2)) return undefined;
  const end = found.start - 2;
  let start = end;
  while (start > 0 && isAsciiLower(folded.charCodeAt(start - 1))) start--;
  const word = folded.slice(start, end);
  if (!ONE_PARENT_WORDS.has(word)) return undefined;
  if (REPORTED_BY.some((words) => folded.startsWith(words, start - words.length))) return undefined;
  const note = folded.slice(found.start, found.start + NOTE_REACH);
  const close = note.indexOf(')');
  return CHILDS_PRONOUNS.test(close < 0 ? note : note.slice(0, close)) ? undefined : word;
}

/**
 * Health or money trouble of a parent ("moeder", "mum") with a child of theirs spoken of, and the
 * mail saying what it means for the child (saysChildsSide).
 */
export function childOfParent(
  folded: string,
  found: SensitiveEvidence,
  mentions: readonly PersonMention[],
  /** saysChildsSide for this text, looked up once per text by the caller. */
  isChildsSideSaid: () => boolean,
): string | undefined {
  const isFamilyMatter =
    found.category === 'health' || found.category === 'home' || PARENT_SITUATIONS.has(found.term);
  // "zorgt voor zijn moeder" is no child, nor is "leerkracht groep 6": a child word must be there.
  const hasChild = mentions.some(
    (mention) =>
      (mention.kind === 'pupil' &&
        !mention.isClass &&
        CHILD_WORDS.some((word) => folded.startsWith(word, mention.start))) ||
      // "De moeder van Lina en Rayan": the children named after their parent.
      (mention.kind === 'name' &&
        PARENT_OF.some((words) => folded.startsWith(words, mention.start - words.length))) ||
      // "Kim (group 5) is worried about her mum": a named child by their class.
      (mention.kind === 'name' &&
        (mention.cue === NAME_BEFORE_CLASS || isBeforeClass(folded, mention.start))),
  );
  if (!isFamilyMatter || !hasChild) return undefined;
  if (!isChildsSideSaid()) return undefined;
  const from = Math.max(0, found.start - PARENT_REACH);
  const around = folded.slice(from, found.end + PARENT_REACH);
  // "Mijn moeder heeft de diagnose Alzheimer": the writer's own parent, a grown-up's, is no child's.
  const parent = /[a-z]+/g;
  for (let word = parent.exec(around); word; word = parent.exec(around))
    if (
      ONE_PARENT_WORDS.has(word[0]) &&
      !WRITERS_OWN.some((owner) => isWordBefore(folded, owner, from + word.index))
    )
      return word[0];
  return undefined;
}

/**
 * What a parent's own situation does to their child, said with the child as the subject: fear
 * or distress ("Ravi is er heel bang van", "Noah was quite upset", "ze geeft zichzelf de schuld")
 * or their absence ("why Noah has not been at school"). What the child knows and who collects
 * them are left out: "Lotte weet het", "haalt oma Zeynep op" are said of adults as often.
 */
const CHILD_EFFECTS = [
  'bang',
  'angstig',
  'verdrietig',
  'overstuur',
  'huilt',
  'huilde',
  // content-train-75: "Tess is er erg aanhankelijk van geworden", "Oliver is unsettled".
  'aanhankelijk',
  'geeft zichzelf de schuld',
  'unsettled',
  'scared',
  'frightened',
  'upset',
  'blames herself',
  'blames himself',
  'has not been at school',
  "hasn't been at school",
];

/**
 * What a parent's trouble means for their child, said anywhere in the text: the effects above, and
 * more loosely a change in class, absence, who looks after or collects them, a move, someone
 * keeping an eye on them. Without it a parent's detention or debts beside a child's name is the
 * parent's record.
 */
const CHILDS_SIDE = new RegExp(
  `(?:^|[^a-z])(?:${[
    ...CHILD_EFFECTS,
    'huil(?:en|end|ende|erig|bui|buien)?',
    'onrustig',
    'stil(?:ler)?',
    'teruggetrokken',
    'merk[a-z]*',
    'moe',
    'slaapt',
    'sliep',
    'concentr[a-z]*',
    'afwezig',
    'verzuim[a-z]*',
    'thuis ?gebleven',
    'extra aandacht',
    'in de gaten',
    'oogje',
    'let(?:ten)? op',
    'opvang',
    'oppas',
    'loge(?:ert|ren)',
    'bij (?:oma|opa)',
    'zorgen (?:om|over)',
    'bedplas[a-z]*',
    'plast',
    'alleen thuis',
    '(?:on)?veilig',
    'heeft het (?:er )?(?:zwaar|moeilijk)',
    'ophalen',
    'opgehaald',
    'verhuiz[a-z]*',
    'worried',
    'quiet',
    'withdrawn',
    'tired',
    'keep an eye',
    'extra attention',
    'not (?:been )?at school',
    'absent',
    'staying with',
    'affect[a-z]*',
    'struggl[a-z]*',
    'cop(?:e|ing)',
    '(?:hard|difficult) time',
    'support (?:him|her)',
    'wet(?:s|ting)? the bed',
    'home alone',
    '(?:un)?safe',
    'collect (?:him|her)',
    'must leave',
    'moving',
  ].join('|')})(?=$|[^a-z])`,
);

/** Whether the text says what a parent's trouble means for their child (CHILDS_SIDE). */
export function saysChildsSide(folded: string): boolean {
  return CHILDS_SIDE.test(folded);
}

/** Characters around the writer's own situation in which the child's sentence is read. */
const CHILD_EFFECT_REACH = 600;
/** Characters from the child's name (or "mijn zoon") to the effect it is the subject of. */
const CHILD_SUBJECT_REACH = 30;

/**
 * The writer's own health, money or legal situation ("ik heb schulden", "I'm on sick leave")
 * and, near it, their child (by name, or "mijn zoon") frightened, upset or kept from school: the
 * child's home situation, a pupil's file. Returns that evidence, tied to the child, or undefined
 * when a pupil's evidence is there already or no such sentence is.
 */
export function writersChildAffected(
  evidence: readonly SensitiveEvidence[],
  mentions: readonly PersonMention[],
  folded: string,
  people: ReadonlySet<string> | undefined,
): SensitiveEvidence | undefined {
  if (evidence.some((found) => found.subject === 'pupil')) return undefined;
  // "ik heb een gokprobleem gehad en daar zijn schulden uit gekomen", "I'm now on sick leave":
  // the writer ("ik", "I", "mijn", "my") in the term's sentence, within reach before it.
  const own = evidence.find(
    (found) =>
      found.subject === 'adult' &&
      (found.tiedTo === 'self' ||
        found.cue?.startsWith('the writer') === true ||
        mentions.some(
          (mention) =>
            mention.isFirstPerson === true &&
            mention.start < found.start &&
            found.start - mention.start <= SELF_REACH &&
            !hasSentenceEnd(folded, mention.start, found.start),
        )),
  );
  if (!own) return undefined;
  const from = Math.max(0, own.start - CHILD_EFFECT_REACH);
  const to = own.end + CHILD_EFFECT_REACH;
  for (const effect of CHILD_EFFECTS)
    for (
      let at = folded.indexOf(effect, from);
      at >= 0 && at <= to;
      at = folded.indexOf(effect, at + 1)
    ) {
      if (
        isAsciiLower(folded.charCodeAt(at - 1)) ||
        isAsciiLower(folded.charCodeAt(at + effect.length))
      )
        continue;
      // The person mentioned last before the effect, in its sentence, is who is affected.
      let last: PersonMention | undefined;
      for (const mention of mentions) {
        if (mention.start >= at) break;
        if (mention.kind !== 'self') last = mention;
      }
      if (
        last &&
        at - last.start <= CHILD_SUBJECT_REACH &&
        !hasSentenceEnd(folded, last.start, at) &&
        isChildMention(folded, last, people)
      )
        return {
          ...own,
          subject: 'pupil',
          tiedTo: last.kind,
          cue: `the writer's child: "${effect}"`,
        };
    }
  return undefined;
}

/** A child by name (not a correspondent's) or by one child word ("zoon", "daughter"; no plural). */
function isChildMention(
  folded: string,
  mention: PersonMention,
  people: ReadonlySet<string> | undefined,
): boolean {
  if (mention.isClass === true || mention.isTitle === true) return false;
  if (mention.kind === 'name')
    return (
      mention.antecedent === undefined &&
      !(people?.has(firstNameOf(folded, mention) ?? '') ?? false)
    );
  if (mention.kind !== 'pupil') return false;
  const word = /^[a-z]+/.exec(folded.slice(mention.start, mention.start + 16))?.[0] ?? '';
  return CHILD_WORDS.includes(word);
}

/** Words that make a lawyer a threat: "anders schakel ik mijn advocaat in", "or I'll call my lawyer". */
const THREAT_WORDS = [' anders ', 'otherwise', ' or else ', ' or i will ', " or i'll "];
/** A lawyer who acts for someone: "advocaat", "lawyer", "solicitor". */
const COUNSEL = new Set(['advocaat', 'lawyer', 'solicitor']);

/**
 * "there's a court thing pending … my solicitor said to tell the school", "mijn advocaat zegt …":
 * a parent who writes of their own lawyer next to their child has a legal case of their own, the
 * parent's data as well as the child's home; returns who. ("de advocaat van vader" is the parent
 * word's matter, for `parentWordNear`.)
 */
export function writersOwnCounsel(folded: string, found: SensitiveEvidence): string | undefined {
  if (!COUNSEL.has(found.term)) return undefined;
  // "Graag een reactie, anders schakel ik mijn advocaat in": a threat, no case (yet).
  const sentence = folded.slice(sentenceStartOf(folded, found.start), found.start);
  if (THREAT_WORDS.some((word) => sentence.includes(word))) return undefined;
  const owner = WRITERS_OWN.find((words) => isWordBefore(folded, words, found.start));
  return owner ? writerCue(`${owner}${found.term}`) : undefined;
}

/** The writer's own: "mijn moeder", "my dad" (a parent writes "mijn zoon", not "mijn moeder"). */
const WRITERS_OWN = ['mijn ', 'my ', "m'n "];

/** "zoon", "leerling", or a child named by their class ("Kim (group 5)"): a child is spoken of. */
export function speaksOfAChild(folded: string, mentions: readonly PersonMention[]): boolean {
  return mentions.some(
    (mention) =>
      !mention.isClass &&
      ((mention.kind === 'pupil' &&
        CHILD_WORDS.some((word) => folded.startsWith(word, mention.start))) ||
        (mention.kind === 'name' &&
          (mention.cue === NAME_BEFORE_CLASS ||
            isBeforeClass(folded, mention.start) ||
            PARENT_OF.some((words) => folded.startsWith(words, mention.start - words.length))))),
  );
}

/** How a cue names the writer as the one a situation is of: "the writer (mijn advocaat)". */
const WRITER_CUE = 'the writer (';

/** The cue of evidence tied to the writer by `words` ("ik", "mijn advocaat"). */
export function writerCue(words: string): string {
  return `${WRITER_CUE}${words})`;
}

/**
 * "After our baby was born I was diagnosed with postpartum depression and I'm seeing someone from
 * the GGZ. … Leo is happy", "Gisteren ben ik door de politie meegenomen … Mijn advocaat zegt …
 * Omar komt morgen gewoon naar school": a parent telling their own trouble, with nothing said of
 * what it means for the child. A health or home term tied to the child only as the nearest name,
 * from another sentence, is the parent's story, not the child's file: the evidence without it.
 */
export function withoutParentsStoryForChild(
  evidence: SensitiveEvidence[],
  mentions: readonly PersonMention[],
  folded: string,
  /** saysChildsSide for this text, looked up once per text by the caller. */
  isChildsSideSaid: () => boolean,
): SensitiveEvidence[] {
  const isWritersTrouble = evidence.some(
    (item) =>
      item.subject === 'adult' &&
      item.category !== 'pupil-record' &&
      (item.tiedTo === 'self' || item.cue?.includes(WRITER_CUE) === true),
  );
  if (!isWritersTrouble) return evidence;
  const isParentsStory = (item: SensitiveEvidence) =>
    item.subject === 'pupil' &&
    item.tiedTo === 'name' &&
    (item.category === 'health' || item.category === 'home') &&
    !isNamedInSentence(item, mentions, folded) &&
    !isFamilysOwn(item, folded);
  if (!evidence.some(isParentsStory) || isChildsSideSaid()) return evidence;
  return evidence.filter((item) => !isParentsStory(item));
}

/** A name (or a pronoun for one) in the term's own sentence, within a sentence's reach of it. */
function isNamedInSentence(
  item: SensitiveEvidence,
  mentions: readonly PersonMention[],
  folded: string,
): boolean {
  return mentions.some(
    (mention) =>
      Math.abs(mention.start - item.start) <= SENTENCE_REACH &&
      !mention.isClass &&
      (mention.kind === 'name' || mention.kind === 'pupil') &&
      !hasSentenceEnd(
        folded,
        Math.min(mention.start, item.start),
        Math.max(mention.start, item.start),
      ),
  );
}

/**
 * "We zijn uit ons huis gezet", "they evicted us": the family's own, the child among them. Not
 * "our" or "onze": "after our baby was born I was diagnosed …" is still the writer's.
 */
const FAMILY_WORDS = new Set(['we', 'wij', 'us']);

function isFamilysOwn(item: SensitiveEvidence, folded: string): boolean {
  return folded
    .slice(sentenceStartOf(folded, item.start), item.end)
    .split(/[^a-z]+/u)
    .some((word) => FAMILY_WORDS.has(word));
}
