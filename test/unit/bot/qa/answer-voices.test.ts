// How the answerer copes with the way staff really ask: spoken Dutch and typos, long situations
// with the question at the end, two questions at once, English, and what the policy does not cover.
import { createAnswerer } from '../../../../bot/qa/answerer';
import { createKnowledgeIndex } from '../../../../bot/qa/knowledge-index';
import { createLexicon } from '../../../../bot/qa/lexicon';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { kindantePack } from '../../../helpers/knowledge';

const parsed = parseConfig(EXAMPLE_CONFIG);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const answer = createAnswerer(parsed.config, kindantePack().knowledge, kindantePack().words);

describe('answering questions as staff type them', () => {
  it.each([
    ['ik ben mn ww kwijt', 'password-forgotten'],
    // "hoe vaak" run together.
    ['hoevaak vraag je ouders om toestemming voor fotos', 'photo-consent-yearly'],
    // The To line as staff name it.
    ["zet ik de hele groep ouders gwn in de 'aan'?", 'email-bcc'],
    ['ff checken, mag ik gwn alle ouders in de aan-balk zetten?', 'email-bcc'],
    ['mag de invaller mn wachtwoord gebruiken?', 'password-sharing'],
    ['wachtwoort vergete wat moet ik doen', 'password-forgotten'],
    ['datalek meldn hoe', 'breach-how-to-report'],
    // A slip in a compound's tail, and a privacy word named only with a slip.
    ['mag ik kindgegevns mailen naar de logopedist', 'email-pupil-file'],
    ['dataleck meldn', 'breach-how-to-report'],
    // "y" typed for "ij".
    ['wie is eindverantwoordelyk voor privacy binnen kindante', 'role-board'],
    // The data protection officer by its letters names the privacy topic.
    ['wie is de dpo bij ons en wat doet die persoon eigelijk', 'role-dpo'],
    // Looking along ("meekijken") in one's mail: the employer's monitoring.
    [
      'kijken ze eigenlijk mee in mn mail op t werk? vind ik wel een beetje eng',
      'monitoring-email',
    ],
    // A new online platform to share pupils' work, named by a brand the policy does not know.
    [
      'Ik wil klasbord gaan gebruiken om werkjes van de kinderen met ouders te delen. Waar moet ik aan denken voor ik begin?',
      'new-app',
    ],
    // A mobile number by its first digits, and someone else's number given on.
    [
      'een moeder vraagt ff het 06 van een andere moeder voor een speelafspraak, kan ik dat gwn geven toch?',
      'sharing-third-parties',
    ],
    ['mag ik het telefoonnummer van juf Anouk aan een ouder geven', 'sharing-third-parties'],
    // Leaving the job said as stopping (words.md): "ik stop" is "ik vertrek".
    ['Ik stop en wil mijn account laten staan', 'account-leaving'],
    // Limburg dialect: "noe" for "nu".
    [
      "In de gymzaal ligt al twee dagen een laptop van school, niemand mist 'm blijkbaar. Wat doe ik daar noe mee?",
      'breach-lost-device',
    ],
  ])('reads spoken Dutch and typos: %j', (question, expected) => {
    expect(answer(question).sources[0]?.id).toBe(expected);
  });

  it('finds the question at the end of a long situation', () => {
    const result = answer(
      'Gisteren had ik ouderavond en heb ik mijn tas in de auto laten liggen. Vanochtend was de ruit ingeslagen en de tas weg, met mijn schoollaptop erin. Wat moet ik nu doen?',
    );
    expect(result.answered).toBe(true);
    expect([result.sources[0]?.id, ...result.suggestions.map((each) => each.id)]).toContain(
      'breach-lost-device',
    );
  });

  it.each([
    // Found by the situations an entry covers, not by its sample questions.
    [
      'Gisteravond is er ingebroken op school en de computers uit het administratiekantoor zijn meegenomen. Is dat een datalek?',
      'desktop-theft',
    ],
    [
      'Een moeder kwam na schooltijd bij me en wil alles lezen wat we over haar zoon hebben opgeschreven. Mag dat zomaar?',
      'rights-inspection',
    ],
    [
      'Een collega is vorige maand vertrokken, maar ik zag dat ze nog steeds in ESIS staat en kan inloggen. Wat moet er gebeuren?',
      'esis-leaving',
    ],
    ['mn telefoon is gejat met de schoolapp erop, wat nu', 'breach-lost-device'],
    // A breach at a supplier is still one to report (questions-train-27).
    [
      'de leverancier van die leesapp zegt dat ze een lek hebben gehad, moeten wij daar nog wat mee',
      'breach-how-to-report',
    ],
    [
      'One of our software suppliers informed us they had a data breach involving pupil data. What is the school supposed to do?',
      'breach-how-to-report',
    ],
    ['ik wil mijn wachtwoord op een briefje onder mijn toetsenbord plakken', 'password-lists'],
    // A class's allergies are health data, wherever the sheet goes (questions-train-28).
    ['Excel met namen en allergieën naar mijn Gmail sturen, mag dat?', 'email-private-mail'],
    ['Can I email the allergies of my class to my Gmail?', 'email-private-mail'],
    // A note in the file is data in it (questions-train-20).
    [
      'Tijdens het gesprek eiste een vader dat een aantekening over een ruzie met de juf uit het dossier van zijn dochter wordt gewist.',
      'rights-correction',
    ],
    // A role in the board's own system, written as one word (questions-train-28).
    ['Ik wil de juiste ESIS-rol aanvragen voor onze nieuwe conciërge.', 'esis-who-may-request'],
    // Told as an intention ("ik ga straks…", "about to…"), in either language.
    [
      'ik ga straks de uitnodiging voor het kijkmoment naar alle ouders van groep 6 mailen',
      'email-bcc',
    ],
    [
      'ik zet zo de toetsuitslagen van mijn groep op een usb-stick om thuis na te kijken',
      'usb-forbidden',
    ],
    ["I'm about to send the class photo to the parents' app", 'photo-consent-yearly'],
    [
      'Someone wrote a nasty comment about our school on facebook, should I reply?',
      'social-media-negative',
    ],
    // Close calls between related entries, told apart by their situations.
    [
      'ouder heeft alleen toestemming gegeven voor de schoolgids, mag de foto dan ook op de website?',
      'photo-consent-per-purpose',
    ],
    [
      'Een juf van ons vertrekt na de kerst naar een school in een andere regio van de stichting. Wat gebeurt er met haar account?',
      'account-leaving',
    ],
    // What the caretaker may look up in ESIS is the caretaker's role, not purpose limitation;
    // an address taken from ESIS for a private card is purpose limitation.
    [
      'Die conciërge wil de telefoonnummers van ouders kunnen opzoeken in ESIS, mag dat?',
      'esis-caretaker',
    ],
    [
      'mag ik ff het adres van een ouder uit ESIS halen om een verjaardagskaartje te sturen?',
      'purpose-limitation',
    ],
    // Who can open a folder on the drive is the protected folders' question (questions-train-23).
    [
      'die map op de schijf met de zorgverslagen, wie kan daar nou eigenlijk allemaal in',
      'protected-folders',
    ],
    // A wrong recipient told as what Outlook did, never named as a breach (questions-train-30).
    [
      'Ik wilde een excel met toetsresultaten naar mijn duo-collega mailen. Outlook vulde een ouder met dezelfde voornaam in. De mail is al verzonden. Wat moet ik nu doen?',
      'breach-wrong-recipient',
    ],
    // "…, of is dat zijn eigen probleem?" names no topic: the story is the question
    // (questions-train-31), not the entry about one's own social media.
    [
      'collega heeft zn laptop in de trein laten liggen, moet ik daar iets mee of is dat zn eigen probleem',
      'breach-lost-device',
    ],
    // Spoken words for a printout and the copier (questions-train-30, -31).
    ['printje met toetsuitslagen ligt nog op de printer isdat erg', 'secure-printing'],
    [
      'mn printje met cito scores ligt nog bij de kopieermachine denk ik, boeit dat?',
      'secure-printing',
    ],
  ])('recognises the situation told: %j', (question, expected) => {
    expect(answer(question).sources[0]?.id).toBe(expected);
  });

  it('answers two questions in one sentence, also when the sentence is long', () => {
    const result = answer(
      "Moeten ouders elk jaar opnieuw toestemming geven voor foto's, en mag één ouder dat intrekken?",
    );
    expect(result.sources.map((source) => source.id)).toEqual([
      'photo-consent-yearly',
      'photo-withdraw',
    ]);
    // Two entries resting on two sections: each part cites its own.
    expect(new Set(result.parts.map((part) => part.source.section)).size).toBe(2);
  });

  it.each([
    // The second half borrows the first's words ("melden") and so ties with the first's entry on
    // them; its own words ("wie besluit", "who decides") give it an entry of its own.
    ['Binnen hoeveel uur meld ik een datalek, en wie besluit over de melding bij de AP?'],
    ['How quickly do I report a data breach and who decides if it goes to the AP?'],
  ])('answers two questions whose second borrows the topic of the first: %j', (question) => {
    expect(answer(question).sources.map((source) => source.id)).toEqual([
      'breach-72-hours',
      'breach-who-decides',
    ]);
  });

  it('reads "…, wat moet ik daarmee?" as one question, not two', () => {
    const result = answer('ouder zegt dat ze toch geen fotos meer wil, wat moet ik daarmee');
    expect(result.sources.length).toBeLessThan(2);
  });

  it('answers two questions at once from two entries, each part with its own section', () => {
    const result = answer('Wie mag een ESIS-account aanvragen en wie maakt het aan?');
    expect(result.sources.map((source) => source.id)).toEqual([
      'esis-who-may-request',
      'esis-who-creates',
    ]);
    expect(result.parts).toHaveLength(2);
    expect(result.parts.map((part) => part.source.section)).toEqual(
      result.sources.map((source) => source.section),
    );
    expect(result.answer).toContain(result.parts[1]?.answer);
  });

  it('answers an unsure in-scope question from the best entry and offers the next ones', () => {
    const result = answer(
      'Bij ons op school hangen de wachtwoorden van het digibord op een briefje naast het bureau. Kinderen kunnen het lezen. Mag dat?',
    );
    expect(result).toMatchObject({ answered: true, confidence: 'low' });
    expect(result.sources[0]?.id).toBe('password-lists');
    expect(result.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
    expect(result.suggestions.map((each) => each.id)).not.toContain('password-lists');
  });

  it('offers the runner-up as a button when it is as good as the answer and rests on another section', () => {
    const result = answer('Hoe vaak moet mijn ESIS-wachtwoord veranderen?');
    expect(result).toMatchObject({ answered: true, confidence: 'low' });
    const [first] = result.sources;
    const offered = result.suggestions.map((each) => each.id);
    expect([first?.id, ...offered]).toEqual(
      expect.arrayContaining(['password-change', 'esis-security']),
    );
    expect(result.suggestions.some((each) => each.section !== first?.section)).toBe(true);
  });

  it('prefers the entries about a system of the board the question names (words.md in-scope)', () => {
    expect(answer('Who creates an ESIS account for a new colleague?').sources[0]?.id).toMatch(
      /^esis-/,
    );
    // The topic still decides: sharing a password is password-sharing, ESIS or not.
    expect(answer('Mag ik mijn ESIS-wachtwoord aan een collega geven?').sources[0]?.id).toBe(
      'password-sharing',
    );
  });

  it('answers a picked entry ("Bedoel je" button) in the language of the card', () => {
    const result = answer('', { entryId: 'photo-no-names', language: 'en' });
    expect(result).toMatchObject({ answered: true, confidence: 'high', language: 'en' });
    expect(result.sources[0]?.id).toBe('photo-no-names');
    expect(result.suggestions).toEqual([]);
  });

  it.each([
    ['someone stole my work laptop from my car', 'breach-lost-device'],
    ['Can I send a pupil’s file by email to the youth doctor?', 'email-pupil-file'],
    ['Am I allowed to share my password with the substitute teacher?', 'password-sharing'],
    // "safe", "secure" and "securely" are "veilig", as the Dutch entries say it.
    ['Is it safe to work on pupil files from home?', 'working-from-home'],
    // "What is … for?" asks the purpose; "actually" is as empty as "eigenlijk".
    ['What is the privacy policy actually for?', 'policy-goals'],
    // The asking clause decides, the forgotten password is what happened.
    ['the substitute forgot her password, can she use my login?', 'password-sharing'],
    // "kicks me out" is being logged out.
    ['why does ESIS keep kicking me out?', 'esis-security'],
    // A taxi is a public place, as a train is (the board's words).
    ['I left my work phone in a taxi last night, what should I do?', 'breach-lost-device'],
  ])('answers English as Dutch, in English: %j', (question, expected) => {
    const result = answer(question);
    expect(result.language).toBe('en');
    expect(result.sources[0]?.id).toBe(expected);
  });

  it.each([
    ['hoeveel vakantiedagen heb ik dit jaar nog?'],
    ['wanneer wordt het salaris overgemaakt deze maand?'],
    ['de printer op de gang doet het niet, wie kan helpen?'],
    ['Hoe reset ik mijn wachtwoord van Netflix?'],
    ['Mag mijn werkgever mijn contract zomaar niet verlengen?'],
    ['How many sick days am I entitled to?'],
    // Close-sounding: a privacy-ish word (mail, AFAS, scherm) next to a topic the policy leaves out.
    ['Hoeveel vakantiedagen heb ik nog over en waar kan ik dat in AFAS zien?'],
    ['Can I get my salary slip sent to my private email?'],
    ['Hoe vraag ik ouderschapsverlof aan via de mail?'],
    ['Hoe deel ik mijn scherm in Teams tijdens een vergadering?'],
    ['Hoe hoog is de ouderbijdrage dit schooljaar?'],
    ['Wie is de BHV’er op onze locatie?'],
    ['Gaan we mee staken en krijgen we dan wel salaris?'],
    ['Mag ik mijn auto op het schoolplein parkeren?'],
    // Domains by root, not by phrase: forms and compounds no list spells out.
    ['Wanneer is de volgende luizencontrole?'],
    ['Mijn headset hapert tijdens het videobellen'],
    ['Waar is de verzamelplaats als er brand uitbreekt?'],
    // A money or camera question stays out of scope next to an everyday privacy word.
    ["Wat kosten de foto's van de schoolfotograaf voor de ouders?"],
    ['Hoeveel budget heeft de schoolbibliotheek dit jaar voor nieuwe boeken?'],
    ['Waar vind ik de begroting en de jaarcijfers van onze school?'],
    ['Mogen we bewakingscamera’s ophangen op het schoolplein?'],
    // "bij wie" is no separable verb "bijwerken": the question matches no entry by accident.
    ['Ik wil minder gaan werken, bij wie vraag ik dat aan?'],
  ])('declines what the policy does not cover, pointing to the privacy officer: %j', (question) => {
    const result = answer(question);
    expect(result).toMatchObject({ answered: false, confidence: 'none', suggestions: [] });
    expect(result.answer).toMatch(/privacy/i);
  });

  it.each([
    // A domain word as circumstance or next to a privacy word keeps the question in scope.
    ['Mag ik tijdens de lunchpauze mijn scherm open laten staan?', 'screen-lock'],
    [
      'Mag de dagplanning met zorgnotities na schooltijd op mijn bureau blijven liggen?',
      'clean-desk',
    ],
    ['Hoe lang moeten we de ziekmeldingen van leerlingen bewaren?', 'retention-absence'],
    ['Mag de schoolfotograaf de adressen van de ouders krijgen?', 'sharing-third-parties'],
    ['Mag ik zelf Zoom installeren op mijn schoollaptop?', 'install-software'],
  ])('answers a close-sounding policy question: %j', (question, expected) => {
    expect(answer(question).sources[0]?.id).toBe(expected);
  });

  it('answers a dead heat within one section with "Bedoel je" rather than with confidence', () => {
    const result = answer('hoe lang mogen we die oude leerlinggegevens eigenlijk houden dan');
    expect(result.confidence).toBe('low');
    expect([result.sources[0]?.id, ...result.suggestions.map((each) => each.id)]).toEqual(
      expect.arrayContaining(['retention-general', 'retention-reunion']),
    );
  });

  it('lets the asking sentence of a story decide between entries the story matches alike', () => {
    const result = answer(
      'We hebben een nieuwe collega die vanaf maandag invalt in groep 6. Ze heeft nog geen account. Wie moet haar in ESIS aanmaken?',
    );
    expect(result.sources[0]?.id).toBe('esis-who-creates');
  });

  it.each([
    // Said as what one is about to do: the action and its object decide, not "ik ga zo".
    [
      'ik ga zo even de rapporten naar mijn hotmail sturen om thuis af te maken',
      'email-private-mail',
    ],
    ['Ik wil straks de hele klas mailen over de excursie, moeten de ouders in bcc?', 'email-bcc'],
    ['mag ik even de toetsresultaten op een usb-stick zetten?', 'usb-forbidden'],
    ['Ik wil een foto van mijn groep op mijn eigen facebook zetten', 'photo-own-social-media'],
  ])('answers a question phrased as an intention: %j', (question, expected) => {
    const result = answer(question);
    expect(result.answered).toBe(true);
    expect(result.sources[0]?.id).toBe(expected);
  });

  it.each([
    // "niet" and "geen" are kept: without them these read as their opposites.
    [
      'Hoeft er geen toestemming te zijn voor foto’s die ik alleen in de les gebruik?',
      'photo-no-consent-needed',
    ],
    ['Als ik een datalek niet op tijd meld, wat kan dat kosten?', 'breach-fine'],
  ])('reads a negation: %j', (question, expected) => {
    expect(answer(question).sources[0]?.id).toBe(expected);
  });

  it.each([
    // Labour law, holidays, pay, sick leave, general IT help: not in the privacy policy.
    ['Mag ik tijdens de staking mijn leerlingen thuis laten?'],
    ['Hoeveel dagen zwangerschapsverlof heb ik als ik in mei uitgerekend ben?'],
    ['Wanneer is de herfstvakantie dit jaar?'],
    ['Wie betaalt de reiskosten naar de studiedag?'],
    ['Ik voel me niet lekker, bij wie meld ik me ziek?'],
    ['Word ik doorbetaald als ik langer dan een jaar ziek ben?'],
    ['Outlook blijft vastlopen als ik een bijlage open, wat nu?'],
  ])('declines a close-sounding question outside the policy: %j', (question) => {
    expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });

  it.each([
    // A story's verbs ("kreeg", "zag", "show") tell how it went, not what it is about.
    [
      'Ik kreeg een mail van de helpdesk en heb op de link mijn wachtwoord ingevuld. Achteraf bleek het een nepmail. Wat nu?',
      'breach-how-to-report',
    ],
    [
      'I typed my password into a fake login page from a phishing mail. What now?',
      'breach-how-to-report',
    ],
    [
      "A divorced father without custody asked me for his son's report, do I have to show it?",
      'rights-parent-without-custody',
    ],
  ])('reads the topic of a story, not how it is told: %j', (question, expected) => {
    expect(answer(question)).toMatchObject({
      answered: true,
      confidence: 'high',
      sources: [expect.objectContaining({ id: expected })],
    });
  });

  it.each([
    // Greetings, "ik vroeg me af", "ehm", "um, there's": how a spoken question opens.
    [
      'ehm ja goedemorgen, ik vroeg me af hoe lang een cryptshare link geldig is',
      'email-cryptshare-expiry',
    ],
    ["um, there's a data breach I think, who do I call?", 'breach-how-to-report'],
    // Chat spellings and keyword questions.
    ['bsnummer in een mailtje, mag dat', 'email-bsn'],
    ['cryptshare verloopdatum', 'email-cryptshare-expiry'],
  ])('reads spoken openings, chat spellings and keywords: %j', (question, expected) => {
    expect(answer(question).sources[0]?.id).toBe(expected);
  });

  it.each([
    // What staff are about to do, in either language: the place and the tool decide.
    ['ik print zo de rapporten van groep 7 op de printer van school', 'secure-printing'],
    ["I'm printing the reports on the school printer in a minute", 'secure-printing'],
    ['ik zet de leerlinggegevens straks even in mijn google drive', 'working-from-home'],
    ["I'm about to put the pupil data in my Dropbox", 'working-from-home'],
    ['ik maak vanavond een whatsappgroep met de ouders van groep 5', 'social-media-contact'],
    ["I'm setting up a WhatsApp group with the parents of my class", 'social-media-contact'],
  ])('answers an intention from the entry about that tool: %j', (question, expected) => {
    expect(answer(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: expected })],
    });
  });

  it.each([
    // Words that staff mostly use when they ask what the policy does not cover: a device's brand
    // and delivery, a gym kit, new laptops for the team, a hacked private mailbox (outside-words.ts).
    [
      'Ik krijg een nieuwe laptop van de zaak. Mag ik zelf een merk kiezen en hoe lang duurt de levering?',
    ],
    [
      'Een leerling heeft voor de derde keer zijn gymkleren vergeten. Mag ik hem laten meedoen in zijn gewone kleren of moet ik de ouders bellen?',
    ],
    [
      'Welke nieuwe laptops krijgen de leerkrachten volgend schooljaar, en mogen we kiezen tussen Windows en Mac?',
    ],
    ['Mijn privé Gmail-account is gehackt, hoe krijg ik het terug?'],
  ])('declines a question told in the words of outside topics: %j', (question) => {
    expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });

  it.each([
    // …while words staff use about the policy keep a short, spoken question in (no dead end).
    ['mag ik in de pauze ff insta checken op de schoolcomputer', 'internet-use'],
  ])('answers a spoken question told in the words of policy topics: %j', (question, expected) => {
    expect(answer(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: expected })],
    });
  });

  it('answers whether internet use is tracked from the monitoring entry, internet at work one button away', () => {
    // The monitoring entry describes the situation ("wordt mijn internetgebruik gecontroleerd");
    // the learned order still doubts it, so the entry on internet at work stays a "Bedoel je" button.
    const found = answer('wordt ons internetgebruik bijgehouden op school');
    expect(found).toMatchObject({
      answered: true,
      confidence: 'low',
      sources: [expect.objectContaining({ id: 'monitoring-internet' })],
    });
    expect(found.suggestions.map((each) => each.id)).toContain('internet-use');
    expect(answer('wordt mijn internetgebruik gecontroleerd?')).toMatchObject({
      confidence: 'high',
      sources: [expect.objectContaining({ id: 'monitoring-internet' })],
    });
  });

  it('asks for positive evidence of a policy topic, not only a word an entry happens to use', () => {
    // No domain list names first aid; the matched words are incidental, so the gate declines.
    const result = answer('Een kind is van het klimrek gevallen en bloedt, wat moet ik doen?');
    expect(result).toMatchObject({ answered: false, confidence: 'none', suggestions: [] });
  });
});

