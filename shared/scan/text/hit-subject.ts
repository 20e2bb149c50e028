// Whom a sensitive term is about once it is tied to a person: a pupil or an adult. subjectOf asks
// the sibling modules (the writer's own, relatives, staff measures, named adults) and else goes
// with the nearest person mentioned and the text's overall lean.
import { CHILDS_OWN_SIGNS } from '../../policy/lexicon/sensitive-topics';
import { isAsciiLower } from './chars';
import { type PersonMention } from './person-mentions';
import { hasSentenceEnd } from './sentences';
import {
  type Subject,
  REACH,
  SELF_REACH,
  type WeightedHit,
  type TextContext,
} from './sensitive-hits';
import {
  isBeforeClass,
  isNegated,
  isWordBefore,
  firstNameOf,
  isAfterArticle,
  thatClauseAfter,
} from './words-around';
import { CARE_GIVERS, isOfficerByTitle } from './roles-and-titles';
import {
  isAdultsRelative,
  isSpouseIntroduced,
  isAdultByApposition,
  isNamedAdult,
  isSpouseBefore,
} from './named-adults';
import {
  STAFF_MEASURES,
  isPendingInvestigation,
  isNearestNamedMeasured,
  isAfterPreposition,
  isClassTeacherInBrackets,
  isStaffFile,
} from './staff-measures';
import { isWritersOwn, isSelfsTerm } from './writer-own';
import {
  isWriterSeeing,
  SELF_ADJACENT,
  lastSelfBefore,
  isWriterSubjectOf,
  isWritersReceipt,
  isOnlyWriterInSentence,
  isWritersOwnSupport,
  isWritersCareVisit,
} from './writer-as-subject';

/**
 * Youth care and a child's guardian: services that exist for a child. "Moeder van Dewi heeft zelf
 * contact gezocht met het jeugdteam", "consulent jeugdteam gemeente": the parent who calls them
 * or the professional named by them is no adult with a situation of their own.
 */
const YOUTH_CARE_TERMS = new Set([
  'jeugdteam',
  'jeugdhulp',
  'jeugdzorg',
  'jeugdbescherming',
  'jeugdbescherm',
  'jeugdbeschermer',
  'gezinsvoogd',
  'voogd',
]);

/**
 * Whom a sensitive term is about. Pupil files are about pupils, HR records about adults; health and
 * home situations go with the nearest person mentioned ("juf Ellen … chemo" is an adult, "Daan …
 * ADHD" a pupil), and with the text's overall lean when that person is a bare name.
 */
