// Words that say nothing about the topic of a question, in Dutch and English. Removing them lets
// the content words decide both the match and the confidence.
import { FILLER_WORDS } from '../../shared/policy/lexicon/informal-words';

// "Toegestaan" frames a question as "mag" and English "allowed" do: "USB-sticks toegestaan?".
const DUTCH = `de het een en of ik je jij u we wij ze zij hij mij me mn mijn jouw jullie onze ons uw
hun hen hem haar zich is zijn ben bent was waren wordt worden werd word heb hebt heeft hebben had
kan kun kunt kunnen mag mogen moet moeten wil wilt willen zal zult zullen zou zouden doe doet doen
dat die dit deze wat wie hoe waar wanneer welke welk waarom als dan te van voor naar op in uit aan
met bij om over tot door er daar hier nog al ook maar wel eens even eigenlijk precies nou
toch dus zo heel erg veel meer iets niks niets alles iemand ieder elke elk weer laat laten gaan gaat
ga hoeveel hoelang hoe lang wel graag mogelijk ok oke hoi hallo beste dag daarmee daarvoor waarmee
waarvoor worden geweest bedoeld bedoelt verstaan betekent betekenen houdt inhouden vanaf sinds volgens misschien werkt krijgen zit zitten staan staat sta kun kunnen al alle wordt mee
tijdens gedurende toen terwijl omdat want zodat nadat voordat tegen heen waarbij
moest moesten mocht mochten kon konden wilde wilden wou toegestaan`;

const ENGLISH = `the a an i me my we us our you your he she it its they them their is are was were be
been being do does did doing can could may might must should would will shall have has had to of in
on at for with from by about as into than then that this these those what which who whom how when
where why or and but if there here any some all just also more only own same too very up
out over again get got im its whats please tell cant cannot dont doesnt wont anymore ive
exactly really actually during while after before problem problems issue issues thing things okay ok fine
something anything someone anyone she her hers him his allowed ask asked asks asking want wants
wanted need needs`;

// Verbs that tell how a story goes, not what it is about ("ik kreeg een mail", "nu zie ik dat",
// "wat gebeurt er", "I saw that", "do I have to show it"). The knowledge base rarely uses them, so
// they would weigh as telling words and pull a question to whichever entry happens to use one.
const STORY_VERBS = `kreeg kregen gekregen zie ziet zagen gezien kwam kwamen gekomen zegt zeggen zei
zeiden gezegd denk denkt denken dacht dachten gedacht weet weten wist wisten geweten leek leken lijkt
lijken hoor hoort hoorde hoorden gehoord ging gingen deed deden stond stonden soms ergens
show shows showed shown gets came come comes said say says think thinks thought know knows
knew seem seems seemed krijg komen zat voelt`;

// How staff open and frame a question, not what it is about: a greeting, "ik vroeg me af", "wat
// staat er allemaal in", "waar moet ik op letten", "teveel" ("te veel"), chat's "vd" ("van de"),
// spoken "eh", "um" and "echt", pronominal adverbs ("erin", "daarover"), "there's", "dingen"
// ("persoonlijke dingen"), "verder" ("verder nog iets"), and "time"
// ("what time is it"; "in time" is said by the words around it). Not "af" or "toe": "af en toe"
// asks how often.
const FRAMING = `goedemorgen goeiemorgen goedemiddag goeiemiddag goedenavond vroeg afvragen afgevraagd
allemaal wondering wonder wondered morning letten opletten teveel vd vh eh ehm euh uh uhm um umm hmm
echt theres thats heres erin erop eraan erover ervan erbij ermee erna ervoor erachter erdoor erom
ertoe daarin daarop daaraan daarover daarvan daarbij daarna na time verder ding dingen dingetje
dingetjes`;

// How staff say when they plan to do something or when it happens, not what it is: "ik stuur
// zometeen…", "I'm gonna post it tonight", "yesterday", and a quantifier that only sizes the object
// ("een paar mappen"). What the plan is about (its object, its channel) decides the entry.
const INTENTION = `zometeen zodadelijk dadelijk straks vanmiddag vanavond vannacht today
tonight tomorrow yesterday gonna wanna going paar`;

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...`${DUTCH} ${ENGLISH} ${STORY_VERBS} ${FRAMING} ${INTENTION}`
    .split(/\s+/)
    .filter((word) => word !== ''),
  // Chat fillers ("ff", "gwn") are policy-pack data: staff's shorthand changes faster than Dutch.
  ...FILLER_WORDS,
]);