describe('positive evidence of a policy question', () => {
  const { knowledge, words } = kindantePack();
  const parsedConfig = parseConfig(EXAMPLE_CONFIG);
  if (!parsedConfig.ok) throw new Error(parsedConfig.errors.join('\n'));
  // A gate that lets everything through: what is left is the answerer's own rule.
  const permissive = createAnswerer(parsedConfig.config, knowledge, words, {
    scopeGate: () => true,
  });

  it.each([
    ['Can I claim travel expenses for the training day?'],
    ['Hoe laat begint de training morgen?'],
  ])(
    'declines, whatever the gate says, a question that matches nothing its best entry is about and names no privacy topic: %j',
    (question) => {
      expect(permissive(question)).toMatchObject({ answered: false, confidence: 'none' });
    },
  );

  it('reads a pupil report by its name as a privacy topic, not a lesson plan', () => {
    const answer = createAnswerer(parsedConfig.config, knowledge, words);
    expect(
      answer(
        'Ik wil vanmiddag het onderwijskundig rapport van een leerling naar het sbo sturen. Hoe doe ik dat op een veilige manier?',
      ).answered,
    ).toBe(true);
    expect(
      answer(
        'Hoe zet ik voor onze combinatiegroep 3-4-5 het beste de groepsplannen op, zodat ik niet drie keer instructie moet geven?',
      ).answered,
    ).toBe(false);
  });

  it('still answers a question about what the entry is about', () => {
    expect(permissive('Mag ik mijn wachtwoord aan een collega geven?').sources[0]?.id).toBe(
      'password-sharing',
    );
  });
});