export function subjectOf(
  hit: WeightedHit,
  near: PersonMention[],
  context: TextContext,
  folded: string,
  hits: readonly WeightedHit[],
): Subject | undefined {
  // "Ik ben nu 14 maanden clean en heb begeleiding": support the writer says they get is theirs.
  if (hit.category === 'pupil-record' && hit.weight === 1 && isWritersOwnSupport(hit, folded, near))
    return undefined;
  // "Voor het dossier van onze nieuwe onderwijsassistent Oksana": the file of the adult named
  // right after it, a personnel file.
  if (hit.term === 'dossier van' && isStaffFile(folded, hit)) return undefined;
  // "elf keer te laat gekomen" in a mail about a colleague: an incident word is a pupil's only in
  // a mail about pupils.
  // "De schriftelijke waarschuwing aan Ricardo … bij herhaling van het ongeoorloofd afwezig zijn":
  // what is said of a named employee under an employer's measure is no pupil's record.
  if (
    hit.category === 'pupil-record' &&
    !context.hasPupilWords &&
    isNearestNamedMeasured(hit, near, context, folded)
  )
    return undefined;
  // "wijkagent René Dols vertelt wat je doet als je fiets gestolen is": the officer's work.
  if (hit.category === 'pupil-record' && isOfficersWork(hit, near, folded)) return undefined;
  if (hit.category === 'pupil-record')
    // "ontslag na klachten over zijn gedrag": a weak pupil word in a mail about an adult's record.
    // "Jasper … kunnen we een invaller regelen … begeleiding": nor in a mail about a colleague's work.
    return (hit.isPersonal || hit.weight === 1) &&
      !context.hasPupilWords &&
      (context.leansAdult || context.hasAdultLife())
      ? undefined
      : 'pupil';
  // A weak HR word ("verzuim", "salaris") is an adult's record only in a mail about adults.
  if (hit.category === 'adult-record')
    return hit.weight === 2 || context.leansAdult ? 'adult' : undefined;
  let nearest: PersonMention | undefined;
  let nearestDistance = Infinity;
  for (const mention of near) {
    if (mention.kind === 'self' || mention.isClass) continue;
    // "onze zoon Ilyas (groep 3, juf Sanne) … in het ziekenhuis": the class's teacher, said in
    // brackets after a pupil, only places the pupil.
    if (mention.kind === 'adult' && isClassTeacherInBrackets(folded, mention.start)) continue;
    // "… start the dyslexia screening. See my notes.\nDaniel Okafor\nYear 4 teacher", "- laat ze
    // in tweetallen werken": a role word or pronoun in a later sentence (a signature's job title, the
    // next list item) speaks of someone else; an owner after the term stands in its own clause.
    if (isUnnamedAdultInLaterSentence(folded, mention, hit)) continue;
    const distance =
      mention.start < hit.start ? hit.start - mention.start : (mention.start - hit.end) * 2;
    if (distance < nearestDistance) {
      nearest = mention;
      nearestDistance = distance;
    }
  }
  // "Daan Hermans; … Asthma - inhaler in teacher bag", "Sofia … the lunch dose is given by the
  // teacher": an unnamed role word after the term handles it; whom the sentence named before has it.
  // "Lotte … aanmelden voor RT bij de remedial teacher en … een onderzoek naar dyscalculie": a
  // role word after a preposition ("bij de", "with the") is whom the care goes through.
  if (
    nearest?.kind === 'adult' &&
    !nearest.isNamed &&
    (nearest.start > hit.start || isAfterPreposition(folded, nearest.start))
  ) {
    const before = lastChildOrNameBefore(near, hit.start);
    if (before && !hasSentenceEnd(folded, before.start, hit.start)) nearest = before;
  }
  // "Sem ging stotteren … Juf Femke zei dat er een dyslexieonderzoek loopt": whoever reports a
  // fact is not whom it is about; the child or name spoken of before the reporter is.
  if (
    nearest?.kind === 'adult' &&
    nearest.start < hit.start &&
    isReportedBy(folded, nearest, hit)
  ) {
    const before = lastChildOrNameBefore(near, nearest.start);
    if (before) nearest = before;
  }
  // "Henk is op non-actief gezet … de politie heeft hem verhoord": a person an employer's measure
  // is said of is staff; their home or health situation is an adult's.
  if (
    nearest?.isNamed === true &&
    (nearest.kind === 'name' || nearest.kind === 'adult') &&
    context.measuredStaff().has(firstNameOf(folded, nearest) ?? '')
  )
    return 'adult';
  // Home situations in school mail are a pupil's, unless the mail is about an adult's records.
  if (hit.category === 'home') {
    // "wijkagent Dirk Maessen … wat de politie doet": the officer's work, nobody's situation.
    if (isNamedOfficer(nearest, folded)) return undefined;
    if (nearest?.kind !== 'pupil' && context.isAboutAdultRecords) return 'adult';
    // "dhr. H. Claessens … geschorst" in a mail about staff: a conduct measure for an adult.
    if (nearest?.kind === 'adult' && context.leansAdult && !context.hasPupilWords) return 'adult';
    // "een klacht over M. Yıldız (BS Klimop) … schorsing": a measure against named staff;
    // "hebben wij de heer Hermans per direct geschorst": against an adult by title and surname;
    // "geschorst hangende het onderzoek": a suspension while an employer investigates.
    if (
      STAFF_MEASURES.has(hit.term) &&
      ((nearest?.kind === 'adult' &&
        (nearest.isNamed || nearest.isTitle === true) &&
        !context.hasPupilWords) ||
        isPendingInvestigation(folded, hit.end))
    )
      return 'adult';
    // "Sanne (onderwijsassistent) … Ze heeft een huurachterstand … bij haar zus": only a named
    // adult and their own family are near, so it is that adult's own home.
    if (
      nearest?.kind === 'adult' &&
      nearest.isNamed &&
      near.every(
        (mention) =>
          mention.kind === 'adult' ||
          mention.kind === 'self' ||
          // "Juf Sandra van groep 2 ruikt naar drank": a class is where she teaches, no person.
          // ("onze oud-collega Henk, meester van groep 8, is overleden" is a death notice.)
          (mention.isClass === true && !DEATH_TERMS.has(hit.term)) ||
          (mention.kind === 'pupil' && isAdultsRelative(near, mention, folded)),
      )
    )
      return 'adult';
    // "Piotr Nowak, the volunteer who helps …, was arrested": the sentence's named adult.
    const named = lastChildOrNameBefore(near, hit.start);
    if (
      named?.kind === 'name' &&
      !hasSentenceEnd(folded, named.start, hit.start) &&
      isAdultByApposition(folded, named.antecedent ?? named.start, near)
    )
      return 'adult';
    // "Maricel zit echt in de problemen … bij de schuldhulp": a word that is an adult's record
    // as well as a home situation (debt help), said of a bare name in a text with no child in it,
    // is that adult's.
    if (
      nearest?.kind === 'name' &&
      !context.hasPupilWords &&
      hits.some((other) => other.start === hit.start && other.category === 'adult-record') &&
      !isBeforeClass(folded, nearest.antecedent ?? nearest.start)
    )
      return 'adult';
    // "de families Kaya, Zielińska en Amrani … omdat ze in de schuldsanering zitten": households
    // listed by their surnames are the parents, who are in debt or on benefits.
    if (nearest?.kind === 'name' && isFamilyName(folded, nearest.antecedent ?? nearest.start))
      return 'adult';
    // "Wim … sinds het overlijden van zijn vrouw": no child spoken of, an adult's life is.
    // "Zeynep (groep 5) … blauwe plekken … Toen de collega ernaar vroeg": a name given with its
    // class is a pupil, whichever colleague asked.
    if (
      (nearest?.kind === 'name' || nearest?.kind === 'adult') &&
      context.hasAdultLife() &&
      !context.hasPupilWords &&
      !(nearest.kind === 'name' && isBeforeClass(folded, nearest.antecedent ?? nearest.start))
    )
      return 'adult';
    // "sinds zijn vrouw is vertrokken": right after "vrouw" or "collega" it is an adult's home.
    // A sentence end between ends that ("… ziet de leerkracht de concentratie afnemen.\nThuissituatie:
    // …", "… tussen ons en de directeur. Na de consultatie van Veilig Thuis").
    const before = lastBefore(near, hit.start);
    if (
      !YOUTH_CARE_TERMS.has(hit.term) &&
      before?.kind === 'adult' &&
      !before.isNamed &&
      !before.isTitle &&
      hit.start - before.start <= SELF_REACH &&
      !hasSentenceEnd(folded, before.start, hit.start)
    )
      return 'adult';
    // "Bas en ik gaan uit elkaar": the writer's own relationship, with no child spoken of.
    if (!context.hasPupilWords && RELATIONSHIP_TERMS.has(hit.term) && isWritersOwn(hit, near))
      return 'adult';
    // "I was taken in by the police", "mijn advocaat zegt": with no child and nobody else near,
    // a home or legal situation the writer says of themself is the writer's, an adult's.
    // One word the writer uses near "I" may be a lesson's or an agency's ("I'd like to … the
    // police officer's visit", "ik heb Veilig Thuis gebeld"): a second situation or record of
    // the writer's ("my salary … the debts", "my lawyer") makes it theirs.
    if (
      nearest === undefined &&
      !context.hasPupilWords &&
      isWritersOwn(hit, near) &&
      hits.some(
        (other) =>
          (other.category === 'home' || other.category === 'adult-record') &&
          other.term !== hit.term &&
          Math.abs(other.start - hit.start) <= REACH &&
          isWritersOwn(other, near),
      )
    )
      return 'adult';
    // "mijn man zit in de gevangenis", "de situatie met je man en de gevangenis": a spouse's
    // trouble is an adult's, whoever the mail names besides.
    if (nearest?.kind !== 'pupil' && isSpouseBefore(folded, hit.start)) return 'adult';
    // "de oma van Tygo … ruikt naar drank", "Gerda … haar zoon … onder bewind": the named person
    // is the child's relative, or a parent themself; the adult is the sentence's subject.
    if (
      nearest?.kind === 'name' &&
      !YOUTH_CARE_TERMS.has(hit.term) &&
      isNamedAdult(folded, nearest, near, hit)
    )
      return 'adult';
    // "Mijn man Hamid … Hij is zaterdag door de politie meegenomen": the sentence speaks of a
    // spouse, named after the spouse word ("we have the appointment at the neurologist" after
    // "my husband Tom" is a child's, in a sentence of its own).
    if (
      nearest?.kind === 'name' &&
      isSpouseIntroduced(folded, nearest) &&
      !hasSentenceEnd(
        folded,
        Math.min(nearest.start, hit.start),
        Math.max(nearest.start, hit.start),
      )
    )
      return 'adult';
    // "ik heb vorige week mijn eerste gesprek gehad bij de schuldhulp": the writer received it.
    if (isWritersReceipt(folded, near, hit)) return 'adult';
    return nearest ? 'pupil' : undefined;
  }
  // "de kinderarts", "the paediatrician": care that only a child gets; "plast weer in bed", "refuses
  // to go to school": what only a child does, whoever else the sentence names.
  if (
    (CHILD_CARE_PREFIXES.some((prefix) => hit.term.startsWith(prefix)) ||
      CHILD_ONLY_SIGNS.has(hit.term)) &&
    near.length > 0
  )
    return 'pupil';
  // "Ik slaap slecht", "I have cancer": the writer says it of themself, the word right before.
  // "heb ik de medicatielijst gemaakt": after an article the term is what the writer handles.
  const self = lastSelfBefore(near, hit.start);
  if (
    hit.start - self <= SELF_ADJACENT &&
    !isAfterArticle(folded, hit.start) &&
    !isWriterSeeing(folded, self, hit.start)
  )
    return 'adult';
  // "Daan … Ik moet donderdag naar het ziekenhuis voor de uitslag van de biopsie": the writer's
  // own visit to a place of care, with nobody else in the sentence.
  if (!context.hasPupilWords && isWritersCareVisit(folded, near, hit)) return 'adult';
  // "Ik word op 2 mei aan mijn heup geopereerd", "ik ben sinds december weer onder behandeling":
  // the writer is the subject of the clause that holds the term, nobody else spoken of between.
  if (isWriterSubjectOf(folded, near, hit)) return 'adult';
  // "I had a couple of panic attacks in February", "my GP referred me to a psychologist because
  // of panic attacks": only the writer is spoken of in the term's sentence.
  // (Not in a mail that speaks of a pupil or child: a parent's "I" tells of their child there.)
  if (!context.hasPupilWords && isOnlyWriterInSentence(folded, near, hit)) return 'adult';
  // "na je operatie", "your surgery": the reader's own, whoever else the mail names.
  if (isReadersOwn(folded, near, hit)) return 'adult';
  // "Ik heb vorig jaar de diagnose MS gekregen", "I got the diagnosis in March": received by the
  // writer, with nobody else in the sentence.
  if (hit.weight === 2 && isWritersReceipt(folded, near, hit)) return 'adult';
  if (nearest?.kind === 'pupil') return 'pupil';
  // A weak health word ("therapie") near a teacher is still about the pupil unless the mail is about adults.
  // A situation ("drinkt", "trillerig") said of an adult is the adult's.
  if (nearest?.kind === 'adult')
    return hit.weight === 2 ||
      (hit.isPersonal && !nearest.isNamed) ||
      context.leansAdult ||
      context.hasAdultLife()
      ? 'adult'
      : 'pupil';
  // A bare name in school mail is most often a pupil's, unless the mail is about adults: their
  // records, or colleagues and staff rather than pupils ("Beste collega's, Marieke … hernia").
  // A name in a mail that speaks of no pupil or child but of a wife, a colleague ("Wei has
  // epilepsy … his wife's number") is an adult's.
  if (nearest?.kind === 'name')
    return !isIntroducedAsChild(folded, nearest) &&
      (context.isAboutAdultRecords ||
        (context.hasAdultLife() && !context.hasPupilWords) ||
        isNamedAdult(folded, nearest, near, hit))
      ? 'adult'
      : 'pupil';
  // "mijn burn-out": the writer themself, right before a strong term. The reader's own ("je
  // operatie") was decided above; a "je" or "you" further off is the generic you of advice ("het
  // stukje over suikerziekte kun je algemeen houden (wat doet insuline"), and "No diagnoses in the
  // file name please" says there is none.
  return hit.weight === 2 &&
    near.some((mention) => mention.isFirstPerson === true && isSelfsTerm(folded, mention, hit)) &&
    !isNegated(folded, hit.start)
    ? 'adult'
    : undefined;
}