/** Word pairs and triples that frame a plan ("ik ben van plan om", "I'm about to", "op het punt"). */
const FRAMING_PHRASES: readonly (readonly string[])[] = [
  ['van', 'plan'],
  ['op', 'het', 'punt'],
  ['about', 'to'],
  ['going', 'to'],
  ['planning', 'to'],
  ['plan', 'to'],
  ['intend', 'to'],
  ['intending', 'to'],
  ['like', 'to'],
  ['let', 'me'],
  // "ik stuur even snel…", "I'll just quickly post…": haste, not "hoe snel" (how soon).
  ['even', 'snel'],
  ['snel', 'even'],
  ['ff', 'snel'],
  ['snel', 'ff'],
  ['just', 'quickly'],
  ['quickly', 'just'],
  // "Should I do anything else?", "Is er verder nog iets?": asks for more of the same, no topic.
  ['anything', 'else'],
  // "What is OSO used for?" asks what it is, not about any use.
  ['used', 'for'],
  // "Which kind of information …?", "what sort of data": the English frame, not the Dutch "kind"
  // (child). Only after an English question word, so "een kind of een ouder" keeps its child.
  ...['what', 'which'].flatMap((asking) =>
    ['kind', 'kinds', 'sort', 'sorts', 'type', 'types'].map((noun) => [asking, noun, 'of']),
  ),
];

/** "I'll", "we'd", "I've", "they're": the pronoun without its verb, so "I'll" is no "ill". */
const CONTRACTION = /(?<=[a-z])['’‘](?:ll|d|ve|re|m)\b/gi;

/** @example withoutContractions("I'll post it, we'd like to") // 'I post it, we like to' */
export function withoutContractions(text: string): string {
  return text.replace(CONTRACTION, '');
}

/**
 * The folded words without the phrases that only say a plan is coming: "ik ben van plan de
 * klassenlijst te mailen" asks about mailing the class list, not about any "plan".
 * @example withoutFramingPhrases(['im', 'planning', 'to', 'post', 'photos']) // ['im', 'post', 'photos']
 */
export function withoutFramingPhrases(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (let at = 0; at < words.length; at++) {
    const phrase = FRAMING_PHRASES.find((each) =>
      each.every((word, offset) => words[at + offset] === word),
    );
    if (phrase) at += phrase.length - 1;
    else kept.push(words[at] as string);
  }
  return kept;
}

/** Articles after "in" that make "aan" a noun: "in de 'aan'" is the To field of a mail. */
const FIELD_ARTICLES: ReadonlySet<string> = new Set(['de', 'het', 't']);

/**
 * The folded words with "aan" read as the To field ("aanveld") where it stands as a noun after
 * "in de" / "in het": "alle ouders in de 'aan' zetten" asks about BCC. "aan" elsewhere stays the
 * particle or preposition it is ("iets aan de ouders vragen").
 * @example withFieldNames(['ouders', 'in', 'de', 'aan', 'zetten']) // ['ouders', 'in', 'de', 'aanveld', 'zetten']
 */
export function withFieldNames(words: readonly string[]): string[] {
  return words.map((word, at) =>
    word === 'aan' && FIELD_ARTICLES.has(words[at - 1] ?? '') && words[at - 2] === 'in'
      ? 'aanveld'
      : word,
  );
}

/** How an English question asks what something is: "what is …", "what are …", "what's …". */
const WHAT_IS: readonly (readonly string[])[] = [['what', 'is'], ['what', 'are'], ['whats']];
/** A "what is … for?" this long asks the purpose of one thing, not a list of uses. */
const MAX_PURPOSE_QUESTION_WORDS = 8;

/**
 * The folded words with the stranded "for" of "What is this policy for?" read as the purpose it
 * asks ("What is the purpose of this policy?"). "What do we need consent for?" asks which things,
 * no purpose, and keeps its "for".
 * @example withPurposeAsked(['what', 'is', 'this', 'policy', 'for']) // ['what', 'is', 'this', 'policy', 'purpose']
 */
export function withPurposeAsked(words: readonly string[]): string[] {
  const asksWhatIs = WHAT_IS.some((opener) => opener.every((word, at) => words[at] === word));
  if (!asksWhatIs || words.at(-1) !== 'for' || words.length > MAX_PURPOSE_QUESTION_WORDS)
    return [...words];
  return [...words.slice(0, -1), 'purpose'];
}