describe('plans: the object and the channel decide, not the framing', () => {
  it.each([
    ['ik ben van plan de toetsuitslagen naar de cloud te uploaden', 'working-from-home'],
    ["I'm planning to put the pupil reports in iCloud", 'working-from-home'],
    ['ik sta op het punt om het handelingsplan naar de logopedist te mailen', 'email-pupil-file'],
    ["I'm about to email the care plan of a pupil to the speech therapist", 'email-pupil-file'],
    ['ik zet zometeen de klassenlijst met adressen op een usb-stick', 'usb-forbidden'],
    ["I'm gonna copy the list of pupils to a USB stick tonight", 'usb-forbidden'],
    ['ik zet de groepslijst zo op een usb-stick voor de schoolfotograaf', 'usb-forbidden'],
    ["I'm about to look up a pupil's address to send a Christmas card", 'purpose-limitation'],
  ])('%j', (question, expected) => {
    expect(answer(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: expected })],
    });
  });

  it('a Dutch Christmas-card plan: the purpose entry is the first "Bedoel je" button', () => {
    // The learned order, retrained on 56 tuning files, picks the caretaker's ESIS role ("adres …
    // opzoeken"); purpose limitation, the hand-made first, stays on the card as the first button.
    const found = answer('ik wil het adres van een leerling opzoeken voor een kerstkaartje');
    expect(found).toMatchObject({ answered: true, confidence: 'low' });
    expect(found.suggestions[0]?.id).toBe('purpose-limitation');
  });

  it.each([
    [
      'Ik ga morgen invallen in groep 6 en de vaste leerkracht is ziek. Mag ik met haar account inloggen?',
      'password-sharing',
    ],
    [
      "I'm covering group 6 tomorrow while the regular teacher is off sick. Can I log in with her account?",
      'password-sharing',
    ],
  ])('reads covering for a colleague as being the substitute: %j', (question, expected) => {
    expect(answer(question).sources[0]?.id).toBe(expected);
  });

  it.each([
    'Ik zet straks de verzuimlijst van mijn groep even op een usb-stick, dan kan ik thuis verder.',
    "I'm going to copy the absence list of my class to a USB stick tonight, then I can go on at home.",
  ])('reads a plan told without a question as a whole: %j', (question) => {
    expect(answer(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'usb-forbidden' })],
    });
  });
});