/** Verbs of saying or thinking that "dat"/"that" follows: "zei dat", "vertelde me dat", "told me that". */
const REPORT_VERBS = new Set(
  'zei zegt zeggen vertelde vertelt meldde meldt schreef schrijft denkt dacht vermoedt said says told mentioned wrote thinks'.split(
    ' ',
  ),
);

/** The term stands in what `reporter` says, in the same sentence: "juf Femke zei dat er …". */
function isReportedBy(folded: string, reporter: PersonMention, hit: WeightedHit): boolean {
  if (hasSentenceEnd(folded, reporter.start, hit.start)) return false;
  const words = folded.slice(reporter.start, hit.start).split(/[^a-z]+/);
  return words.some((word, at) => REPORT_VERBS.has(word) && thatClauseAfter(words, at) !== -1);
}

/** An unnamed adult (a role word, a pronoun) after the term with a sentence end between them. */
function isUnnamedAdultInLaterSentence(
  folded: string,
  mention: PersonMention,
  hit: WeightedHit,
): boolean {
  return (
    mention.kind === 'adult' &&
    !mention.isNamed &&
    mention.isTitle !== true &&
    mention.start >= hit.end &&
    hasSentenceEnd(folded, hit.end, mention.start)
  );
}

/** Child words that introduce a name: "mijn dochter Sara", "our son Sam", "leerling Daan". */
const CHILD_BEFORE_NAME = [
  'dochter ',
  'dochtertje ',
  'zoon ',
  'zoontje ',
  'leerling ',
  'daughter ',
  'son ',
  'pupil ',
];