describe("the board's words (words.md)", () => {
  const { knowledge, words } = kindantePack();
  const parsedConfig = parseConfig(EXAMPLE_CONFIG);
  if (!parsedConfig.ok) throw new Error(parsedConfig.errors.join('\n'));

  it("reads the board's own word for what its entries say otherwise", () => {
    // Kindante's words.md: a pupil's "afmelding" is "verzuim" in its entries.
    const question = 'hoe lang bewaren we afmeldingen van leerlingen?';
    expect(createAnswerer(parsedConfig.config, knowledge, words)(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'retention-absence' })],
    });
    expect(createAnswerer(parsedConfig.config, knowledge)(question).answered).toBe(false);
  });

  it('reads the regulation\'s old "bewerker" as the processor (words.md)', () => {
    const question = 'zit Cito eig tussen de bewerkers van de school?';
    expect(createAnswerer(parsedConfig.config, knowledge, words)(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'processor-cito' })],
    });
    // Editing a photo ("bewerken") is no processor.
    const editing = answer('mag ik een foto van de klas bewerken voor de nieuwsbrief?');
    expect(editing.sources.map((each) => each.id)).not.toContain('processor-agreement-what');
    expect(editing.sources[0]?.id).toMatch(/^photo-/u);
  });

  it("reads the board's chat register: shorthand skipped, staff's words for policy words (words.md)", () => {
    const index = createKnowledgeIndex(knowledge, undefined, createLexicon(words));
    const wordsOfQuestion = (question: string) =>
      index.queryWords(question).map((word) => word.word);
    expect(wordsOfQuestion('mag da wel of nie, idd bv op insta')).toEqual(['insta']);
    const boss = createAnswerer(
      parsedConfig.config,
      knowledge,
      words,
    )('mag de baas mijn internetgebruik bekijken');
    expect([...boss.sources, ...boss.suggestions].map((each) => each.id)).toContain(
      'monitoring-internet',
    );
    // Without the board's words, "baas" is an unknown word and the question is declined.
    expect(
      createAnswerer(parsedConfig.config, knowledge)('mag de baas mijn internetgebruik bekijken')
        .answered,
    ).toBe(false);
  });

  it('reads OSO as one of the board’s own systems (words.md): a question naming it is in scope', () => {
    const question = 'wie vult OSO in bij ons';
    expect(createAnswerer(parsedConfig.config, knowledge, words)(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'oso-what' })],
    });
    const withoutOso = { ...words, inScope: words.inScope.filter((word) => word !== 'oso') };
    expect(createAnswerer(parsedConfig.config, knowledge, withoutOso)(question).answered).toBe(
      false,
    );
  });

  it('reads "telnrs" as phone numbers (words.md): a class list on the wall is a question', () => {
    const question = 'mag ik de klasselijst met telnrs op de muur plakken vor de invaller';
    expect(createAnswerer(parsedConfig.config, knowledge, words)(question).answered).toBe(true);
    expect(createAnswerer(parsedConfig.config, knowledge)(question).answered).toBe(false);
  });

  it("skips the board's own name (a filler): every question is about the board", () => {
    const index = createKnowledgeIndex(knowledge, undefined, createLexicon(words));
    const wordsOfQuestion = (question: string) =>
      index.queryWords(question).map((word) => word.word);
    expect(wordsOfQuestion('Werkt de FG van Kindante ook voor andere besturen?')).not.toContain(
      'kindante',
    );
    expect(wordsOfQuestion("Does Kindante's DPO also work for other boards?")).not.toContain(
      'kindantes',
    );
    expect(answer("Is Kindante's DPO shared with neighbouring school boards?")).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'role-dpo' })],
    });
  });

  it('declines a topic the board lists as outside its policy, even next to a photo', () => {
    const question = "Mag ik foto's van de kerstmusical op de website zetten?";
    expect(createAnswerer(parsedConfig.config, knowledge, words)(question).answered).toBe(true);
    const board = { ...words, outOfScope: [...words.outOfScope, 'kerstmusical'] };
    expect(createAnswerer(parsedConfig.config, knowledge, board)(question)).toMatchObject({
      answered: false,
      confidence: 'none',
    });
  });
});

describe('spoken forms the stemmer leaves apart', () => {
  const index = createKnowledgeIndex(
    kindantePack().knowledge,
    undefined,
    createLexicon(kindantePack().words),
  );
  const termsOf = (question: string, word: string) =>
    index.queryWords(question).find((each) => each.word === word);

  it('reads a separable verb typed as one word as its verb ("opsturen" is "sturen")', () => {
    const sent = termsOf('mag ik de map opsturen', 'opsturen');
    expect(sent?.isKnown).toBe(true);
    expect(sent?.terms).toEqual(
      expect.arrayContaining(termsOf('mag ik sturen', 'sturen')?.terms ?? ['?']),
    );
  });

  it('reads the weak past tense and an abbreviation’s plural ("belde", "BSN’s")', () => {
    expect(termsOf('een ouder belde mij', 'belde')?.isKnown).toBe(true);
    expect(answer("Ik wil de BSN's van twee leerlingen mailen naar de gemeente")).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'email-bsn' })],
    });
  });

  it('does not join a particle with a far word through such a reading ("op … fotos")', () => {
    const words = index.queryWords('zet ik op de website fotos').map((each) => each.word);
    expect(words).not.toContain('opfotos');
  });
});

describe('a question that compares two topics', () => {
  it.each([
    'Wat is het verschil tussen de FG en de manager IBP?',
    "What's the difference between the DPO and the IBP manager?",
  ])('answers both topics from their own entries: %j', (question) => {
    expect(answer(question).sources.map((each) => each.id)).toEqual([
      'role-dpo',
      'role-manager-ibp',
    ]);
  });

  it.each([
    ['Wat is het verschil tussen de manager IBP en de DPO?', ['role-manager-ibp', 'role-dpo']],
    [
      'Wie is de FG en wie is de manager IBP: wat is het verschil?',
      ['role-dpo', 'role-manager-ibp'],
    ],
    ["The DPO and the IBP manager, what's the difference?", ['role-dpo', 'role-manager-ibp']],
  ])(
    'reads each topic on its own, named in the clause beside the comparing one: %j',
    (question, ids) => {
      expect(answer(question).sources.map((each) => each.id)).toEqual(ids);
    },
  );
});