/**
 * "Ik maak me zorgen over mijn dochter Sara. … heeft ze buikpijn": a name (or a pronoun for it)
 * that a child word introduces is a child, whatever adult's record (a headscarf, a pay slip) the
 * mail holds besides.
 */
function isIntroducedAsChild(folded: string, mention: PersonMention): boolean {
  const at = mention.antecedent ?? mention.start;
  return CHILD_BEFORE_NAME.some((words) => isWordBefore(folded, words, at));
}

/**
 * Words that list households by their surnames: "de families Kaya, Zielińska en Amrani". (One
 * family, "het gezin Geurts", "pleegouders (familie Janssen)", is the home of the child spoken of.)
 */
const HOUSEHOLD_WORDS = ['families ', 'gezinnen '];
/** Characters from the household word to the last surname of its list. */
const HOUSEHOLD_REACH = 80;

/**
 * "de families Kaya, Zielińska en Amrani": whether the name at `at` is a surname in a list right
 * after a household word (only names, commas and "en"/"and" between).
 */
function isFamilyName(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - HOUSEHOLD_REACH), at);
  let best = -1;
  let length = 0;
  for (const word of HOUSEHOLD_WORDS) {
    const found = before.lastIndexOf(word);
    if (found > best && (found === 0 || !isAsciiLower(before.charCodeAt(found - 1)))) {
      best = found;
      length = word.length;
    }
  }
  if (best < 0) return false;
  const between = before.slice(best + length);
  if (between === '') return true;
  return between
    .split(/, | en | and /)
    .every((part, index, parts) =>
      index === parts.length - 1 ? part === '' : /^[a-z'-]+$/.test(part),
    );
}

/** A death said of a named adult themself is a notice, no record of theirs. */
const DEATH_TERMS = new Set(['overleden', 'overlijden']);

/** Words of the reader that own the term right after them: "je operatie", "your surgery". */
const READER_OWNERS = ['je ', 'jouw ', 'uw ', 'your '];

/** Words before "je huisarts", "your GP" that make the care giver a route, not a condition. */
const ROUTE_WORDS = ['via ', 'through '];

/**
 * The reader's own: a reader's possessive right before the term ("na je operatie"). "a referral
 * via your GP" names the way to someone else's care, not the reader's own.
 */
function isReadersOwn(folded: string, near: readonly PersonMention[], hit: WeightedHit): boolean {
  return near.some(
    (mention) =>
      mention.kind === 'self' &&
      !mention.isFirstPerson &&
      READER_OWNERS.some(
        (owner) =>
          mention.start + owner.length === hit.start && folded.startsWith(owner, mention.start),
      ) &&
      !(
        CARE_GIVERS.has(hit.term) &&
        ROUTE_WORDS.some((word) => isWordBefore(folded, word, mention.start))
      ),
  );
}

/** Home terms that are the writer's own when "ik" or "my" says them: "Bas en ik gaan uit elkaar". */
const RELATIONSHIP_TERMS = new Set([
  'uit elkaar',
  'scheiding',
  'echtscheiding',
  'gescheiden',
  'het huis uit',
  'separating',
  'separated',
  'divorce',
]);