describe('a last clause that concedes is an aside, not the question', () => {
  it.each([
    'Moet ik mijn scherm vergrendelen als ik even de klas uit loop, ook als het digibord dan op zwart gaat?',
    'Should I lock my laptop screen when I step out of the room, even though the smartboard then goes dark?',
  ])('answers the main clause: %j', (question) => {
    expect(answer(question)).toMatchObject({
      answered: true,
      sources: [expect.objectContaining({ id: 'screen-lock' })],
    });
  });
});

describe('agreements that are no processing agreement', () => {
  it.each([
    'Can I claim a home-office allowance under the collective agreement?',
    'Wat staat er in de collectieve overeenkomst over reiskosten?',
  ])('declines a collective or employment agreement: %j', (question) => {
    expect(answer(question).answered).toBe(false);
  });

  it('still answers a processing agreement with an unlisted supplier', () => {
    expect(answer('Do we have a processing agreement with Google?').sources[0]?.id).toBe(
      'processor-unlisted',
    );
  });
});

describe("organisations of staff's private lives", () => {
  it.each([
    'Mijn tandarts heeft mijn gegevens aan een verzekeraar gegeven, waar kan ik klagen?',
    'Mag de sportclub van mijn dochter haar foto online zetten zonder toestemming?',
    'The hospital sent my medical file to the wrong address; how do I complain?',
  ])('declines what they do with one’s own data: %j', (question) => {
    expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });

  it.each([
    'Mag ik de adreslijst van de klas aan de voetbalclub geven?',
    'Can I give the class list to the football club?',
  ])('answers them as a third party when the question is about school: %j', (question) => {
    expect(answer(question).sources[0]?.id).toBe('sharing-third-parties');
  });
});

describe('close-sounding topics outside the policy (questions-train-22)', () => {
  it.each([
    'Een kind viel net tijdens gym hard met zijn hoofd. Wat moet ik doen als ik een hersenschudding vermoed, en wie belt de ouders?',
    'Mijn duocollega en ik hebben al weken ruzie over de taakverdeling. Is er een vertrouwenspersoon bij wie ik terecht kan?',
  ])('declines: %j', (question) => {
    expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });
});

describe('questions that count people or pages', () => {
  it.each([
    'Hoeveel kinderen mogen er maximaal in een klas?',
    'Hoeveel ouders moeten er mee op kamp?',
    'How many pupils may be in one class at most?',
  ])('declines a headcount the policy does not set: %j', (question) => {
    expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });

  it.each([
    "Hoeveel ouders moeten tekenen voor foto's?",
    'How many parents need to sign the photo consent?',
  ])('still answers how many parents sign a consent: %j', (question) => {
    expect(answer(question).sources[0]?.id).toBe('photo-one-or-two-parents');
  });
});

describe('the subject of a message is not the question', () => {
  it.each([
    'Mag ik alle ouders mailen over de luizencontrole met iedereen in de cc?',
    'Can I email all parents about the lice check with everyone in cc?',
  ])('answers how to send it, whatever it is about: %j', (question) => {
    expect(answer(question).sources[0]?.id).toBe('email-bcc');
  });

  it.each([
    'Mag ik een mail over mijn salaris naar mijn privémail sturen?',
    'Can I send a mail about my salary to my private address?',
  ])('still declines a labour matter as its subject: %j', (question) => {
    expect(answer(question).answered).toBe(false);
  });
});

describe('English "in charge of"', () => {
  it('asks who is responsible, not what changes', () => {
    const ids = answer('Who is in charge of privacy at our school?').sources.map((each) => each.id);
    expect(ids).not.toContain('privacy-regulation');
    expect(['role-board', 'everyone-responsible']).toContain(ids[0]);
  });

  it('leaves "change" itself a change (near miss)', () => {
    expect(answer('How do I change my network password?').sources[0]?.id).toBe('password-change');
  });
});

describe('the helpdesk and a password, told apart by who asks whom', () => {
  it.each([
    'Ik weet mijn wachtwoord niet meer, mag ik de helpdesk bellen zodat ze het voorlezen?',
    'I forgot my password, can I call the helpdesk so they tell me over the phone?',
  ])("calling the helpdesk for one's own password is a forgotten password: %j", (question) => {
    expect(answer(question).sources[0]?.id).toBe('password-forgotten');
  });

  it('the helpdesk calling to ask for it stays password sharing (near miss)', () => {
    expect(
      answer('De helpdesk belt me en vraagt om mijn wachtwoord, moet ik dat geven?').sources[0]?.id,
    ).toBe('password-sharing');
  });
});

describe('"in de aan" names the To field', () => {
  it('asks about BCC when all parents go "in de aan"', () => {
    expect(
      answer('Mag ik alle ouders gewoon in de aan zetten als ik de nieuwsbrief mail?').sources[0]
        ?.id,
    ).toBe('email-bcc');
  });
});