/** Health words for a child's care: the child is who it is about, whoever else is named. */
export const CHILD_CARE_PREFIXES = ['kinder', 'jeugd', 'paediatr', 'pediatr'];

/** Signs only a child shows: wetting the bed or themself, refusing to go to school. */
const CHILD_ONLY_SIGNS = new Set(CHILDS_OWN_SIGNS);

/** The person mentioned last before `position`, leaving out the writer and classes. */
function lastBefore(near: PersonMention[], position: number): PersonMention | undefined {
  let last: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start >= position) break;
    if (mention.kind !== 'self' && !mention.isClass) last = mention;
  }
  return last;
}

/** A name a police title stands before ("wijkagent Dirk Maessen"), or a pronoun for one. */
function isNamedOfficer(mention: PersonMention | undefined, folded: string): boolean {
  return (
    mention?.kind === 'name' &&
    mention.isNamed &&
    isOfficerByTitle(folded, mention.antecedent ?? mention.start)
  );
}

/**
 * The child or name last spoken of before the term, in its sentence, is a police officer by title
 * ("wijkagent René Dols … gestolen"): the term is what they talk about, no one's record.
 */
function isOfficersWork(hit: WeightedHit, near: PersonMention[], folded: string): boolean {
  const named = lastChildOrNameBefore(near, hit.start);
  return (
    named !== undefined &&
    isNamedOfficer(named, folded) &&
    !hasSentenceEnd(folded, named.start, hit.start)
  );
}

/** The last name or pupil word before `position` (a pronoun for one included). */
function lastChildOrNameBefore(near: PersonMention[], position: number): PersonMention | undefined {
  let last: PersonMention | undefined;
  for (const mention of near) {
    if (mention.start >= position) break;
    if ((mention.kind === 'name' || mention.kind === 'pupil') && !mention.isClass) last = mention;
  }
  return last;
}