describe("a folder of someone else's reports that opens", () => {
  it('is access beyond what one needs', () => {
    expect(
      answer(
        "Ik kan op de schijf ineens de map met leerlingverslagen van de ib'er openen, hoort dat zo?",
      ).sources[0]?.id,
    ).toBe('need-to-know');
  });

  it('mailing such a report stays mailing a pupil file (near miss)', () => {
    expect(
      answer("Mag ik het verslag van de ib'er mailen naar de logopedist?").sources[0]?.id,
    ).toBe('email-pupil-file');
  });
});

describe("making the school's own account public", () => {
  it('is about the school page', () => {
    expect(
      answer('Ik zet de instagram van onze school op openbaar, dan kunnen meer ouders meekijken')
        .sources[0]?.id,
    ).toBe('social-media-school-page');
  });

  it('a photo on that account stays a consent question (near miss)', () => {
    expect(answer('Mag ik een foto uit de schoolgids op instagram zetten?').sources[0]?.id).toBe(
      'photo-consent-per-purpose',
    );
  });
});

describe('photos of pupils kept in a cloud service of ones own', () => {
  it.each([
    "Ik bewaar de klassenfoto's als back-up in mijn Dropbox",
    'Can I keep a backup of the class photos in my own Google Drive?',
  ])('are data off the school network: %j', (question) => {
    expect(answer(question).sources[0]?.id).toBe('working-from-home');
  });

  it('posting one on ones own social media stays that (near miss)', () => {
    expect(
      answer('Mag ik een foto van de klas op mijn eigen Facebook zetten?').sources[0]?.id,
    ).toBe('photo-own-social-media');
  });
});

describe('a post of ones own that is negative about school or the board', () => {
  it.each([
    'Ik schrijf op facebook een post over hoe slecht de nieuwe rekenmethode is',
    "Can I post something negative about the board's decision on my Facebook?",
  ])('is personal use of social media: %j', (question) => {
    expect(answer(question).sources[0]?.id).toBe('social-media-personal');
  });

  it("a parent's negative post stays a negative message about school (near miss)", () => {
    expect(
      answer('Een ouder zet een negatief bericht over school op facebook, wat doe ik?').sources[0]
        ?.id,
    ).toBe('social-media-negative');
  });
});

describe("parents' rights under the AVG", () => {
  it.each([
    'Welke rechten hebben ouders onder de AVG?',
    'What rights do parents have under the GDPR?',
  ])('are answered from their inspection right: %j', (question) => {
    expect(answer(question).sources[0]?.id).toBe('rights-inspection');
  });

  it('informing parents about the AVG stays that (near miss)', () => {
    expect(answer('Hoe informeren we ouders over de AVG?').sources[0]?.id).toBe(
      'informing-parents',
    );
  });
});

describe('keeping the data of job applicants', () => {
  it.each([
    "Hoe lang bewaren we de cv's van sollicitanten die niet zijn aangenomen?",
    'How long do we keep letters from job applicants?',
  ])('is the general retention principle: no pupil period applies: %j', (question) => {
    expect(answer(question).sources[0]?.id).toBe('retention-principle');
  });

  it('absence records keep their own period (near miss)', () => {
    expect(answer('Hoe lang bewaren we verzuimgegevens?').sources[0]?.id).toBe('retention-absence');
  });
});

describe('close-sounding topics outside the policy (questions-train-24)', () => {
  it.each([
    // The board's words.md puts camera surveillance outside its policy, also when the question
    // after the story asks only about "the images".
    'We hebben last van vandalisme en willen een camera bij het schoolhek ophangen. Hoe lang mogen we de beelden bewaren?',
    'We have had vandalism and want to put up a camera at the school gate. How long may we keep the images?',
    'Een moeder wil haar zoon aanmelden bij ons sbo, maar hij heeft nog geen toelaatbaarheidsverklaring. Mogen we hem alvast plaatsen?',
    'hoelang duurt de proeftijd bij een nieuw contract eigenlijk',
  ])('declines: %j', (question) => {
    expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('still answers a story about images the school made itself', () => {
    const result = answer(
      'Een ouder heeft een filmpje van de musical gemaakt. Hoe lang mogen we de beelden bewaren?',
    );
    expect(result.answered).toBe(true);
  });

  it('answers a photo on a school ID card from the entry on photos that need no consent', () => {
    expect(
      answer('Do we need parental consent to put a pupil’s photo on their school ID card?')
        .sources[0]?.id,
    ).toBe('photo-no-consent-needed');
  });
});

describe('the To field in spoken words (questions-train-25)', () => {
  it.each([
    'mag ik alle ouders in het aan-vakje zetten',
    'als ik de nieuwsbrief naar alle ouders stuur, mag ik die dan gewoon allemaal in ’t aanvakje zetten?',
  ])('answers %j from the entry on parents in BCC', (question) => {
    expect(answer(question).sources[0]?.id).toBe('email-bcc');
  });
});

describe('enrolment is outside the policy, the data asked at enrolment is not', () => {
  it.each([
    'Een moeder wil haar zoontje aanmelden voor groep 1 maar de kleutergroepen zitten vol. Mogen we hem weigeren?',
    'nieuwe leerling aanmelden wachtlijst',
  ])('declines: %j', (question) => {
    expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });

  // Keeps the privacy words of special data in the question in scope, though enrolment is not.
  it.each([
    'Ik vraag bij de aanmelding van nieuwe leerlingen voortaan ook naar het geloof van de ouders en hun nationaliteit, dan hebben we dat maar alvast.',
    'welke gegevens mogen we vragen bij de aanmelding van een leerling',
  ])('answers: %j', (question) => {
    expect(answer(question).answered).toBe(true);
  });
});
