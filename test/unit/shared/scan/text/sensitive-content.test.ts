import {
  compileSensitiveLexicon,
  findSensitiveEvidence,
  type Subject,
} from '../../../../../shared/scan/text/sensitive-content';

const lexicon = compileSensitiveLexicon({ pupil: [], adult: [] });

/** Whom the evidence of a text is about: "pupil", "adult", both or none. */
function subjectsOf(text: string): Subject[] {
  return [...new Set(findSensitiveEvidence(text, lexicon).map((item) => item.subject))].sort();
}

// Train rounds 3 and 4: a sensitive sentence about an adult fired pupil-file when a child was
// named nearby. Who the sentence is about decides, not which name stands closest.
describe('findSensitiveEvidence, who the sentence is about', () => {
  it.each([
    [
      'a relative named through a child (nl)',
      'De opa van Timo (groep 2) helpt bij het overblijven en ruikt dan naar drank.',
    ],
    [
      'a relative named through a child (en)',
      'The grandmother of Mila, who helps at lunch, smells of alcohol most days.',
    ],
    [
      'a named parent, by "haar zoon" (nl)',
      'Jullie weten dat Marieke het zwaar heeft. Haar zoon heeft schulden gemaakt en zij is nu onder bewind gesteld.',
    ],
    [
      'a named parent, by "his daughter" (en)',
      'Robert is struggling. His daughter moved out and he is now under debt counselling.',
    ],
    [
      'the reader, by "je" before the term (nl)',
      'Hoi Bart,\nJe sleutel ligt bij Gerda. Fijn dat je weer begint na je operatie.',
    ],
    [
      'the reader, by "your" before the term (en)',
      'Hi Sam,\nYour laptop is with Lucy. Good luck with your chemotherapy on Monday.',
    ],
    [
      'an adult by their pay (nl)',
      'Wim vroeg om een voorschot op zijn salaris. Na de scheiding moest hij het huis uit.',
    ],
    [
      'an adult by their manager (en)',
      'Jasper called this morning; his manager knows he was referred to a psychiatrist.',
    ],
  ])('reads %s as an adult, not a pupil', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a child whose mother called, with "hij" for the child (nl)',
      'De moeder van Yusuf belde: hij is opgenomen in het ziekenhuis met een longontsteking.',
    ],
    [
      'a child whose mother called, with "he" for the child (en)',
      'The mother of Liam called: he was hospitalised last night after an epileptic seizure.',
    ],
    [
      'a child with a sister, not a child of their own',
      'Noor is vaak afwezig. Haar zusje is ziek en Noor heeft zelf ook buikpijn en hoofdpijn.',
    ],
    [
      'a pupil after "zijn" (his own operation)',
      'Hoi Bart,\nDaan is na zijn operatie weer op school, hij mag nog niet gymmen.',
    ],
    [
      'a pupil whose father left, with no word of adult work',
      'Daan vertelde in de kring dat zijn vader na de scheiding het huis uit moest.',
    ],
  ])('keeps %s a pupil', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

describe('findSensitiveEvidence, care words and the writer', () => {
  it.each([
    [
      'a paediatrician in a parent’s mail with a titled teacher (nl)',
      'Hallo juf Fatima,\nVanaf maandag krijgt Yusuf een hogere dosis, de kinderarts heeft het verhoogd. Wilt u hem om 12 uur zijn tablet geven?\nGroetjes Songül (moeder Yusuf)',
    ],
    [
      'a paediatrician in a parent’s mail (en)',
      'Hi Ms Hart,\nFrom Monday Oliver gets a higher dose, the paediatrician changed it.\nThanks, Chloe',
    ],
    [
      'a list the writer made, after "ik de" (nl)',
      'Ilse,\nVoor de schoolreis heb ik de medicatielijst van groep 6 gemaakt. Yusuf krijgt 10 mg methylfenidaat.',
    ],
  ])('reads %s as a pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'the writer’s own illness (nl)',
      'Ilse,\nIk heb de uitslag van mijn biopsie: het is kwaadaardig.',
    ],
    ['the writer’s own illness (en)', 'Hi Ilse,\nI have cancer and start chemotherapy next week.'],
  ])('still reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

describe('findSensitiveEvidence, a class next to a teacher', () => {
  const subjectOfTerm = (text: string, term: string) =>
    findSensitiveEvidence(text, lexicon).find((item) => item.term === term)?.subject;

  it('reads a divorce in a reintegration plan of "leerkracht groep 7" as the adult’s', () => {
    const plan =
      'Plan van aanpak re-integratie\nWerknemer: Roel Hoeben, leerkracht groep 7\nAfspraak: werknemer krijgt van Sanne Lemmens ondersteuning bij de scheiding en de financiële zorgen.';
    expect(subjectOfTerm(plan, 'scheiding')).toBe('adult');
  });

  it('keeps a divorce a pupil’s home when a pupil is spoken of', () => {
    const note =
      'Hoi Sanne,\nDaan uit groep 7 is stil. Zijn ouders zitten midden in de scheiding en hij slaapt slecht.';
    expect(subjectOfTerm(note, 'scheiding')).toBe('pupil');
  });
});

describe('findSensitiveEvidence, a field of work and a weak word beside an adult’s record', () => {
  it.each([
    [
      'expertise of a new teacher (nl)',
      'Marieke neemt groep 5 over; zij heeft veel ervaring met dyslexie.',
    ],
    ['expertise of a new teacher (en)', 'Emma takes over group 5; she is specialised in autism.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still reads the writer’s own experience of an illness as theirs (nl)', () => {
    expect(subjectsOf('Ik heb zelf ervaring met een depressie, dus ik begrijp het.')).toEqual([
      'adult',
    ]);
  });

  it.each([
    [
      'a hospital check after a miscarriage (nl)',
      'Ik was 9 weken zwanger en we zijn het kindje verloren. Ik moet terug naar het ziekenhuis.',
    ],
    [
      'a hospital check in pregnancy (en)',
      'I am pregnant and the baby is fine, but I have to go back to the hospital on Monday.',
    ],
  ])('reads %s as the adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('keeps a weak word with a pupil’s sign a pupil’s (nl)', () => {
    expect(
      subjectsOf('Daan moest naar het ziekenhuis; hij had weer een epileptische aanval.'),
    ).toEqual(['pupil']);
  });
});

// Names of every origin (issue 13): the given-name lists of the human-names package beside the
// hand-made list, without the names staff also write as words.
describe('findSensitiveEvidence, given names from the wider list', () => {
  it.each([
    ['en', 'Arjun is in group 5. The dyslexia is now confirmed.'],
    [
      'en, a sentence later',
      'Attached is the draft plan for Arjun. It follows the assessment in January: the dyslexia is now confirmed.',
    ],
    [
      'nl',
      'Hierbij het plan voor Siobhán. Uit het onderzoek blijkt dat er sprake is van dyslexie.',
    ],
  ])('ties a diagnosis to a pupil named so (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'nl, "Lieve" greets',
      "Lieve collega's, de workshop over dyslexie is verplaatst naar dinsdag.",
    ],
    [
      'en, "Will" and "Hope" are words',
      'Will you bring the dyslexia leaflets to the meeting? Hope the ADHD talk went well.',
    ],
  ])('makes no person of a name that is also a word (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// content-train-48: a parent names their child by birth order ("onze jongste", "our youngest").
describe('findSensitiveEvidence, a child named by birth order', () => {
  it.each([
    [
      'nl',
      'Onze jongste heeft afgelopen weekend in het ziekenhuis gelegen. De neuroloog heeft epilepsie vastgesteld.',
    ],
    ['nl, in a class', 'Mijn oudste zit in groep 8 en heeft sinds de zomer een eetstoornis.'],
    ['en', 'Our youngest spent the weekend in hospital. The neurologist diagnosed epilepsy.'],
  ])('reads the child as a pupil (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['nl', 'Onze jongste collega is sinds maandag ziek thuis met een burn-out.'],
    ['en', 'Our eldest colleague has been diagnosed with epilepsy.'],
  ])('keeps a birth-order adjective before a noun that noun’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Train round 6: a named staff member's own home trouble, told with their sister or children
// beside them, fired pupil-file. A named adult with only their own family near is the adult.
describe('findSensitiveEvidence, a named adult’s own home', () => {
  it.each([
    [
      'a staff member by their role in brackets, with her sister (nl)',
      'Heb je al gehoord van Sanne (onderwijsassistent onderbouw)? Ze heeft een huurachterstand en moet eind maart het huis uit. Ze zit nu bij haar zus. Ze zei dat ze nergens recht op heeft.',
    ],
    [
      // content-train-85: the colleague the bracket names is staff, not a pupil the story is about.
      'an intern by her role in brackets, naming the teacher she works with (nl)',
      'Sandra,\n\nJij bent interne contactpersoon, dus ik leg dit bij je neer. Fleur (stagiair OA bij Yvonne) kwam vanmiddag na schooltijd bij me. Haar vriend slaat haar, al maanden, en vorige week zo erg dat ze met een gekneusde rib bij de huisartsenpost zat. Ze woont bij hem en weet niet waar ze heen moet.\n\nIk heb haar het nummer van Veilig Thuis gegeven en gezegd dat ze vannacht bij haar moeder moet slapen.',
    ],
    [
      'a colleague, with her sister (en)',
      'Have you heard? Our colleague Tamsin has rent arrears and is being evicted next month. She now sleeps at her sister’s with the kids.',
    ],
  ])('reads %s as the adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a teacher by her role in brackets reporting a pupil’s home (nl)',
      'Juf Anja (leerkracht groep 5) meldt dat Daan en zijn moeder het huis uit moeten door een huurachterstand.',
    ],
    [
      'a teacher reporting a pupil’s eviction (en)',
      'Mrs Jones says Leo and his mum were evicted last week; they stay with his aunt.',
    ],
  ])('keeps %s a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train rounds 6 and 8: adults' union membership, addiction treatment, cannabis use and an
// unannounced pregnancy told in everyday Dutch words.
describe('findSensitiveEvidence, adults’ matters in everyday Dutch words', () => {
  it.each([
    [
      'union membership of named staff',
      'Voor de salarisadministratie: Esther Hoogland en Ruud Kessels zijn lid van de AOb, Kim Dassen van CNV Onderwijs.',
    ],
    ['the writer’s own union role', 'Ik ben sinds januari kaderlid van CNV Onderwijs.'],
    [
      'a colleague in a clinic to stop drinking',
      'Graag het account laten staan. Wendy is een paar maanden in een kliniek om van de drank af te komen.',
    ],
    [
      'a colleague caught using cannabis',
      'Ik verleng het contract van Kevin Horbach (onderwijsassistent) niet. Hij is twee keer betrapt terwijl hij stond te blowen.',
    ],
    [
      'an unannounced pregnancy',
      'Fatma verwacht haar tweede! Ze wil het pas na de echo aan het team vertellen.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a strike call to every member',
      'Beste collega’s, op 30 januari is er een staking. Ben je lid van de AOb of CNV, dan krijg je stakingsgeld.',
    ],
    [
      'a union information meeting',
      'De AOb organiseert een middag voor wie lid van de vakbond wil worden.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train rounds 6 and 8: a reading book about a father in prison fired pupil-file on the title.
describe('findSensitiveEvidence, book titles and their characters', () => {
  it.each([
    [
      'a book title (nl)',
      "Beste ouders,\nIn groep 8 lezen we het boek 'Mijn vader zit in de gevangenis'. Het boek roept soms vragen op.",
    ],
    [
      'a book’s character (nl)',
      "Hoi Joost,\nKen jij 'De zomer van Otto'? Otto's vader zit vast en zijn moeder ligt in het ziekenhuis. Heel mooi boek.",
    ],
    [
      'a book title (en)',
      'Dear parents,\nIn group 8 we read the book “My Dad Is in Prison”. It may raise questions at home.',
    ],
    [
      'the character named after the title (nl)',
      "Beste ouders,\nWe lezen het boek 'Mijn vader zit in de bak' (over Stijn, wiens vader in de gevangenis belandt).",
    ],
    [
      'a person word inside the title (nl)',
      "Beste directeuren,\nEen tip: het boek 'Mijn broer is een ster' over Jonas, een jongen met autisme.",
    ],
    [
      'the main character, with names in the title (nl)',
      "Hoi collega's,\nWe lezen 'Wolf en Gazelle'. In dat boek heeft de hoofdpersoon een moeder die verslaafd is.",
    ],
    [
      'a title for the reading club (nl)',
      "Hoi Thijs,\nVoor de leesclub dacht ik aan 'De zomer van Jonas'. De vader van Jonas zit in de gevangenis.",
    ],
    [
      'the character named after the title (en)',
      'Dear parents,\nWe read the book “Brother Star” about Mia, whose mum has cancer and is in hospital.',
    ],
    [
      'the main character, with names in the title (en)',
      'Hi Tom,\nWe read the book “Jake and Lily”. In that book the main character has a mother who is addicted.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a child’s words (nl)',
      "Hoi Marloes,\nMees zei vandaag: 'Papa zit in de gevangenis.' Hij was erg stil.",
    ],
    [
      'a child’s words (en)',
      'Hi Marloes,\nKaylee said "My dad is in prison now" and went quiet for the rest of the lesson.',
    ],
    [
      'a real pupil beside a book (nl)',
      "Hoi Marloes,\nWe lezen 'De zomer van Jonas' over Otto. Daan (groep 7) vertelde dat zijn vader in de gevangenis zit.",
    ],
    [
      'a real pupil beside a book (en)',
      'Hi Marloes,\nWe read the book “Brother Star” about Mia. Daan (group 7) told me his father is in prison.',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// A parent's detention is the parent's own criminal-law data as well as the child's home: both
// rules, as the label convention of the held-out authors has it.
describe("findSensitiveEvidence, a parent's detention", () => {
  it.each([
    ['nl', 'Hoi Marloes,\nDaan (groep 7) is stil. Zijn vader is sinds maart gedetineerd.\n\nAnouk'],
    ['en', "Hi Fleur,\n\nMila's dad is in prison since March; she misses him a lot.\n\nRachel"],
  ])('is the parent’s and the pupil’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it.each([
    [
      'nl',
      'Beste ouders,\n\nGroep 6 werkt over de rechtsstaat: wat doet een rechter, en wie komt er in de gevangenis?\n\nJuf Anna',
    ],
    [
      'en',
      'Dear parents,\n\nYear 6 studies the justice system: what a judge does and who goes to prison.\n\nMs Anna',
    ],
  ])('leaves a lesson about prisons alone (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

describe('findSensitiveEvidence, a grown-up child of staff', () => {
  it('reads a clinic of a named colleague’s daughter (19) as no pupil’s (nl)', () => {
    expect(
      subjectsOf(
        'Annelies Bos heeft zorgverlof aangevraagd. Zij vertelde dat haar dochter (19) sinds kort in een kliniek woont.',
      ),
    ).toEqual(['adult']);
  });

  it('keeps a clinic of a school-age daughter a pupil’s (en)', () => {
    expect(
      subjectsOf('Anna called: her daughter (9) has been admitted to a clinic for her epilepsy.'),
    ).toContain('pupil');
  });
});

// Train round 8: in a mail to "Beste collega" a name must share the term's sentence, and an
// initial's full stop ("Soufiane B.") cut that sentence in two.
describe('findSensitiveEvidence, a name with an initial in a mail to colleagues', () => {
  it.each([
    [
      'nl',
      'Beste collega,\nAanvullend op het overdrachtsdossier: Soufiane B. (advies vmbo-kader) is in maart door de politie aangehouden voor winkeldiefstal.',
    ],
    [
      'en',
      'Dear colleague,\nIn addition to the handover file: Liam K. (group 8) was arrested by the police for shoplifting in March.',
    ],
  ])('ties the term to the pupil (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('still finds nothing in a training given by an initialled speaker (nl)', () => {
    expect(
      subjectsOf(
        "Beste collega's,\nDe training over ADHD in de klas wordt op 12 maart gegeven door drs. M. Jansen. Aanmelden kan bij Petra.",
      ),
    ).toEqual([]);
  });
});

// Train round 8: youth justice, custody rulings, no food at home and a repeated year in
// everyday Dutch words.
describe('findSensitiveEvidence, pupils’ matters in everyday Dutch words', () => {
  it.each([
    [
      'a child brought home by the police',
      'Ik wil u laten weten dat Ruben gisteren door de politie thuis is gebracht. Hij krijgt waarschijnlijk een gesprek bij HALT.',
    ],
    [
      'a custody ruling',
      'Vader heeft door een rechterlijke uitspraak geen gezag meer over Emma en mag haar niet ophalen.',
    ],
    [
      'no food at home',
      'Jente heeft al weken niets bij zich. Geen brood, geen drinken. Ze zei dat er thuis niks meer in de kast was.',
    ],
    [
      'a repeated year',
      'Het team adviseert dat Finn volgend jaar een jaar extra in groep 4 blijft.',
    ],
  ])('reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });

  it.each([
    [
      'a protocol on custody rulings',
      'Beste ouders,\nBij een rechterlijke uitspraak over het gezag informeren wij beide ouders volgens het protocol.',
    ],
    [
      'an empty cupboard',
      'Hoi allemaal,\nDe leesboeken liggen niet meer in de kast, er is niks meer in de kast te vinden.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Session 7: a court's or the police's proceedings over a child's care, told by the school, are
// the pupil's file (as a divorce is); the parent telling of their own case makes them theirs too.
describe('findSensitiveEvidence, proceedings over a child', () => {
  it.each([
    [
      'a court ruling on contact, told by the school (nl)',
      'De rechter heeft bepaald dat Noa (groep 5) haar vader alleen onder begeleiding mag zien.',
    ],
    [
      'a custody procedure, told by the school (nl)',
      'Sem (groep 6) zit midden in een procedure over het gezag; vader mag hem niet ophalen.',
    ],
    [
      'a custody hearing, told by the school (en)',
      'The court has set a custody hearing about Noa (group 5); her father may only see her under supervision.',
    ],
  ])('reads %s as the pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('reads a parent telling of their own court case as theirs and their child’s (nl)', () => {
    expect(
      subjectsOf(
        'Mijn ex en ik staan volgende week voor de rechtbank over de omgang met onze zoon Sem.',
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('keeps a measure laid on the parent, a contact ban, the parent’s as well (nl)', () => {
    expect(
      subjectsOf(
        'Vader van Daan (groep 4) heeft sinds gisteren een contactverbod. Hij mag Daan niet meer ophalen.',
      ),
    ).toEqual(['adult', 'pupil']);
  });
});

// Session 17: a parent's detention, debts or illness beside their child's name is the parent's
// record; it is the child's file too when the mail says what it means for the child.
describe('findSensitiveEvidence, a parent’s trouble and the child’s side', () => {
  it.each([
    [
      'a father in detention, nothing said of the child (nl)',
      'Goed om te weten: de vader van Joep (groep 4) zit vast, hij is opgepakt door de politie.',
    ],
    [
      'a mother in hospital, nothing said of the child (en)',
      'The mother of Liam (group 6) is in hospital for chemotherapy, so the meeting moves to May.',
    ],
  ])('keeps %s the parent’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a father in detention and the child sleeping badly (nl)',
      'Goed om te weten: de vader van Joep (groep 4) zit vast, hij is opgepakt door de politie. Joep slaapt slecht.',
    ],
    [
      'a mother in hospital and the child upset (en)',
      'The mother of Liam (group 6) is in hospital for chemotherapy. Liam was very upset this morning.',
    ],
  ])('finds %s as the child’s too', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });
});

// Session 7: a care giver's title ("de huisarts", "the doctor") says who gives care; in a mail
// about a pupil it is no adult's own condition. Owned ("zijn huisarts") or in a mail about a
// colleague it stays the adult's.
describe('findSensitiveEvidence, a care giver is no patient', () => {
  it.each([
    [
      'the GP a pupil’s parents are to call (nl)',
      'Beste meneer en mevrouw Hendrix,\n\nSven heeft vanochtend een klasgenoot met een schaar bedreigd. Vrijdag start hij weer met een gesprek met meester Ruud en mij.\n\nWe spraken af dat u contact opneemt met de huisarts voor een verwijzing.',
    ],
    [
      'the doctor who wrote a pupil’s letter (en)',
      'Maria has moderate hearing loss in both ears. Can the teacher please let her sit close in the circle and look at her when talking? The doctor gave us a letter for school, I can bring it.',
    ],
    [
      '"this doctor", not owned by "his" (en)',
      'Maria has moderate hearing loss in both ears. Can the teacher please let her sit close in the circle and look at her when talking? This doctor gave us a letter for school, I can bring it.',
    ],
    [
      '"another therapist", not owned by "her" (en)',
      'Maria has moderate hearing loss in both ears. Can the teacher please let her sit close in the circle? We saw another therapist last week, she gave us a letter for school.',
    ],
  ])('finds no adult in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });

  it.each([
    [
      'a colleague’s own GP (nl)',
      'Marco van het team is er niet. Zijn huisarts stuurt hem naar het ziekenhuis.',
    ],
    [
      'a colleague’s doctor, in a mail about the team (en)',
      'Tom from the team is not at work this week. The doctor wants him in hospital for a few days.',
    ],
  ])('still finds the adult in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Session 7: every pupil who changes school gets an onderwijskundig rapport (OKR); asking for it
// is logistics, what it says of the pupil is the file.
describe('findSensitiveEvidence, the transfer report', () => {
  it.each([
    [
      'a new school asking for it (nl)',
      'Hoi Marieke,\n\nJulia Maas (6a) verhuist in de zomer naar Utrecht. De nieuwe school vraagt het onderwijskundig rapport. Wil jij het klaarzetten?',
    ],
    [
      'a new school asking for it (en)',
      'Julia (group 6) is moving to Utrecht in the summer; her new school asked for the onderwijskundig rapport. Could you get it ready?',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'what it says of a pupil (nl)',
      'In het onderwijskundig rapport van Julia (groep 6) staan haar dyslexie en de extra begeleiding.',
    ],
    [
      'what it says of a pupil (en)',
      "Julia's OKR mentions her ADHD diagnosis and the support she gets.",
    ],
  ])('still reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Session 7: the writer's own parent ("mijn moeder", "my mum") is a grown-up's parent, whatever
// child the mail names: a teacher signing "groep 5" asking for care leave is no pupil's file.
describe('findSensitiveEvidence, the writer’s own parent', () => {
  it.each([
    [
      'nl',
      'Beste Nathalie,\n\nMijn moeder heeft de diagnose Alzheimer gekregen en mijn vader kan het thuis niet alleen. Ik wil graag zorgverlof opnemen.\n\nMet vriendelijke groet,\nMirjam Thijssen, groep 5',
    ],
    [
      'en',
      'Dear Nathalie,\n\nMy mum has been diagnosed with cancer and my dad cannot cope alone. I would like to take care leave.\n\nKind regards,\nSarah Jones, group 5',
    ],
  ])('reads a care-leave request as the adult’s only (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    ['nl', 'Daan (groep 5) vertelde dat zijn moeder de diagnose kanker heeft gekregen.'],
    ['en', 'Daan (group 5) told me his mum has been diagnosed with cancer.'],
  ])('still reads a pupil’s parent’s illness as the pupil’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Session 7: a name a child word introduces ("mijn dochter Sara") is a child, whatever adult's
// record (a headscarf, Ramadan) leans the mail; a bare name in such a mail stays an adult's.
describe('findSensitiveEvidence, a name introduced as a child', () => {
  const healthSubjects = (text: string) => [
    ...new Set(
      findSensitiveEvidence(text, lexicon)
        .filter((item) => item.category === 'health')
        .map((item) => item.subject),
    ),
  ];

  it.each([
    [
      'nl',
      "Ik maak me zorgen over mijn dochter Sara. De laatste weken heeft ze 's ochtends steeds buikpijn en ze wil niet naar school. Meisjes zeggen gemene dingen over haar hoofddoek.",
    ],
    [
      'en',
      'I am worried about my daughter Sara. Since Ramadan started she has been in hospital twice for treatment of her stomach.',
    ],
  ])('reads her health as the pupil’s (%s)', (_lang, text) => {
    expect(healthSubjects(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'nl',
      "Ik maak me zorgen over Sara. De laatste weken heeft ze 's ochtends steeds buikpijn en ze wil niet naar haar werk. Ze draagt sinds kort een hoofddoek.",
    ],
    [
      'en',
      'I am worried about Sara. Since Ramadan started she has been in hospital twice for treatment of her stomach.',
    ],
    [
      'en, "reason Sara" holds no "son"',
      'I am worried about Sara. Since Ramadan started, for that reason Sara has been in hospital twice for treatment of her stomach.',
    ],
    [
      'en, "person Sara" holds no "son"',
      'I am worried about Sara. Since Ramadan started this person Sara has been in hospital twice for treatment of her stomach.',
    ],
  ])('keeps a bare name’s health the adult’s in such a mail (%s)', (_lang, text) => {
    expect(healthSubjects(text)).toEqual(['adult']);
  });
});

// Session 7: "in general" makes a text general, as "in het algemeen" did: only a named person
// close to the term ties it there.
describe('findSensitiveEvidence, a general explanation', () => {
  it.each([
    [
      'en',
      "Good question! In general, children in the Dutch system are expected to be around AVI E4 at the end of group 6. At the end of the year you'll get an overview for your own child in the report.",
    ],
    [
      'nl',
      'Goede vraag! In het algemeen zitten kinderen eind groep 6 rond AVI E6. Aan het eind van het jaar krijgt u een overzicht voor uw eigen kind in het rapport.',
    ],
  ])('finds nothing in an explanation of reading levels (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    ['en', 'In general Daan (group 6) reads at AVI E4 now, well below the rest of his class.'],
    ['nl', 'In het algemeen leest Daan (groep 6) nu op AVI E4, ver onder de rest van zijn klas.'],
  ])('still finds a named pupil’s level (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Train round 6: arrests, a women's shelter, a closed ward and a sentence served, in everyday
// Dutch words.
describe('findSensitiveEvidence, justice and shelter in everyday Dutch words', () => {
  it.each([
    [
      'a parent picked up by the police',
      'De vader van Mila zit sinds twee weken vast, hij is opgepakt voor iets met drugs. Mila huilt veel.',
      'pupil',
    ],
    [
      'a women’s shelter',
      'Wij wonen nu een tijdje in het Blijf-huis. Sami komt wel gewoon naar school.',
      'pupil',
    ],
    [
      'a parent on a closed psychiatric ward, as the child’s home',
      'Vanaf morgen wordt Noor opgehaald door oma. Mijn man is vorige week opgenomen, hij zit nu op de gesloten afdeling.',
      'pupil',
    ],
    [
      'a sentence served, told by the writer',
      'Ik wil graag meehelpen, maar ik heb op mijn 19e een jaar gezeten voor een inbraak.',
      'adult',
    ],
    [
      'a substitute taken away by plainclothes police',
      'Bram van der Heijden (invaller groep 7) is vanochtend door twee agenten in burger van school gehaald.',
      'adult',
    ],
  ])('finds %s', (_name, text, subject) => {
    expect(subjectsOf(text)).toContain(subject);
  });

  it.each([
    [
      'a task picked up',
      'Hoi Sanne,\nHet rooster heb ik opgepakt voor morgen, Daan zit bij groep 5.',
    ],
    [
      'a year in temporary classrooms',
      "Beste collega's,\nGroep 5 heeft een jaar gezeten in de noodlokalen, nu gaan ze terug.",
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round 6: "een combinatiegroep met veel zorgleerlingen" in a teacher's sick-leave report
// fired pupil-file; a plural describes the class, no one pupil.
describe('findSensitiveEvidence, a pupil word in the plural', () => {
  it('reads no pupil’s file in "veel zorgleerlingen" (nl)', () => {
    expect(
      subjectsOf(
        'Esra heeft zich ziek gemeld met een burn-out. Werkgerelateerd: de combinatiegroep met veel zorgleerlingen.',
      ),
    ).toEqual(['adult']);
  });

  it('still reads one "zorgleerling" as a pupil’s (nl)', () => {
    expect(subjectsOf('Daan is sinds dit jaar een zorgleerling in groep 5.')).toEqual(['pupil']);
  });
});

// Train round 7: a writer who tells of their own arrest, court case or debts names nobody else.
describe('findSensitiveEvidence, the writer’s own home or legal situation', () => {
  it.each([
    [
      'an arrest and a lawyer (en)',
      'Dear Mr Willems,\nI was taken in by the police for questioning, and my lawyer says it will end there.',
    ],
    [
      'a court hearing and a lawyer (en)',
      'Hello Youssef,\nI have the court hearing in Aachen on Thursday. My lawyer says it will be a fine.',
    ],
    [
      'a salary garnished for debts (en)',
      'Dear Mr Willems,\nSince the move my salary is being garnished for the debts from the house.',
    ],
    [
      'an arrest and a lawyer (nl)',
      'Beste Hans,\nIk ben door de politie opgepakt en mijn advocaat zegt dat het goed komt.',
    ],
  ])('reads %s as the writer’s, an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'one lesson word near "I" (en)',
      "Hi Marieke,\nI'd like to do a short unit next week, to go with the police officer's visit.",
    ],
    [
      'the writer calling an agency (nl)',
      'Rachid,\nIk heb vanochtend Veilig Thuis gebeld voor advies, ze bellen me morgen terug.',
    ],
  ])('finds no adult in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });
});

// Train round 7: "given by the teacher" after a child's dose is who handles it, not who has it.
describe('findSensitiveEvidence, a role word after the term', () => {
  it.each([
    [
      'a dose given by the teacher (en)',
      'Sofia still takes her medicine, now 10 mg at lunch (the lunch dose is given by the teacher).',
    ],
    [
      'a dose given by the teacher (nl)',
      'Sofia gebruikt nog steeds haar medicijnen, de dosis wordt op school door de leerkracht gegeven.',
    ],
  ])('reads %s as the child’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('keeps a teacher’s own dose the teacher’s when nobody is named before (en)', () => {
    expect(
      subjectsOf('The new teacher told us the dose of her antidepressants was raised.'),
    ).toEqual(['adult']);
  });
});

// Train round 7: general texts addressed to "you" (welcome mails, templates, notices) name nobody.
describe('findSensitiveEvidence, general texts in English', () => {
  it.each([
    [
      'a welcome mail to new staff',
      'Dear new colleagues,\nReporting sick: the company doctor may contact you after two weeks. Your payslips are in AFAS.',
    ],
    [
      'a template the writer made',
      "Hi Karin,\nI've made the English version of the return-to-work plan template. The company doctor does the medical part.",
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'the GP’s sick note in the writer’s words (en)',
      'Hi Hans,\nThe GP has signed me off for two more weeks.',
    ],
    ['a drink-driving record (en)', 'I should tell you upfront: I had a DUI in 2016.'],
    [
      'the writer’s union (en)',
      "Hans,\nI've joined the AOb and someone from the union will come with me.",
    ],
    [
      'the writer’s own plan in a template mail (en)',
      'Hi Karin,\nAttached is the template, filled in with my return-to-work plan.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Train round 7: English phrasings of signs that the Dutch list has.
describe('findSensitiveEvidence, English signs said of a named child', () => {
  it.each([
    [
      'hunger as a repeated sign',
      'Could you keep an eye on Amira? She came in hungry again today.',
    ],
    [
      'a judge and the police',
      'Sem told me the judge said his dad may not see him, and his mum called the police.',
    ],
    ['weight loss', 'Luna has lost a lot of weight since Christmas.'],
  ])('reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['hunger said of nobody', 'After the long walk the whole class came in hungry.'],
    ['a judge in a lesson', 'Vocabulary for the lesson: police officer, judge, court.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round 7: a heart specialist is a child's as often as an adult's; whom it is about decides.
describe('findSensitiveEvidence, a specialist for children and adults', () => {
  it.each([
    [
      'a child (en)',
      'Theo will be absent. He was born with it, and now the cardiologist says he needs surgery.',
    ],
    [
      'a child (nl)',
      'Theo is er drie weken niet; de cardioloog zegt dat hij geopereerd moet worden.',
    ],
  ])('reads the cardiologist of %s as the pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['a colleague (en)', 'Our colleague Mark saw the cardiologist after his heart attack.'],
    ['a teacher (nl)', 'Juf Ellen moet volgende week naar de cardioloog.'],
  ])('reads the cardiologist of %s as the adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Train round 7: a residence permit in other words, for international staff.
describe('findSensitiveEvidence, residence status', () => {
  it.each([
    ['a spouse’s residence card (en)', "Hi Oksana,\nMy wife's residence card expired last week."],
    [
      'a highly skilled migrant’s permit and a son’s therapy (en)',
      "For kennismigranten the minimum is higher. I went part-time because of my son's therapy.",
    ],
    [
      'a highly skilled migrant’s permit and therapy (nl)',
      'Als kennismigrant moet ik dit melden; mijn therapie loopt nog.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it.each([
    ['a parking permit (en)', 'Your parking permit for the school car park is ready at reception.'],
    ['one weak word alone (nl)', 'Wij werven ook kennismigranten voor onze scholen.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round 7: "operatie" in English.
describe('findSensitiveEvidence, surgery', () => {
  it('reads the writer’s own surgery as an adult’s (en)', () => {
    expect(
      subjectsOf(
        'Hi Karin,\nMy knee surgery is planned for 12 November, then two weeks of sick leave.',
      ),
    ).toEqual(['adult']);
  });

  it('reads a named child’s surgery as a pupil’s (en)', () => {
    expect(subjectsOf('Theo will be absent for three weeks: he needs heart surgery.')).toEqual([
      'pupil',
    ]);
  });

  it('finds nothing in a notice to everyone (en)', () => {
    expect(subjectsOf('Dear all,\nThe GP surgery next to school has new opening hours.')).toEqual(
      [],
    );
  });
});

// Train rounds 11–13: a teacher's or intern's own parent is an adult, and an appraisal talk that
// is only planned or thanked for says nothing.
describe('findSensitiveEvidence, the writer’s family and appraisal talks', () => {
  it.each([
    [
      'a teacher’s mother’s diagnosis (nl)',
      'Beste Nathalie,\nMijn moeder heeft begin dit jaar de diagnose Alzheimer gekregen.',
    ],
    [
      'an intern’s father on a psychiatric ward (nl)',
      'Beste Anja,\nHet gaat thuis niet goed met mijn vader, hij is opgenomen op de gesloten afdeling.',
    ],
    [
      'an appraisal talk with its outcome (nl)',
      'Hoi Wim,\nIn het functioneringsgesprek met Karin hebben we een verbetertraject afgesproken.',
    ],
  ])('reads %s as an adult’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a thank-you for an appraisal talk (nl)',
      'Hoi Nadia,\nDank je wel voor het fijne functioneringsgesprek van gisteren.',
    ],
    [
      'appraisal talks to plan (nl)',
      'Hoi Mehmet,\nJe hebt nog 6 beoordelingsgesprekken openstaan (Ivo, Geert en Bart).',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round 9: "als ik bij een kleuter blauwe plekken zie" read the bruises as the writer's own.
describe('findSensitiveEvidence, an anonymous child between the writer and the term', () => {
  it.each([
    [
      'nl',
      'Hoi Noor,\nEen algemene vraag: als ik bij een kleuter blauwe plekken zie, maak ik dan zelf foto’s?\nFrank',
    ],
    [
      'en',
      'Hi Noor,\nA general question: when I see a toddler with bruises on his arms, do I take photos myself?\nFrank',
    ],
  ])('finds nothing (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    ['nl', 'Hoi Noor,\nIk heb een burn-out en ben ziek gemeld, zeg ik tegen een kind.\nFrank'],
    ['en', 'Hi Noor,\nI have a burnout and I am on sick leave.\nFrank'],
  ])('keeps the writer’s own term (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Train rounds 6 and 13: a rule book named after a topic ("klachtenregeling") and a portal's
// automatic notice ("Je loonstrook staat voor je klaar") were read as someone's situation.
describe('findSensitiveEvidence, rule books and automatic notices', () => {
  it.each([
    [
      'a rule book named after the topic (nl)',
      'Hoi Ruud,\n\nDe regeling staat op de website. Eerst probeert de school het zelf op te lossen met de ouder; lukt dat niet, dan kan de ouder naar de vertrouwenspersoon. Een waarschuwing of andere maatregel voor een medewerker is een aparte HR-procedure.\n\nPetra\n\n> Waar kan ik de actuele klachtenregeling vinden? Een ouder vraagt ernaar. Ruud',
    ],
    [
      'a rule book named after the topic (en)',
      'Hi Ruud,\n\nIt is on the website. First the school tries to solve it with the parent; if that fails, the parent goes to the confidential adviser. A warning or other measure for a staff member is a separate HR procedure.\n\nPetra\n\n> Where do I find my sick leave policy? And the complaint procedure? Ruud',
    ],
    [
      'the disciplinary procedure as the collective agreement describes it (nl)',
      'Beste meneer Knops,\nDe disciplinaire procedure staat beschreven in de cao, artikel 8. Vragen kunnen naar HR.\nRachel',
    ],
    [
      'a portal’s notice (nl)',
      'Beste Youssef,\n\nJe loonstrook over januari 2025 staat voor je klaar in AFAS InSite. Log in om hem te bekijken.\n\nDit is een automatisch bericht.',
    ],
    [
      'a portal’s notice (en)',
      'Dear Youssef,\nYour payslip for January is ready for you in AFAS.\nThis is an automated message.',
    ],
    [
      'a portal’s notice that says it was sent automatically (nl)',
      'Beste Sanne,\nEr staat een nieuw document voor je klaar in InSite: Loonstrook januari 2025.\nDit bericht is automatisch verstuurd.',
    ],
    [
      'a portal’s notice that says it was sent automatically (en)',
      'Dear Sanne,\nA new document is waiting for you in InSite: payslip January 2025.\nThis message was sent automatically.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a complaint against a named colleague (nl)',
      'Hoi Petra,\nIk heb een klacht ingediend tegen mijn collega Sanne; ze is nu op non-actief gezet.\nRuud',
    ],
    [
      'a named colleague’s sick leave (en)',
      'Hi Petra,\nMark is on sick leave with a burnout; the sick leave started on Monday.\nRuud',
    ],
    [
      'one disciplinary procedure against a named teacher, not the rule book (en)',
      'Dear Ms Dolmans,\nSander Knops was subject to a disciplinary procedure after an incident on a school camp.\nRachel',
    ],
    [
      'a disciplinary procedure someone went through, named by title (en)',
      'Dear Ms Dolmans,\nIn a reference call a former colleague said that Mr Knops was subject to a disciplinary procedure after an incident on a school camp.\nRachel',
    ],
    [
      'a disciplinary procedure someone went through, named by title (nl)',
      'Beste mevrouw Dolmans,\nEen oud-collega vertelde dat tegen meneer Knops een disciplinaire procedure liep na een incident op schoolkamp.\nRachel',
    ],
    [
      'a payslip with an amount (nl)',
      'Beste Youssef,\nJe loonstrook: bruto salaris € 3.806,22, netto € 2.900,10. Je schuld bij de bank is afgelost.',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// Train rounds 8 and 11: the writer's job title under the closing ("leerplichtambtenaar") and a
// word inside an e-mail address ("@leerplicht-roerdal.nl") were tied to a pupil named above.
describe('findSensitiveEvidence, job titles in signatures and words in addresses', () => {
  it.each([
    [
      'a job title under the closing (nl)',
      'Beste administratie,\n\nHet verlof voor Zofia Nowak (groep 3) is goedgekeurd. Wilt u het registreren?\n\nMet vriendelijke groet,\nYvonne Habets\nleerplichtambtenaar\n',
    ],
    [
      'a job title under the closing (en)',
      'Dear office,\n\nThe leave for Zofia Nowak (group 3) is approved. Could you register it?\n\nKind regards,\nYvonne Habets\nschool psychologist\n',
    ],
    [
      'a word in an e-mail address (nl)',
      'Hoi René,\n\nJa, Marieke schuift aan. Namen bespreken we dinsdag.\n\nHanneke\n\nVan: René Dohmen <r.dohmen@leerplicht-roerdal.nl>\nVerzonden: maandag 17 februari 2025 09:50\n',
    ],
    [
      'a word in a web address (en)',
      'Hi Rene,\n\nYes, Marieke will join us. See www.youthcare-psychologist.example for the room.\n\nHanneke',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'the same title in the body (nl)',
      'Beste administratie,\n\nDe leerplichtambtenaar heeft een proces-verbaal opgemaakt tegen de ouders van Zofia Nowak (groep 3).\n\nMet vriendelijke groet,\nYvonne Habets',
    ],
    [
      'a diagnosis in the body above a signature (en)',
      'Dear office,\n\nZofia Nowak (group 3) has been diagnosed with epilepsy and takes medication.\n\nKind regards,\nYvonne Habets\nschool nurse\n',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train round 13: a team mail about a named colleague's operation, who "mag zes weken niet voor
// de klas staan", read the bare name as a pupil's.
describe('findSensitiveEvidence, a named person who teaches', () => {
  it.each([
    [
      'nl',
      "Beste collega's,\nFemke is vorige week geopereerd aan haar knie. Ze mag minstens zes weken niet voor de klas staan.\nGroet, Ruud",
    ],
    [
      'en',
      'Dear colleagues,\nFemke had surgery on her knee last week. She cannot teach her class for at least six weeks.\nRuud',
    ],
  ])('reads the name as an adult (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'nl',
      "Beste collega's,\nDaan is vorige week geopereerd aan zijn knie. Hij mag zes weken niet gymmen.\nGroet, Ruud",
    ],
    [
      'en',
      'Dear colleagues,\nDaan had surgery on his knee last week. He cannot do PE for six weeks.\nRuud',
    ],
  ])('keeps a name without teaching a pupil’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Train round 11: a care meeting's agenda where "Monique presenteert de werkwijze voor
// arrangementen" (and "(presentatie M. Jansen)") tied the topic to the presenter.
describe('findSensitiveEvidence, a presenter in an agenda', () => {
  it.each([
    [
      'nl',
      "Beste collega's,\nIn de bijlage de agenda voor het zorgoverleg. Monique presenteert de nieuwe werkwijze voor het arrangement.\nGroet, Ingrid",
    ],
    [
      'nl, in brackets',
      "Beste collega's,\nAgenda zorgoverleg\nNieuwe werkwijze aanmelden arrangement SWV (presentatie M. Jansen)\nGroet, Ingrid",
    ],
    [
      'en',
      'Dear colleagues,\nThe agenda for the care meeting is attached. Monique presents the new procedure for an IEP.\nIngrid',
    ],
  ])('finds nothing (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still ties a pupil named beside the presenter (nl)', () => {
    expect(
      subjectsOf(
        "Beste collega's,\nMonique presenteert de werkwijze. Daan (groep 5) krijgt een arrangement en heeft ADHD.\nGroet, Ingrid",
      ),
    ).toContain('pupil');
  });
});

// Train rounds 8 and 11: aggregated figures ("Alle cijfers geaggregeerd", "het aantal langdurig
// zieken") were read as one person's levels or sick leave.
describe('findSensitiveEvidence, aggregated figures and counts', () => {
  it.each([
    [
      'aggregated levels (nl)',
      'Trendanalyse midden 2024-2025, Marieke Coumans. Alle cijfers geaggregeerd, geen individuele leerlingen.\nRekenen 1F (gr 8)\t85%\nLezen 2F (gr 8)\t49%\nBegrijpend lezen gr 5\t58% I-III',
    ],
    [
      'aggregated levels (en)',
      'Trend analysis, Marieke Coumans. All figures aggregated, no individual pupils.\nMaths 1F (gr 8)\t85%\nReading 2F (gr 8)\t49%\nComprehension gr 5\t58% I-III',
    ],
    [
      'a count of the long-term sick (nl)',
      'Hoi Ruud,\nIn de bijlage alleen aantallen. Bij de kleine scholen zou ik het aantal langdurig zieken niet per school publiceren.\nPetra',
    ],
    [
      'a count of the long-term sick (en)',
      'Hi Ruud,\nOnly totals attached. For the small schools I would not publish the number of long-term sick per school.\nPetra',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Hoi Ruud,\nDaan (groep 5) heeft ADHD en het aantal incidenten neemt toe; hij krijgt medicatie.\nPetra',
    ],
    [
      'en',
      'Hi Ruud,\nDaan (group 5) has ADHD and the number of incidents is rising; he now takes medication.\nPetra',
    ],
  ])('still finds a named pupil beside a count (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train round 14: a salary written as a pay scale and step.
describe('findSensitiveEvidence, a pay grade', () => {
  it('reads the writer’s own scale and step as an adult’s (nl)', () => {
    expect(
      subjectsOf('Hallo Marieke,\nOp mijn strook van december staat schaal L10 trede 3.'),
    ).toEqual(['adult']);
  });

  it('reads a named colleague’s scale and step as an adult’s (en)', () => {
    expect(subjectsOf('Hi Harold,\nOlaf Brouns starts on salary scale 10, step 6.')).toEqual([
      'adult',
    ]);
  });

  it('finds nothing in the pay table of the collective agreement (nl)', () => {
    expect(
      subjectsOf('Beste collega’s,\nIn de nieuwe cao gaat schaal L10 trede 3 met 2% omhoog.'),
    ).toEqual([]);
  });
});

// Train round 14: a health or home situation of one's own grown-up relative is that adult's.
describe('findSensitiveEvidence, one’s own relative', () => {
  it('reads the writer’s brother in hospital as an adult’s, not a pupil’s (en)', () => {
    expect(
      subjectsOf(
        'Dear Fatima,\nI need two days off. My brother was injured near Zaporizhzhia and is in a hospital in Lviv.',
      ),
    ).toEqual(['adult']);
  });

  it('reads the writer’s named sister after surgery as an adult’s (en)', () => {
    expect(
      subjectsOf(
        'Hi Anna,\nI cannot come on Friday. My sister Maria is in a hospital in Gdansk after surgery.',
      ),
    ).toEqual(['adult']);
  });

  it('reads a pupil’s mother’s admission as the mother’s and the pupil’s (en)', () => {
    expect(
      subjectsOf(
        'Dear Ms Brown,\nOur son Sam will be absent this week. His mother was admitted to a psychiatric ward with depression.',
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('reads the writer’s father’s illness as an adult’s (nl)', () => {
    expect(
      subjectsOf('Hoi Petra,\nIk kan vrijdag niet. Mijn vader is opgenomen met een hartinfarct.'),
    ).toEqual(['adult']);
  });

  it.each([
    [
      'what a mother asks about her child (en)',
      'Amara is still below the expected level and her mum asked whether she could be assessed for dyslexia.',
    ],
    [
      'a parent who was called (en)',
      'Yusuf had a seizure during PE. We called his mum and the ambulance checked him.',
    ],
    [
      'a parent and the writer splitting up, the child crying (nl)',
      'tim slaapt slecht want zijn vader en ik gaan uit elkaar en hij huilt veel',
    ],
  ])('does not read %s as the relative’s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });
});

// Train round 15: the reader's "je" owns a term only in the term's own sentence.
describe('findSensitiveEvidence, the reader in another sentence', () => {
  it('reads a pupil’s test after the reader’s "je" as no adult’s (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Rob,\nEven kort de uitkomst van de evaluatie met ouders van S.J.-K. (jouw groep 7), dan hoef je niet alles te zoeken.\n- Het intelligentieonderzoek is terug: TIQ 78.',
      ),
    ).not.toContain('adult');
  });

  it('reads the reader’s own sick leave in the same sentence as an adult’s (en)', () => {
    expect(subjectsOf('Hi Sam,\nI hope your sick leave and your chemotherapy go well.')).toEqual([
      'adult',
    ]);
  });
});

// Train round 14: a procedure addressed to whoever reads it, naming nobody, is nobody's record.
describe('findSensitiveEvidence, a procedure for any reader', () => {
  it.each([
    [
      'a sick-leave protocol (nl)',
      '1. Je bent ziek: wat doe je?\nMeld je vóór 07.15 uur telefonisch ziek bij je directeur. De directeur registreert de melding. Daarmee wordt de arbodienst automatisch geïnformeerd. Zorg dat je tijdens je ziekte bereikbaar bent op het bij ons bekende adres.',
    ],
    [
      'an onboarding checklist (en)',
      'Welcome to the team! To set up your contract and salary, we need a copy of your passport and your residence permit if applicable.',
    ],
    ['an article’s subject line (en)', 'Re: FW: article on teacher burnout'],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'the writer’s own sick leave (nl)',
      'Hoi Sanne,\nIk ben ziek, de arbodienst belt me morgen over mijn burn-out.',
    ],
    [
      'a named reader’s sick leave (nl)',
      'Hoi Sanne,\nJe ziekmelding is verwerkt; de arbodienst belt je morgen over je burn-out.',
    ],
    [
      'the writer’s own leave (en)',
      'I am on sick leave; the occupational doctor will call me about my burnout.',
    ],
  ])('still finds an adult in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Precision round (all folders): "het kind", "the child" in a procedure that names nobody is any
// child, whichever the procedure is about; a named pupil or "mijn kind" stays one pupil.
describe('findSensitiveEvidence, the child of a procedure', () => {
  it.each([
    [
      'a reporting-code answer (nl)',
      "Goede vraag! Foto's maken we niet zelf, dat doet zo nodig de jeugdarts of Veilig Thuis. Jij beschrijft wat je ziet en wat het kind er zelf over zegt. Dat zet je in het journaal, niet in de mail.",
    ],
    [
      'a transfer checklist (en)',
      'Here is our checklist for transfers: latest report, any support plans (sent via secure transfer), medical information only via the parents, and a short page written by the child.',
    ],
  ])('finds no pupil in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('pupil');
  });

  it.each([
    [
      'a named pupil beside "het kind" (nl)',
      'Daan (groep 5) heeft blauwe plekken. Jij beschrijft wat het kind er zelf over zegt en belt Veilig Thuis.',
    ],
    [
      'a parent’s own child (nl)',
      'Mijn kind heeft ADHD en krijgt medicatie van de kinderpsychiater.',
    ],
    [
      'a named pupil beside "the child" (en)',
      'Noah in Year 4 has bruises again. Please write down what the child says and call Veilig Thuis.',
    ],
  ])('still finds a pupil in %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train rounds 14 and 15: a name in a table row with a class column is a pupil's, in a staff
// list (a "Functie" column) an adult's.
describe('findSensitiveEvidence, a class list', () => {
  it('reads a medication list with a class column as pupils’, not adults’ (nl)', () => {
    expect(
      subjectsOf(
        'Naam;Groep;Medicatie / dieet;Bijzonderheden\nMehmet Kaya;8a;Ventolin puffer;reserve bij juf\nAdam Ouali;8b;geen;halal eten, geen varkensvlees\nIsa Linders;8b;insuline (pomp);diabetes type 1',
      ),
    ).toEqual(['pupil']);
  });

  it('reads a medication list with a class column as pupils’ (en)', () => {
    expect(
      subjectsOf(
        'Name;Class;Medication;Notes\nTom Baker;5b;inhaler;asthma, no pork\nLily Evans;5b;EpiPen;nut allergy',
      ),
    ).toEqual(['pupil']);
  });

  it('reads a staff sick list with a job column as adults’, not pupils’ (nl)', () => {
    expect(
      subjectsOf(
        'Naam\tSchool\tFunctie\tEerste ziektedag\tOpmerking\nBart Schreurs\tkbs De Triangel\tvakleerkracht gym\t20-01-2025\toverspannen na overlijden vader\nLotte Meulenberg\tbs De Wissel\tIB\t09-12-2024\tburn-out, POH-GGZ betrokken',
      ),
    ).toEqual(['adult']);
  });

  // Content-train-82: a provision map names each pupil first and who helps them in a staff column.
  it('reads a table whose first column is the pupil as pupils’, whatever staff column it has (en)', () => {
    expect(
      subjectsOf(
        "Pupil\tClass\tNeed (as recorded)\tProvision\tFrequency\tStaff\tReview date\nTobias Feldmann\tY5 Herons\tADHD (diagnosed 2024) - on medication since Jan\tMovement breaks; seat near front; check-in with TA\tDaily\tM. O'Rourke\t28/03/2025\nYuki Tanaka\tY5 Herons\tDyslexia (EP report Jan 2025)\tStructured literacy; extra time; text-to-speech\t3x week\tD. Raghunathan\t28/03/2025\nRafael Moreira\tY1 Seals\tDevelopmental language disorder\tSLT targets in class; pre-teach vocabulary\tDaily\tS. Ni Bhriain\t14/03/2025",
      ),
    ).toEqual(['pupil']);
  });

  it('still reads a staff list with a class column as adults’ (nl)', () => {
    expect(
      subjectsOf(
        'Medewerker;Groep;Ziek sinds;Reden\nPetra Lemmens;4;02-09-2024;burn-out, begeleiding via bedrijfsarts\nHamid Azzouzi;7;;',
      ),
    ).toEqual(['adult']);
  });

  // Content-train-27: a BHV list with a "Rol" column and emergency contacts ("zoon 06-…").
  it.each([
    [
      'nl',
      'Naam;Rol;Lokaal;Medische bijzonderheden;Noodcontact\nMehmet Kaya;BHV;groep 7;diabetes type 1, insulinepomp;echtgenote 06-28810937\nJoke Vullings;BHV;groep 3;epilepsie, goed ingesteld op medicatie;zoon 06-19283746\nLisa Theunissen;BHV;administratie;allergisch voor wespen (epipen in tas);moeder 06-20495827',
    ],
    [
      'en',
      'Name;Role;Room;Medical notes;Emergency contact\nTom Baker;first aid;room 7;diabetes type 1, insulin pump;wife 06-28810937\nJane Hill;first aid;room 3;epilepsy, stable on medication;son 06-19283746\nLisa Evans;first aid;office;allergic to wasps (EpiPen in bag);mother 06-20495827',
    ],
  ])('reads a staff list with a role column as adults’ (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'nl',
      'Naam;Groep;Rol;Bijzonderheden\nDaan Hermans;5;de koning;epilepsie, medicatie bij juf\nSem Jansen;5;verteller;allergisch voor noten (epipen in tas)',
    ],
    [
      'en',
      'Name;Class;Role;Notes\nTom Baker;5b;the king;epilepsy, medication with the teacher\nLily Evans;5b;narrator;allergic to nuts (EpiPen in bag)',
    ],
  ])('still reads a cast list with a class column as pupils’ (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Train round 14: sick leave written apart, and the reader's own personnel file.
describe('findSensitiveEvidence, HR words in other spellings', () => {
  it.each([
    [
      'a complaint going into the reader’s file (nl)',
      'Hoi Roy,\nIk zal ook de klacht bespreken die de ouder heeft ingediend en wat daarover in je dossier komt.',
    ],
    [
      'sick leave written apart (nl)',
      'Hoi Lotte,\nFijn dat je er weer bent. Je bent op 3 maart ziek gemeld; de bedrijfsarts belt je nog.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('reads a pupil’s file as no adult’s (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Sanne,\nHet verslag van het gesprek met de ouders van Daan komt in het dossier van de leerling.',
      ),
    ).not.toContain('adult');
  });
});

// Train rounds 14 and 15: a leave request for a feast of one's faith says whose faith it is.
describe('findSensitiveEvidence, the feasts of a faith', () => {
  it.each([
    [
      'a leave request for Suikerfeest (nl)',
      'Salaam Fatima,\nIk wil graag verlof aanvragen voor maandag 31 maart i.v.m. het Suikerfeest.\nGr Karim',
    ],
    [
      'a leave request for Diwali (en)',
      'Dear HR,\nI would like to request one day of special leave. I’m a practising Hindu and this is Diwali.\nAnjali',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a lesson on feasts of many faiths (nl)',
      'Beste ouders,\nVolgende week besteden we in groep 4 aandacht aan feesten uit verschillende geloven: het Suikerfeest, Divali, Chanoeka en Kerst.',
    ],
    [
      'a calendar of feasts for all parents (en)',
      'Dear parents,\nPlease find the calendar of religious holidays: Eid al-Fitr, Diwali, Hanukkah and Christmas.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round 14: residence status in other words, and a union cadre "bij" the union.
describe('findSensitiveEvidence, residence status and union in other words', () => {
  it.each([
    [
      'temporary protection and the IND (nl)',
      'Hoi Judith,\nTesfay begint 1 maart bij ons als conciërge. Zijn pasje van de IND loopt nog tot oktober. Daarnaast heeft hij een sticker tijdelijke bescherming.',
    ],
    [
      'temporary protection (en)',
      'Dear Ms Smith,\nOur family has temporary protection status; my husband Taras is still in Ukraine.',
    ],
    ['a union cadre (nl)', 'Hoi Mieke,\nIk neem Henk Frissen mee. Hij is kaderlid bij de AOb.'],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in a general note on the IND (nl)', () => {
    expect(
      subjectsOf(
        'Beste collega’s,\nDe IND heeft nieuwe openingstijden voor het loket in Maastricht.',
      ),
    ).toEqual([]);
  });
});

// Train round 14: a faith's fast, detention pending trial and an incurable illness, in everyday words.
describe('findSensitiveEvidence, everyday words for faith, detention and illness', () => {
  it.each([
    [
      'a father’s fast (nl)',
      'Hoi Fatima,\nVader Bouzidi vroeg of zijn gesprek na 19.00 kan i.v.m. de vasten.',
    ],
    [
      'a husband held pending trial (nl)',
      'Hoi juf Mariska,\nMijn man zit voorlopig vast, de advocaat zegt misschien tot de zitting in april.',
    ],
    [
      'a terminally ill colleague (en)',
      'Hi Ann,\nTom’s wife is terminally ill and in a hospice now.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it.each([
    [
      'a fasting blood test (nl)',
      'Hoi allemaal,\nVoor de bloedtest moet je nuchter komen; vasten vanaf 22.00.',
    ],
    [
      'a lesson on palliative care (en)',
      'Dear all,\nThe guest lesson on palliative care and hospices is on Monday.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round 14: an invitation to one talk is one person's matter, not a broadcast.
describe('findSensitiveEvidence, an invitation to one talk', () => {
  it('reads a complaint in an invitation to a performance review as an adult’s (nl)', () => {
    expect(
      subjectsOf(
        'Onderwerp: uitnodiging functioneringsgesprek\nHoi Roy,\nIk zal ook de klacht bespreken die de ouder via het bestuur heeft ingediend en wat daarover in je dossier komt.',
      ),
    ).toEqual(['adult']);
  });

  it('finds nothing in an invitation to the parent talks (nl)', () => {
    expect(
      subjectsOf(
        'Onderwerp: uitnodiging oudergesprekken\nBeste ouders,\nHeeft u een klacht of een vraag, dan kunt u die in het gesprek bespreken.',
      ),
    ).toEqual([]);
  });
});

// Train round 14: parts of one's pay next to one's own money trouble.
describe('findSensitiveEvidence, parts of one’s pay', () => {
  it('reads a forwarded advance on the writer’s holiday pay beside a payment plan as an adult’s (nl)', () => {
    expect(
      subjectsOf(
        'Judith, kan dit?\nM.\n-----Oorspronkelijk bericht-----\nVan: Rik Souren <r.souren@kindante.nl>\nAan: Mieke Kurvers <m.kurvers@kindante.nl>\nOnderwerp: voorschot?\nMieke, zou het mogelijk zijn om een voorschot te krijgen op mijn vakantiegeld? Er liggen nogal wat rekeningen en de energiemaatschappij dreigt af te sluiten. Ik heb ook al een betalingsregeling voor de zorgverzekering lopen. Het is echt tijdelijk, sinds de scheiding betaal ik alles alleen.\nRik',
      ),
    ).toEqual(['adult']);
  });

  it('finds nothing in a note on when holiday pay is paid (nl)', () => {
    expect(
      subjectsOf(
        'Beste collega’s,\nHet vakantiegeld en de eindejaarsuitkering worden in mei uitbetaald.',
      ),
    ).toEqual([]);
  });
});

// Train round 15: a women's shelter by its name, as usually written, is the parent's and the child's.
describe('findSensitiveEvidence, a women’s shelter by name', () => {
  it('reads a mother in "Blijf van m’n Lijf" with her daughter as both (nl)', () => {
    expect(
      subjectsOf(
        "Hoi Esther,\nIk zit sinds zondag met mijn dochter Lina (groep 5) in de opvang van Blijf van m'n Lijf.\nMiriam",
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('finds nothing in a collection for the shelter (nl)', () => {
    expect(
      subjectsOf(
        "Beste ouders,\nDe opbrengst van de kerstmarkt gaat naar Blijf van m'n Lijf in Heerlen.",
      ),
    ).toEqual([]);
  });
});

// Train round 15: in a general text, the person to go to is no one's file.
describe('findSensitiveEvidence, the person to go to', () => {
  it.each([
    [
      'talk to the IB (en)',
      'Dear colleagues,\nIf a child shares something worrying during these activities, follow the meldcode steps and talk to Marieke.',
    ],
    [
      'contact op met de IB (nl)',
      'Beste collega’s,\nVertelt een kind iets zorgelijks, volg dan de meldcode en neem contact op met Sanne.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still reads a named pupil in a general text as a pupil’s (nl)', () => {
    expect(
      subjectsOf('Beste collega’s,\nVolgens de meldcode hebben we voor Daan een melding gedaan.'),
    ).toEqual(['pupil']);
  });
});

// Train round 14: a health word nobody else is tied to, said by the writer of themself.
describe('findSensitiveEvidence, the writer’s own health in everyday words', () => {
  it('reads a volunteer lying awake and seeing someone via the GP as an adult’s (nl)', () => {
    expect(
      subjectsOf(
        "Hoi Petra,\nHet gaat thuis niet zo lekker met me, ik lig 's nachts wakker en overdag ben ik nergens. Ik praat nu elke week met iemand via de huisarts.\nLiefs Bianca",
      ),
    ).toEqual(['adult']);
  });

  it.each([
    [
      'what the writer noticed of someone else (en)',
      'Hi Petra,\nI noticed she is lying awake at night and that her GP is involved.',
    ],
    [
      'what the writer noticed of someone else (nl)',
      "Hoi Petra,\nIk merk dat ze 's nachts wakker ligt en dat haar huisarts betrokken is.",
    ],
    [
      'a writer speaking of a child (nl)',
      "Hoi Petra,\nIk merk dat mijn zoon 's nachts wakker ligt; we gaan naar de huisarts.",
    ],
  ])('does not read %s as the writer’s', (_name, text) => {
    const cues = findSensitiveEvidence(text, lexicon).map((item) => item.cue);
    expect(cues).not.toContain('the writer (I)');
  });
});

// Train round 14: reintegration in English, as in Dutch.
describe('findSensitiveEvidence, reintegration in English', () => {
  it('reads the writer’s reintegration schedule as an adult’s (en)', () => {
    expect(
      subjectsOf(
        'Dear Judith,\nAs discussed, the occupational physician (Dr. Lammers) advised that I start my reintegration on 3 March with two hours a day.',
      ),
    ).toEqual(['adult']);
  });

  it('finds nothing in a training on reintegration for all managers (en)', () => {
    expect(
      subjectsOf(
        'Dear all,\nThe training on reintegration and the role of the occupational physician is on 12 May.',
      ),
    ).toEqual([]);
  });
});

// Train round 15: a police raid on a pupil's home, in everyday words.
describe('findSensitiveEvidence, a police raid at home', () => {
  it('reads a raid a named pupil witnessed as the pupil’s (nl)', () => {
    expect(
      subjectsOf(
        'Beste juf Marloes,\nDonderdag is de politie bij ons binnengevallen. Emir heeft alles gezien en wil sindsdien niet meer alleen slapen.',
      ),
    ).toContain('pupil');
  });

  it('finds nothing in a lesson plan about the police (en)', () => {
    expect(
      subjectsOf(
        'Dear all,\nIn the lesson on professions the children learn what a police raid is.',
      ),
    ).toEqual([]);
  });
});

// Train round 15: the sender's job title under the closing is their trade, nobody's file.
describe('findSensitiveEvidence, a job title under the closing', () => {
  it.each([
    [
      'a therapist’s title (en)',
      'Dear Mr and Mrs Alves,\nThank you for the meeting today, see you in March.\nKind regards,\nRosa Mendes\nspeech and language therapist (stuttering)',
    ],
    [
      'a psychologist’s title (nl)',
      'Beste Wies,\nDank voor je vraag, ik bel je volgende week.\nMet vriendelijke groet,\nLinda Scheepers\nGZ-psycholoog, traumabehandeling',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still reads a PS under the closing (nl)', () => {
    expect(
      subjectsOf(
        'Beste Wies,\nTot donderdag.\nMet vriendelijke groet,\nLinda\nPS: Daan heeft sinds kort de diagnose ADHD.',
      ),
    ).toEqual(['pupil']);
  });

  it('reads a stuttering named pupil as a pupil’s (en)', () => {
    expect(
      subjectsOf(
        'Dear Ms Brown,\nIsabella (group 5) has been in therapy since September for stuttering.',
      ),
    ).toContain('pupil');
  });
});

// Train round 16: a word quoted as a topic ("het onderwerp 'diabetes'") is the word, not a condition.
describe('findSensitiveEvidence, a word quoted as a topic', () => {
  it.each([
    [
      'nl',
      "Jurre mag zelf kiezen waar hij zijn spreekbeurt over houdt. Het onderwerp 'diabetes', dat hij noemde na de les, mag ook.",
    ],
    [
      'en',
      'Mia may choose her own talk. The topic "diabetes", which she named after the lesson, is fine too.',
    ],
  ])('finds nothing in a quoted topic (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a quoted condition with no topic word (nl)',
      "Jurre heeft 'diabetes', zegt zijn moeder; hij moet prikken.",
    ],
    [
      'a quoted condition with no topic word (en)',
      'Mia has "diabetes", her mother says, and needs insulin at lunch.',
    ],
    [
      'a subject header with a colon (nl)',
      "Jurre (groep 5), onderwerp: 'diabetes'. Hij moet prikken voor de lunch.",
    ],
    [
      'the topic word before an unquoted condition (en)',
      'About the topic of the talk: Mia has diabetes, so she needs insulin at lunch.',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train round 17: "signed off on" approves or certifies; "signed off sick" is a sick note.
describe('findSensitiveEvidence, "signed off on"', () => {
  it('finds nothing in a certification (en)', () => {
    expect(
      subjectsOf("Hi Ruud,\nGood news, I've been signed off on the BHV training today.\nMateusz"),
    ).toEqual([]);
  });

  it.each([
    [
      'signed off sick (en)',
      "Hi Ruud,\nI've been signed off sick for two weeks by my GP.\nMateusz",
    ],
    [
      'signed off on sick leave (en)',
      "Hi Ruud,\nI've been signed off on sick leave until March.\nMateusz",
    ],
    [
      'a Dutch sick note (nl)',
      'Hoi Ruud,\nIk ben door de huisarts ziek gemeld met een burn-out.\nMateusz',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// Content round 18: a parent's own restraining order, debt administration and job loss in everyday
// words.
describe('findSensitiveEvidence, adults’ money and measures in everyday words', () => {
  it.each([
    [
      'a father’s restraining order (nl)',
      'Ingrid,\nDe vader van Jayden (Kevin Pieters) heeft nog een straatverbod richting zijn ex.',
    ],
    [
      'a mother’s debt administration (nl)',
      'Hoi Bert,\nDe moeder van Wiktor kan nu niet betalen, ze zit in een bewindtraject.',
    ],
    [
      'a father without work (nl)',
      'Juf,\nHet klopt dat ik sinds januari geen werk meer heb, de fabriek is dicht.\nMehmet',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it.each([
    [
      'a restraining order said not to exist (nl)',
      'Ingrid,\nEr is geen straatverbod voor de vader van Jayden, hij mag hem gewoon ophalen.',
    ],
    [
      'a general note on debt administration (nl)',
      'Beste collega’s,\nIn een bewindtraject beheert een bewindvoerder het geld van een huishouden.',
    ],
    [
      'a lesson about work (nl)',
      'Beste ouders,\nIn groep 8 praten we over beroepen: wat doe je als er geen werk meer is?',
    ],
  ])('finds no adult in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });
});

// Content round 18: a grandparent writes of their own son or daughter, the pupil's parent.
describe('findSensitiveEvidence, a grandparent’s grown-up child', () => {
  it.each([
    [
      'a grandfather’s daughter (nl)',
      'Beste mevrouw Dassen,\nIk ben de opa van Mats uit groep 3. Mijn dochter is sinds kort opgenomen in de Mondriaan en ik zorg tijdelijk voor Mats.',
    ],
    [
      'a grandmother’s son (en)',
      'Dear Ms Dassen,\nI am the grandmother of Ava in group 3. My son is in hospital with depression, so I look after Ava for now.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it('keeps a parent’s own daughter a child (nl)', () => {
    expect(
      subjectsOf(
        'Beste juf,\nMijn dochter is sinds kort opgenomen in het ziekenhuis, ze mist de toets.',
      ),
    ).toEqual(['pupil']);
  });
});

// Content round 18: a police report against a teacher, told beside the employer's measure.
describe('findSensitiveEvidence, a named person under an employer’s measure', () => {
  it.each([
    [
      'a suspended teacher reported to the police (nl)',
      'Wim,\nDe ouder heeft aangifte gedaan tegen Henk Schoenmakers wegens een duw. De politie heeft hem gisteren verhoord. Henk is tot nader order op non-actief gezet.',
    ],
    [
      'a teacher suspended pending the investigation (en)',
      'Hi Wim,\nA parent went to the police about Mark Evans after a push. Mark has been sent home pending the investigation.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('keeps a pupil’s police report the pupil’s (nl)', () => {
    expect(
      subjectsOf(
        'Wim,\nDe ouder heeft aangifte gedaan tegen Daan wegens een duw. De politie heeft hem gisteren verhoord. Henk is tot nader order op non-actief gezet.',
      ),
    ).toContain('pupil');
  });
});

// Content round 18: a return after sick leave told as building up.
describe('findSensitiveEvidence, building up after sick leave', () => {
  it.each([
    [
      'a colleague building up (nl)',
      'Beste collega’s,\nMarieke komt vanaf maandag twee ochtenden. Ze is een tijd weg geweest en bouwt rustig op.',
    ],
    [
      'a colleague building up, with a psychologist (nl)',
      'Mirjam, jij neemt groep 7 nog t/m week 11. Joost bouwt op; vanaf week 10 misschien een derde ochtend. Hij zit nog bij de psycholoog.',
    ],
    [
      'a colleague building up her hours (en)',
      'Hi all,\nSarah is back on Monday and is building up her hours after her operation.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in building on something (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Anke,\nDaan bouwt op zijn eerdere werk voort en zijn verhaal bouwt op naar een mooi slot.',
      ),
    ).toEqual([]);
  });
});

// Content round 18: a correspondent spoken of in a quoted team mail.
describe('findSensitiveEvidence, a correspondent spoken of', () => {
  const quotedTeamMail =
    'Lieve collega’s,\nIk ben er maandag weer.\nTessa\n\nVan: Ingrid Wouters\nVerzonden: woensdag 19 februari 2025 07:58\nAan: Team\nOnderwerp: afwezig\n\nBeste allemaal,\nTessa is deze week afwezig. Ze heeft haar zwangerschap verloren.\nIngrid';

  it('reads a correspondent opening a sentence with "is" as a person spoken of (nl)', () => {
    const subjects = findSensitiveEvidence(quotedTeamMail, lexicon, new Set(['tessa', 'team'])).map(
      (item) => item.subject,
    );
    expect(subjects).toContain('adult');
  });

  it('keeps a correspondent addressed by name the reader (nl)', () => {
    const evidence = findSensitiveEvidence(
      'Beste allemaal,\nTessa, wil jij de nieuwe regeling over zwangerschapsverlof rondsturen?\nIngrid',
      lexicon,
      new Set(['tessa', 'ingrid']),
    );
    expect(evidence.some((item) => item.tiedTo === 'name')).toBe(false);
  });
});

// Content round 18: support the writer gets is no pupil's record.
describe('findSensitiveEvidence, the writer’s own support', () => {
  it('does not read support the writer gets as a pupil’s record (nl)', () => {
    const terms = findSensitiveEvidence(
      'Beste mevrouw Wouters,\nIk wil me aanmelden als voorleesmoeder. Ik ben vorig jaar opgenomen geweest voor mijn verslaving. Ik ben nu 14 maanden clean en heb begeleiding.\nMarloes Habets\n(moeder van Fenna, groep 2)',
      lexicon,
    ).map((item) => item.term);
    expect(terms).toContain('verslav');
    expect(terms).not.toContain('begeleiding');
  });

  it('keeps support asked for a pupil the pupil’s (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Hanneke,\nDaan (groep 2) heeft veel moeite met lezen. Ik heb begeleiding gevraagd voor Daan bij de IB.',
      ),
    ).toContain('pupil');
  });
});

// Content round 18: an answer that calls itself general names no employee.
describe('findSensitiveEvidence, a general answer', () => {
  it.each([
    [
      'garnishment in general (nl)',
      'Hoi Ingrid,\nJe vroeg hoe het gaat als er een beslagbrief binnenkomt. In algemene zin: wij houden het bedrag in en maken het over aan de deurwaarder. De leidinggevende hoort het alleen als de medewerker dat wil.\nMarco',
    ],
    [
      'garnishment in general terms (en)',
      'Hi Ingrid,\nIn general terms: payroll withholds the amount for the bailiff, and the manager only hears of it if the employee agrees. Garnishment is handled by payroll.\nMarco',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds a named employee in a general answer (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Ingrid,\nIn algemene zin houden wij het bedrag in. Voor Henk de Vries geldt: de deurwaarder heeft beslag gelegd op zijn salaris.\nMarco',
      ),
    ).toContain('adult');
  });
});

// Content round 18: households listed by surname are the parents.
describe('findSensitiveEvidence, households listed by surname', () => {
  it('reads listed families in debt as adults (nl)', () => {
    expect(
      subjectsOf(
        'Linda,\nKwijtschelding geregeld voor de families Kaya, Zielinska en Amrani, omdat ze in de schuldsanering zitten.\nBert',
      ),
    ).toEqual(['adult']);
  });

  it('keeps one family beside its child the child’s home (nl)', () => {
    expect(
      subjectsOf(
        'Linda,\nHet gezin Geurts zit in de schuldsanering; Lotte (groep 5) komt vaak zonder eten.\nBert',
      ),
    ).toContain('pupil');
  });
});

// Content round 18: admission, a GP's letter and a stammer in other words.
describe('findSensitiveEvidence, admission and tests in other words', () => {
  it.each([
    [
      'a mother admitted again (nl)',
      'Hoi Tes,\nMijn moeder is weer opgenomen, dit keer in Maastricht.\nSamira',
    ],
    [
      'a GP’s blood test (nl)',
      'Beste mevrouw El Idrissi,\nDe uitslag van uw bloedonderzoek is binnen. Uw schildklierwaarde is verhoogd.',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it('reads a pupil’s stammer as the pupil’s (en)', () => {
    expect(
      subjectsOf(
        'Hi Siobhan,\nOliver made progress with his sounds, but the stammer is still there when he reads aloud.',
      ),
    ).toEqual(['pupil']);
  });

  it('finds nothing in minutes taken up again (nl)', () => {
    expect(subjectsOf('Beste MR-leden,\nHet punt is weer opgenomen in de notulen.')).toEqual([]);
  });
});

// Content round 18: detention pending trial told by what is awaited.
describe('findSensitiveEvidence, detention awaiting trial', () => {
  it.each([
    [
      'a husband held awaiting the hearing (nl)',
      'Beste Hanneke,\nMijn man is sinds twee weken niet meer thuis. Hij zit vast in Sittard in afwachting van de zitting. Sanne weet alleen dat papa een tijdje weg is.\nKim',
    ],
    [
      'a father held awaiting trial (en)',
      'Dear Ms Dassen,\nSanne’s dad has been held awaiting trial since May. She only knows he is away for a while.\nKim',
    ],
  ])('reads %s as the parent’s and the child’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it('finds nothing in a committee’s hearing (nl)', () => {
    expect(
      subjectsOf(
        'Beste collega’s,\nIn afwachting van de zitting van de geschillencommissie houden we het oude rooster aan.',
      ),
    ).toEqual([]);
  });
});

// Train round 19: the writer's job title under the closing ("directeur Het Palet", "stagiair
// onderwijsassistent" under "Groetjes Bram") is no adult the mail speaks of.
describe('findSensitiveEvidence, a job title in the signature', () => {
  it.each([
    [
      'a director under the closing (nl)',
      'Beste bestuurder,\nHierbij de cijfers. Ondersteuning via het traumateam: bij een derde van de groep.\n\nMet vriendelijke groet,\nMartijn Geurts\ndirecteur Basisschool Het Palet',
    ],
    [
      'the writer’s name on the closing line (en)',
      'Dear board,\nThe newcomer group: 23 arrivals, trauma support for a third of them.\n\nRegards, Martin\nteacher of the newcomer group',
    ],
  ])('finds no adult in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });

  it.each([
    [
      'a pupil’s hunger signed "Groetjes Bram" by a trainee (nl)',
      'Hoi Sandra,\nMo zegt bijna elke dag dat hij honger heeft, er is thuis geen brood.\n\nGroetjes Bram\nstagiair onderwijsassistent',
    ],
    [
      'a pupil’s hunger signed "Regards, Bram" by a colleague (en)',
      'Hi Sandra,\nMo says almost every day that he is hungry, there is nothing to eat at home.\n\nRegards, Bram\ncolleague from group 5',
    ],
  ])('reads %s as the pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'the director’s own burn-out (nl)',
      'Beste Ruud,\nIk heb een burn-out en ben ziek gemeld door de huisarts.\n\nMet vriendelijke groet,\nMartijn Geurts\ndirecteur Het Palet',
    ],
    [
      'the head teacher’s own burn-out (en)',
      'Dear Ruud,\nI have a burn-out and my GP signed me off sick.\n\nKind regards,\nMartin Geurts\nheadteacher Het Palet',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// Train round 19: a book review or lesson story names its character with an age and says who
// wrote it; the character, a pronoun for them and the author are nobody's file.
describe('findSensitiveEvidence, a story’s summary, author and description', () => {
  it.each([
    [
      'a review with the character’s age (nl)',
      'Hoi leesclub,\n\nMijn tip voor de schoolbieb deze maand: "Het leven volgens Bente". Bente (10) heeft ADHD en vertelt zelf hoe het is. Ze krijgt medicijnen en haar vader is net weg bij haar moeder.\n\nPunten: 4 van de 5.\n\nMoniek',
    ],
    [
      'a review naming the author (nl)',
      'Hoi allemaal,\n\nMijn bijdrage voor de leesclub: "Wonder" van R.J. Palacio. Auggie Pullman is tien en heeft een zeldzame afwijking aan zijn gezicht. Hij heeft 27 operaties gehad.\n\nGroetjes, Julia',
    ],
    [
      'a lesson story (en)',
      'Hi Fleur,\n\nFor Thursday I prepared a reading lesson about feelings. The story: Tom is 10 and his dad has just lost his job. His parents argue at night. His best friend Priya notices he is quiet.\n\nRachel',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a real pupil after a book was read (nl)',
      'Hoi Marloes,\n\nWe lazen "De Gruffalo" voor. Daarna vertelde Sem (groep 3) dat zijn vader in de gevangenis zit.\n\nAnouk',
    ],
    [
      'a real pupil named after a story cue (en)',
      'Hi Fleur,\n\nThe story: Tom (group 6) told me at break that his dad is in prison now.\n\nRachel',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train round 19: "Martijn (aandachtsfunctionaris)", "ikzelf als aandachtsfunctionaris": a school
// role in apposition is someone's job, no situation.
describe('findSensitiveEvidence, a school role in apposition', () => {
  it.each([
    [
      'a colleague with the role in brackets (nl)',
      "Beste collega's,\n\nTwijfel je over signalen? Overleg met mij of met Martijn (aandachtsfunctionaris). Zo nodig vragen we anoniem advies.\n\nGroet,\nLotte",
    ],
    [
      'a colleague with the role in brackets (en)',
      'Dear colleagues,\n\nIf you have doubts about signals, talk to me or to Martijn (aandachtsfunctionaris) first.\n\nBest,\nLotte',
    ],
    [
      'the writer in the role (nl)',
      'Beste Martijn,\n\nVolgende week ben ik er als aandachtsfunctionaris bij tijdens de studiemiddag van Anna.\n\nGroet,\nLotte',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'the role as the one called in for a pupil (nl)',
      'Beste Martijn,\n\nDe aandachtsfunctionaris is ingeschakeld voor Daan (groep 5).\n\nGroet,\nLotte',
    ],
    [
      'a case beside the role in brackets (nl)',
      'Beste Ruud,\n\nMartijn (aandachtsfunctionaris) heeft Veilig Thuis gebeld over Daan (groep 5).\n\nGroet,\nLotte',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train round 19: in a class list every row is a pupil's, also a term tied to a parent word rows
// away or leaning adult by another row's word.
describe('findSensitiveEvidence, a class list’s rows', () => {
  it.each([
    [
      'nl',
      'Naam;Groep;Bus;Medicatie / dieet;Toelichting voor begeleider\nMila Janssen;4a;1;Epipen;pinda-allergie, pen zit in rugzak voorvak\nYusuf Aydın;4a;1;Salbutamol puffer;astma, bij benauwdheid 2 pufjes, moeder bellen\nLotte Brouwers;4a;1;geen;—\nSami Haddad;4a;2;Methylfenidaat 12.00;juf Anouk geeft tablet na lunch\nEvi Wetzels;4a;2;geen;vegetarisch\nTijn Coumans;4a;2;insuline;diabetes type 1, sensor op telefoon van begeleider, 10.00 meten\nHiba Mansour;4a;1;geen;halal lunch meegeven\nFinn Luijten;4a;2;geen;ongelukjes (plast nog weleens in broek), reservekleding in tas, graag discreet\n',
    ],
    [
      'en',
      "Name;Group;Medication;Dose;Time;Notes\nSofia Rinaldi;7;Methylphenidate (Ritalin) 10 mg;1 tablet;08:00 and 12:30;Give with food\nDaan Hermans;7;Salbutamol inhaler;2 puffs;when needed;Asthma - inhaler in teacher bag\nYara Haddad;8;Epipen 0.3 mg;1 injection;in case of anaphylaxis;Severe nut allergy - packed lunch only from home\nLiam O'Brien;8;Melatonin 3 mg;1 tablet;21:00;Parents give consent for camp night\nKacper Nowak;7;Insulin (NovoRapid pen);according to scheme;before meals;Type 1 diabetes - sensor on phone of Mr El Amrani\nIvana Petrović;8;Cetirizine 10 mg;1 tablet;08:00;Hay fever\n",
    ],
  ])('reads every row as a pupil’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'nl',
      'Naam;Groep;Thuissituatie\nDaan Smits;5b;vader in detentie sinds maart\nEva Jansen;5b;geen bijzonderheden\nSem de Vries;5b;geen bijzonderheden\n',
    ],
    [
      'en',
      'Name;Group;Home\nDaan Smits;5b;father in prison since March\nEva Jansen;5b;nothing to note\nSem de Vries;5b;nothing to note\n',
    ],
  ])('keeps a parent’s matter in the row the parent’s too (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train round 19: "Passend Maasland", "Passend Onderwijs" name the special-needs partnership, no
// person with a first name and surname.
describe('findSensitiveEvidence, the partnership "Passend …"', () => {
  it.each([
    [
      'nl',
      'Hoi team,\n\nIn de nieuwsbrief van Passend Maasland staat een mooi arrangement: twee ochtenden per week in een kleine groep met beeldende therapie.\n\nEva',
    ],
    [
      'en',
      'Dear colleagues,\n\nThe newsletter of Passend Maasland describes an arrangement with two mornings a week in a small group and play therapy.\n\nTeam Passend Maasland',
    ],
  ])('finds nothing in a newsletter’s example (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds a named pupil’s arrangement (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Eva,\n\nVoor Daan (groep 3) vragen we bij Passend Maasland een arrangement aan, hij kan nauwelijks in de groep blijven.\n\nGroet,\nLotte',
      ),
    ).toContain('pupil');
  });
});

// Train round 19: a parent writes "hij" about their child and names the child only in the
// signature ("Groetjes Sevda (moeder van Emir)", "mother of Emir").
describe('findSensitiveEvidence, the child a parent signs for', () => {
  it.each([
    [
      'nl',
      'Hoi juf,\n\nEven een update. De kinderarts heeft de dosis Concerta verhoogd van 18 naar 27 mg, vanaf morgen. Kan het zijn dat hij de eerste dagen wat stiller is of slecht eet bij de lunch? Dat zei de arts. Wilt u het me laten weten als u iets merkt. De middagtablet hoeft niet meer, dat doet de nieuwe gewoon de hele dag.\n\nGroetjes Sevda (moeder van Emir)\nVerstuurd vanaf mijn iPhone',
    ],
    [
      'en',
      'Dear Miss Anouk,\n\nA quick update. The paediatrician has raised the Concerta dose from 18 to 27 mg, starting tomorrow. He may be quieter in the first days or eat badly at lunch, the doctor said. Would you let me know if you notice anything? The midday tablet is no longer needed, the new one works all day.\n\nKind regards,\nSevda Kaya\nmother of Emir',
    ],
  ])('ties "hij"/"he" to the child (%s)', (_lang, text) => {
    expect(
      findSensitiveEvidence(text, lexicon).some(
        (found) => found.subject === 'pupil' && found.term === 'concerta',
      ),
    ).toBe(true);
  });

  it.each([
    [
      'nl',
      'Hoi juf,\n\nEven een update. De kinderarts heeft de dosis Concerta verhoogd van 18 naar 27 mg, vanaf morgen. Kan het zijn dat hij de eerste dagen wat stiller is of slecht eet bij de lunch? Dat zei de arts. Wilt u het me laten weten als u iets merkt. De middagtablet hoeft niet meer, dat doet de nieuwe gewoon de hele dag.\n\nGroetjes Sevda\nVerstuurd vanaf mijn iPhone',
    ],
    [
      'en',
      'Dear Miss Anouk,\n\nA quick update. The paediatrician has raised the Concerta dose from 18 to 27 mg, starting tomorrow. He may be quieter in the first days or eat badly at lunch, the doctor said. Would you let me know if you notice anything? The midday tablet is no longer needed, the new one works all day.\n\nKind regards,\nSevda Kaya',
    ],
  ])('ties nothing to a pronoun without a child in the signature (%s)', (_lang, text) => {
    expect(findSensitiveEvidence(text, lexicon).some((found) => found.term === 'concerta')).toBe(
      false,
    );
  });
});

// Train round 19: "Moeder heeft zelf een licht verstandelijke beperking", "his mum has dyslexia
// herself": the parent's own condition, beside the child's file.
describe('findSensitiveEvidence, a parent’s own condition said with "zelf"', () => {
  it.each([
    [
      'nl',
      'Hoi Nicole,\n\nVoor de overdracht van Noah Vermeulen (groep 1):\n- Het consultatiebureau heeft hem aangemeld voor onderzoek naar autisme.\n- Moeder heeft zelf een licht verstandelijke beperking en krijgt ondersteuning; afspraken graag op papier.\n\nGroetjes,\nKarin',
    ],
    [
      'en',
      'Hi Nicole,\n\nFor the handover of Noah Vermeulen (group 1):\n- The health visitor referred him for an autism assessment.\n- Mum has dyslexia herself and gets support; please give appointments on paper.\n\nBest,\nKarin',
    ],
  ])('finds the parent’s condition as an adult’s too (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it.each([
    [
      'nl',
      'Hoi Nicole,\n\nVoor de overdracht van Noah Vermeulen (groep 1): moeder zegt zelf dat hij epilepsie heeft en medicijnen krijgt.\n\nGroetjes,\nKarin',
    ],
    [
      'en',
      'Hi Nicole,\n\nFor the handover of Noah Vermeulen (group 1): his mum told me herself that he has epilepsy and takes medication.\n\nBest,\nKarin',
    ],
  ])('keeps the child’s condition the child’s only (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// content-train-61 and -79: a pregnancy told the way a child or a friend tells it, and a lump a
// doctor examines.
describe('findSensitiveEvidence, an adult’s health in a child’s or a friend’s words', () => {
  it.each([
    [
      'a teacher’s pregnancy in a child’s words (en)',
      'Dear Ms Jacobs,\nMinseo came home very excited saying that you have a baby in your tummy! Congratulations from all of us.\nJi-woo',
    ],
    [
      'a mentor’s pregnancy told to a friend (en)',
      'Hey Tom,\nmy mentor Fatma told me today she’s expecting, like 3 months.\nLucía',
    ],
    [
      'the writer’s own lump (nl)',
      'Hoi Ivo,\nIk heb vorige week een knobbeltje laten onderzoeken en moet donderdag terug voor de uitslag.\nNicole',
    ],
  ])('finds %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds a grandfather’s dementia told by its signs (en)', () => {
    expect(
      subjectsOf(
        'Hi Emma,\nMy father, who lives with us, gets more confused and forgetful every month; last night he left the house at 2 am.\nSarah',
      ),
    ).toEqual(['adult']);
  });

  it('finds nothing in a lump on a cable (nl)', () => {
    expect(
      subjectsOf(
        'Bram,\ner zit een raar knobbeltje op de voedingskabel van de beamer. Ik laat het onderzoeken door de installateur.\nLuuk',
      ),
    ).toEqual([]);
  });
});

// content-train-53: a family's gambling debts are a pupil's home situation.
describe('findSensitiveEvidence, gambling debts at home', () => {
  it('finds the pupil’s home situation (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Mieke,\nStijn gaat niet mee op schoolreis: thuis zijn er grote gokschulden en het geld is op.\nGr Ans',
      ),
    ).toEqual(['pupil']);
  });
});

// content-train-83: a parent asking for the newsletter writes no newsletter.
describe('findSensitiveEvidence, a newsletter someone gets', () => {
  it.each([
    [
      'nl',
      'hoi juf yvonne\neven een berichtje. sanne slaapt slecht sinds haar moeder en ik uit elkaar zijn.\nkunt u de nieuwsbrief en zo ook naar mij sturen? nu krijgt alleen haar moeder alles.\ngr twan',
    ],
    [
      'en',
      'Hi Ms Whitfield,\nEmma (group 4) sleeps badly since her grandad died and she has nightmares.\nCould you send the newsletter to me as well? Only her mother gets it now.\nRahul',
    ],
  ])('still reads the child’s matter in a request for it (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('finds nothing in the newsletter itself, which says who gets it (nl)', () => {
    expect(
      subjectsOf(
        'Beste ouders,\nDeze nieuwsbrief krijgen alle ouders van groep 4. Sanne uit groep 4 vertelt in de kring over slapen: wie slaapt slecht en waarom?\nTeam groep 4',
      ),
    ).toEqual([]);
  });
});

// content-train-83: a parent who tells of a "ze" or "hij" of their own gender tells of themself.
describe('findSensitiveEvidence, a parent telling of their own condition', () => {
  it.each([
    [
      'nl',
      'Hoi Ingrid,\n\nSenna komt vaak zonder ontbijt naar school. Moeder heeft in het gesprek verteld dat zij sinds de zomer een zware depressie heeft.\n\nGroet,\nMarij',
    ],
    [
      'en',
      'Hi Ingrid,\n\nSenna often comes to school without breakfast. Her mum told me that she has had a severe depression since the summer.\n\nBest,\nMarij',
    ],
  ])('finds the parent’s condition as an adult’s too (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it.each([
    [
      'nl',
      'Hoi Ingrid,\n\nDaan komt vaak moe op school. Moeder vertelde dat hij een zware depressie heeft.\n\nGroet,\nMarij',
    ],
    [
      'en',
      'Hi Ingrid,\n\nDaan often comes to school tired. His mum told me that he has a severe depression.\n\nBest,\nMarij',
    ],
  ])('keeps a child of the other gender the child only (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// content-train-8, -12, -44, -78, -79: whom a named colleague loves, told without the word for
// it, is an adult's sensitive data.
describe('findSensitiveEvidence, a partner of the same gender', () => {
  it.each([
    [
      'nl',
      'Hoi Mieke,\n\nWist je dat Chantal van groep 6 omgaat met een vrouw? Ze heeft het me in de bus verteld.\n\nGroet, Els',
    ],
    [
      'en',
      'Hi Tom,\n\nBetween us: Mark from year 4 is married to a man and he does not want the parents to know.\n\nAnna',
    ],
  ])('finds it as an adult’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// content-train-56 and -66: signs only a child shows stay a child's, even where the nearest
// person is an adult or the text leans adult.
describe('findSensitiveEvidence, signs only a child shows', () => {
  const subjectOfTerm = (text: string, term: string) =>
    findSensitiveEvidence(text, lexicon)
      .filter((item) => item.term === term)
      .map((item) => item.subject);

  it('keeps bedwetting in a list of camp notes a pupil’s (en)', () => {
    const notes =
      'Notes for the camp, offline:\n\n- Lucas: homesick at night, may call his mum before bedtime\n- Jade: still wets the bed sometimes, spare sleeping bag in my car\n- Omar: no pork';
    expect(subjectOfTerm(notes, 'wets the bed')).toEqual(['pupil']);
  });

  it('keeps refusing to go to school the child’s beside a parent’s own health (en)', () => {
    const mail =
      "Dear Mrs Jansen,\n\nI have to be honest: I'm on antidepressants myself and my wife carries most of the load. Tomás notices everything. He was diagnosed with an anxiety disorder last year and he's been refusing to go to school twice this week.\n\nThiago";
    expect(subjectOfTerm(mail, 'refusing to go to school')).toEqual(['pupil']);
  });
});

// content-train-61 to -76: a parent word that opens the clause, with a verb of being or having,
// has the condition; what a parent does for the child stays the child's.
describe('findSensitiveEvidence, a parent as the subject of the clause', () => {
  it.each([
    [
      'nl',
      'Hoi Ingrid,\n\nAmina komt vaak te laat. Vader vertelde gisteren dat moeder sinds oktober is opgenomen op een gesloten afdeling.\n\nGroet,\nMarij',
    ],
    [
      'en',
      'Hi Ingrid,\n\nAmina is often late. Her dad told me yesterday that mum has been admitted to a psychiatric ward since October.\n\nBest,\nMarij',
    ],
  ])('finds the parent’s condition as an adult’s too (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it.each([
    [
      'a parent calling in sick for the child (nl)',
      'Hoi Ingrid,\n\nLotte Kessels uit groep 8 is deze maand vijf ochtenden weggebleven. Moeder belt steeds af met buikpijn, maar Lotte vertelde dat ze bang is voor de gymles.\n\nGroet,\nMarij',
    ],
    [
      'a parent arranging care for the child (nl)',
      'Hoi Ingrid,\n\nLotte heeft weer nachtmerries en plast in bed. Moeder neemt contact op met de huisarts over de slaapklachten.\n\nGroet,\nMarij',
    ],
    [
      'a parent who has called the doctor (nl)',
      'Hoi Ingrid,\n\nLotte heeft weer nachtmerries en plast in bed. Moeder heeft de huisarts gebeld.\n\nGroet,\nMarij',
    ],
    [
      'a parent who has the appointment for the child (en)',
      'Hi Ingrid,\n\nLotte has nightmares and wets the bed again. Mum has the GP appointment on Monday for her.\n\nBest,\nMarij',
    ],
  ])('keeps %s the child’s only', (_case, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Train round 16 (tuning on content-train-12, 13, 14, 16): the writer as the subject of the
// clause that holds the term is the one it is about, also with words or a line break between.
describe('findSensitiveEvidence, the writer as the subject of the clause', () => {
  it.each([
    [
      'a parent volunteer’s own surgery (nl)',
      'Hoi meester Tom,\nIk had me opgegeven om te rijden naar het museum, maar dat lukt niet. Ik word\nop 2 mei aan mijn heup geopereerd en mag daarna zes weken niet rijden.\nGroetjes Ineke (mama van Fenne)',
    ],
    [
      'a treatment with the verb after it (nl)',
      'Beste juf,\nIk wil u laten weten dat ik sinds december weer onder behandeling ben. Daarom brengt mijn vrouw Deniz voorlopig naar school.\nKerem',
    ],
    [
      'the writer’s own hospital stay (en)',
      "Hi Tom,\nI will be in hospital for a few weeks, so Lily's dad will drive on Friday.\nAnna (Lily's mum)",
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it.each([
    [
      'a child’s treatment the writer worries about (nl)',
      'Hoi juf,\nIk ben bezorgd over zijn behandeling bij de kinderarts, Sem slaapt slecht.\nGroet, Anouk',
    ],
    [
      'a child named between the writer and the term (nl)',
      'Hoi juf,\nIk ben gisteren met Daan in het ziekenhuis geweest, hij is aan zijn knie geopereerd.\nGroet, Anouk',
    ],
    [
      'a child’s diagnosis the writer was shocked by (nl)',
      'Hoi juf,\nIk ben erg geschrokken van de diagnose ADHD bij Sem.\nAnouk',
    ],
    [
      'a child’s treatment the writer is glad about (en)',
      "Hi Ms Jones,\nI'm so glad that Mia's treatment at the clinic is working.\nSarah",
    ],
  ])('reads %s as a pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// content-train-69: a colleague's relapse, operation and unpaid bills in everyday Dutch, said of a person in
// the sentence; a drink after a meeting is nobody's.
describe('findSensitiveEvidence, a relapse, an operation and unpaid bills in everyday words', () => {
  it.each([
    [
      'a relapse',
      'Hoi Mariëlle,\nKarin vertelde me dat ze weer is gaan drinken, al sinds de zomer. Ze is bang voor haar baan.\nHanneke',
    ],
    [
      'an operation',
      'Hoi Guido,\nCollega Sanne is in december aan haar rug geholpen en blijft tot de meivakantie thuis.\nHanneke',
    ],
    [
      'bills that could not be paid',
      "Guido,\nIk kom € 640 tekort in de kas. Willemijn gaf toe dat ze het 'geleend' had omdat ze haar energierekening niet kon betalen.\nRia",
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('reads nothing in a drink after a meeting', () => {
    expect(
      subjectsOf(
        'Beste collega’s,\nNa de vergadering gaan we weer gezellig wat drinken in het café.\nHanneke',
      ),
    ).toEqual([]);
  });
});

// content-train-68: the writer going to a place of care in a sentence of their own, in a mail
// that speaks of no pupil, is the writer's visit; the colleague asked to cover is no patient.
describe('findSensitiveEvidence, the writer going to a place of care', () => {
  it.each([
    [
      'a teacher’s biopsy result (nl)',
      'Hoi Jos,\n\nIk moet donderdag naar het ziekenhuis voor de uitslag van de biopsie. Wil Marieke die middag mijn les overnemen?\nSanne',
    ],
    [
      'a teacher’s biopsy result (en)',
      'Hi Tom,\n\nI have to go to the hospital on Friday for the results of the biopsy. Could Emma cover my lesson?\nAnna',
    ],
  ])('reads %s as the writer’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a parent taking a child named in the sentence (nl)',
      'Hoi juf,\n\nIk ga vanmiddag met Tess naar de huisarts voor een onderzoek naar haar buikpijn.\nAnouk',
    ],
    [
      'a parent taking their son (en)',
      'Hi Ms Jones,\n\nMy son Leo has asthma. I have to take him to the hospital for a check-up.\nSarah',
    ],
  ])('reads %s as a pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Train round 16: taken away in an ambulance, said of a named person or of one's own relative
// who is the clause's subject; a bare "ambulance" stays weak.
describe('findSensitiveEvidence, taken away by ambulance', () => {
  it.each([
    [
      'a named colleague (nl)',
      'Yvonne,\nPeter Geurts is vannacht met de ambulance weg. Vervanging regel ik intern.\nMarion',
    ],
    [
      'the writer’s husband (nl)',
      'Hoi Ilse,\nMijn man is vorige week met de ambulance weggehaald, hij ligt nog in Zuyderland.\nEls',
    ],
    [
      'the writer’s husband (en)',
      'Hi Ilse,\nMy husband was taken away in an ambulance on Sunday night.\nEls',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a job a child wants (nl)',
      'Hoi juf,\nDaan wil later ambulancebroeder worden, hij vond de gastles geweldig.\nGroet',
    ],
    [
      'an emergency procedure (nl)',
      'Beste ouders,\nBij een ongeluk bellen we 112 en gaat een kind zo nodig met de ambulance mee.\nDirectie',
    ],
    [
      'a ride along on an open day (nl)',
      'Hoi Ilse,\nVrijdag mogen Daan en Sem met de ambulance mee rijden op de open dag van de brandweer.\nPetra',
    ],
    [
      'a treat on an open day (en)',
      'Hi all,\nOn Friday Mia and Sam got to sit in an ambulance at the fire station open day.\nSarah',
    ],
    [
      'a first-aid lesson (en)',
      'Dear parents,\nIn the first-aid lesson the children sat in an ambulance.\nThe team',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round 16: a biopsy and a neurologist in the words people use.
describe('findSensitiveEvidence, a biopsy and a neurologist', () => {
  it.each([
    [
      'the writer’s biopsy (nl)',
      'Hoi Bart,\nZe hebben iets gevonden wat ze verder willen onderzoeken, dinsdag krijg ik een biopt.\nNicole',
    ],
    [
      'the writer’s mother at the neurologist (en)',
      'Hannah,\nI have to go with my mum to the hospital, the neurologist wants to talk about what comes next.\nPriya',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in a biology lesson (en)', () => {
    expect(
      subjectsOf(
        'Hi Bart,\nIn biology the pupils look at a biopt of a leaf under the microscope.\nNicole',
      ),
    ).toEqual([]);
  });
});

// Train round 17: Ukrainian given names (pupils, parents and assistants since 2022), and the file
// of a staff member.
describe('findSensitiveEvidence, a Ukrainian colleague and a staff member’s file', () => {
  it('ties an ID copy to a Ukrainian given name in a mail typed without capitals (nl)', () => {
    const text =
      'hoi linda\nbijgaand de gegevens van olena voor afas, kopie paspoort heb ik gescand en in de la gelegd\n\nmvg petra';
    const subjects = findSensitiveEvidence(text, lexicon, new Set(['linda', 'petra'])).map(
      (item) => item.subject,
    );
    expect(subjects).toContain('adult');
  });

  it('reads the file of a new assistant as no pupil’s (nl)', () => {
    expect(
      subjectsOf(
        'Goedemiddag,\nVoor het dossier van onze nieuwe onderwijsassistent Oksana Kovalenko: de scan volgt.\nMirella',
      ),
    ).toEqual([]);
  });

  it('still reads the file of a named pupil as a pupil’s (nl)', () => {
    expect(
      subjectsOf('Goedemiddag,\nVoor het dossier van Sem (groep 5): de scan volgt.\nMirella'),
    ).toEqual(['pupil']);
  });
});

// Train round 16: a pregnancy counted in weeks by the writer ("Ik ben nu 13 weken"), by three
// authors of the tuning corpus.
describe('findSensitiveEvidence, a pregnancy counted in weeks', () => {
  it.each([
    [
      'the weeks in digits (nl)',
      'Hoi Harold,\nWe verwachten in juli ons tweede kindje! Ik ben nu 13 weken, dus het mag nog niet iedereen weten.\nLisa',
    ],
    ['the weeks in words (nl)', 'Hoi Ruud,\nIk ben nu elf weken en het gaat goed.\nEva'],
    [
      'the weeks along (en)',
      "Hi Annemie,\nI'm 13 weeks along, so please keep it quiet for now.\nSiobhan",
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in weeks away (nl)', () => {
    expect(
      subjectsOf('Hoi Ruud,\nIk ben drie weken weg in de zomer, Eva neemt groep 5.\nLisa'),
    ).toEqual([]);
  });
});

// Train round 16: taken by the police with the verb first or "is" between.
describe('findSensitiveEvidence, taken by the police in another word order', () => {
  it.each([
    [
      'the verb first (nl)',
      'Hoi juf,\nMijn man is vorige week donderdag opgehaald door de politie en zit nu in Roermond.\nSamira',
    ],
    [
      '"is" between (nl)',
      'Hoi juf,\nIk weet niet hoe lang het duurt nu mijn man door de politie is meegenomen.\nSamira',
    ],
  ])('reads a spouse %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it('finds nothing in a lesson about the police (nl)', () => {
    expect(
      subjectsOf(
        'Beste ouders,\nIn de les over de politie leerden de kinderen wat er gebeurt als iemand wordt opgehaald door de politie.\nJuf Anne',
      ),
    ).toEqual([]);
  });
});

// Train round 16: the class after a teacher's name ("Juf Sandra van groep 2") is where she teaches,
// not a pupil beside her.
describe('findSensitiveEvidence, a teacher named with her class', () => {
  it('reads drink said of a teacher named with her class as an adult’s (nl)', () => {
    expect(
      subjectsOf(
        "Geachte directie,\nJuf Sandra van groep 2 ruikt 's ochtends bij het brengen al een paar keer duidelijk naar drank.\nGert",
      ),
    ).toEqual(['adult']);
  });

  it('still reads what a teacher saw of a named child as the child’s (nl)', () => {
    expect(
      subjectsOf(
        'Geachte directie,\nJuf Sandra van groep 2 zag vanochtend dat Daan blauwe plekken op zijn arm had.\nGert',
      ),
    ).toEqual(['pupil']);
  });

  it('finds nothing in the death notice of a retired teacher (nl)', () => {
    expect(
      subjectsOf(
        "Lieve collega's,\nGisteren hoorden we dat onze oud-collega Henk Bemelmans, jarenlang meester van groep 8, is overleden.\nIlse",
      ),
    ).toEqual([]);
  });
});

// Train round 16: a student teacher's college tutor, placement or job makes a bare name an adult's.
describe('findSensitiveEvidence, a student teacher by her course and placement', () => {
  it.each([
    [
      'her college tutor (nl)',
      'Mehmet, akkoord om Fleur in semester 2 weer te plaatsen, maar zie wel wat haar opleider schrijft: ze heeft paniekaanvallen en is daarvoor onder behandeling.\nAnja',
    ],
    [
      'her internship (en)',
      'Hi Mark,\nTess told me she is seeing a psychologist, so she will start her internship with two days a week.\nAnja',
    ],
  ])('reads a bare name with %s as an adult', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a named pupil whose father lost his job (nl)',
      'Hoi juf,\nDaan (groep 7) is onder behandeling voor angst. Zijn vader heeft net zijn baan verloren.\nGroet',
    ],
  ])('still reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Train round 16: energy cut off for debts, in English as in Dutch ("stroom afgesloten").
describe('findSensitiveEvidence, the electricity cut off', () => {
  it('reads a mother’s electricity cut off as hers and her son’s home (en)', () => {
    expect(
      subjectsOf(
        "Hi Linda,\nYusuf (4B) goes with his mum to the municipality because she doesn't read Dutch. Apparently the electricity was cut off for two days.\nSophie",
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('finds nothing in a power cut at school (en)', () => {
    expect(
      subjectsOf(
        'Dear parents,\nDuring the storm the power was cut off at school for an hour.\nThe team',
      ),
    ).toEqual([]);
  });
});

// Train round 16: admitted, told with the bare verb at the end of the clause.
describe('findSensitiveEvidence, admitted with the bare verb', () => {
  it.each([
    [
      'a named teacher, her husband spoken of (nl)',
      'Hoi Esther,\nKun jij groep 6 doen? Danielle komt voorlopig niet terug. Ze is afgelopen weekend opgenomen, haar man heeft me gebeld.\nMieke',
    ],
    [
      'the writer’s husband (nl)',
      'Hoi juf,\nMijn man is vorige week opgenomen, ik weet niet hoe lang het duurt.\nEls',
    ],
    [
      'the writer’s husband taken away (nl)',
      'Hoi Patricia,\nMijn man is vorige week meegenomen en mag voorlopig niet naar huis.\nIlse',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it('finds nothing in a recording (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Esther,\nDe les van Danielle is opgenomen, zodat je hem kunt terugkijken.\nMieke',
      ),
    ).toEqual([]);
  });
});

// Train round 16: a situation said of the reader named in the greeting, "je" its subject.
describe('findSensitiveEvidence, a situation said of the named reader', () => {
  it('reads "je slaapt slecht" to a named reader as an adult’s (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Bart,\nIk merk dat het niet goed met je gaat, je slaapt slecht en je bent kort aangebonden in de teamkamer.\nKim',
      ),
    ).toEqual(['adult']);
  });

  it.each([
    [
      'a tip to all colleagues (nl)',
      "Beste collega's,\nWist je dat je slaapt slecht als je laat nog koffie drinkt? Tip van de week.\nKim",
    ],
    [
      'a leaflet for any reader (nl)',
      'Hoi,\nIn de folder staat dat je slaapt slecht na een late avond met een scherm.\nKim',
    ],
    [
      'a condition to a named reader (nl)',
      'Hoi Bart,\nAls je slaapt slecht, neem dan een dag vrij.\nKim',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Train round content-train-21: a director's and administrator's mailbox. Hard negatives that name
// staff, a course, a charity or a requested document next to a sensitive word.
describe('findSensitiveEvidence, a class teacher in brackets after a pupil', () => {
  it.each([
    [
      'nl',
      'Goedemorgen,\nOnze zoon Ilyas (groep 3, juf Sanne) heeft deze zomer in het ziekenhuis gelegen. Hij heeft diabetes type 1 gekregen.\nSamira',
    ],
    [
      'en',
      'Good morning,\nOur son Sam (group 3, Mrs Hall) was in hospital this summer. He now has type 1 diabetes.\nSamira',
    ],
  ])('reads the situation as the pupil’s, not the teacher’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('still reads a teacher’s own condition, with the class in brackets, as an adult’s (nl)', () => {
    expect(
      subjectsOf('Hoi allemaal,\nJuf Sanne (groep 3) heeft een hernia en is ziek thuis.\nMarieke'),
    ).toEqual(['adult']);
  });
});

describe('findSensitiveEvidence, the verb "add" is no diagnosis', () => {
  it('finds nothing in "HR to add the certificate to my file" (en)', () => {
    expect(
      subjectsOf(
        "Hi Marieke,\nGood news: I passed the B1 Dutch exam! I'd like HR to add the certificate to my file.\nCallum",
      ),
    ).toEqual([]);
  });

  it.each([
    ['en', 'Lucas (group 5) has ADD and takes medication at lunch.'],
    ['nl', 'Lucas (groep 5) heeft ADD en krijgt tussen de middag medicatie.'],
  ])('still finds ADD written in capitals (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

describe('findSensitiveEvidence, a charity named after a condition', () => {
  it.each([
    [
      'nl',
      'Hoi Marieke,\nMet de lesbrief van de Diabetesvereniging en het astmafonds doen we een proefje in groep 3.\nSanne',
    ],
    ['en', 'Hi Marieke,\nWe use a lesson from the Epilepsy Society in my class next week.\nCallum'],
  ])('finds nothing in a lesson from a charity (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds a pupil’s asthma (nl)', () => {
    expect(subjectsOf('Daan (groep 3) heeft astma en gebruikt een pufje.')).toEqual(['pupil']);
  });

  it('finds nothing in a cooperative, though its word ends like an operation’s (nl)', () => {
    expect(
      subjectsOf('Afgelopen maand heb ik de energiecoöperatie van ons dorp opgericht.'),
    ).toEqual([]);
  });

  it('finds an operation named by what was operated on (nl)', () => {
    expect(subjectsOf('Afgelopen maand heb ik een hartoperatie gehad.')).toEqual(['adult']);
  });
});

describe('findSensitiveEvidence, a reading list', () => {
  it.each([
    [
      'nl',
      'titel;auteur;groep;onderwerp\nMama is ziek;Brigitte Minne;1-4;ziekte van een ouder\nPapa in de gevangenis;Lieve Baeten;3-6;ouder in detentie',
    ],
    [
      'en',
      'Title\tAuthor\tAges\tTheme\nMy Dad Is in Prison\tJane Evans\t6-9\ta parent in prison\nMum Has Cancer\tLisa Moore\t5-8\tillness in the family',
    ],
  ])('finds nothing in its books’ titles and themes (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds a pupil in a table with a name column (nl)', () => {
    expect(
      subjectsOf(
        'Naam;Groep;Rol;Bijzonderheden\nDaan Hermans;5;de koning;epilepsie, medicatie bij juf\nSem Jansen;5;verteller;allergisch voor noten (epipen in tas)',
      ),
    ).toEqual(['pupil']);
  });
});

describe('findSensitiveEvidence, what suits a condition', () => {
  it.each([
    [
      'en',
      "Hi Helen,\nJoanna has kindly agreed to take my small groups. I'll bring back the slides on dyslexia-friendly maths materials.\nPriya",
    ],
    [
      'nl',
      'Hoi Helen,\nJoanna neemt mijn groepjes over. Ik neem de dia’s over een autismevriendelijke inrichting van het lokaal mee.\nPriya',
    ],
  ])('finds nothing in materials or rooms suited to it (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    ['en', 'Our colleague Joanna has dyslexia, so please send her dyslexia-friendly slides.'],
    [
      'nl',
      'Onze collega Joanna heeft autisme en vraagt om een autismevriendelijke plek in de teamkamer.',
    ],
  ])('still finds a colleague’s own condition (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

describe('findSensitiveEvidence, a choice of documents to show', () => {
  it.each([
    [
      'en',
      'Dear Mr Nowak,\nThank you for registering Zofia and Adam. We need to see a valid ID or\nresidence permit for each child.\nFatima',
    ],
    [
      'nl',
      'Beste meneer Nowak,\nVoor de inschrijving van Zofia en Adam moeten we een geldig paspoort of verblijfsvergunning zien.\nFatima',
    ],
  ])('finds nothing in a request for one of two documents (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds whose residence permit expires (en)', () => {
    expect(
      subjectsOf("Hi Fatima,\nZofia's father told me his residence permit expires in May.\nEwa"),
    ).toContain('adult');
  });
});

describe('findSensitiveEvidence, what a course teaches, in brackets', () => {
  it.each([
    [
      'nl',
      'Hoi allemaal,\n\nEHBO voor kinderen (incl. epilepsie, allergie en astma-aanval) op 19 november:\nMei Lin, Lotte, Ewa, Noor\n\nFatima',
    ],
    [
      'en',
      'Hi all,\n\nFirst aid course (including asthma, allergies and epilepsy) on 19 November:\nEmma, Lotte, Ewa\n\nFatima',
    ],
  ])('finds nothing in a course list with its content (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds a pupil’s condition with an example in brackets (nl)', () => {
    expect(subjectsOf('Noor (groep 4) heeft epilepsie en een allergie (o.a. noten).')).toEqual([
      'pupil',
    ]);
  });

  // Detection tuning (content-train-50): what a course's group practises is no one's condition.
  it.each([
    [
      'nl',
      'Hoi allemaal,\n\nDe herhalingscursus BHV is op 30 september. Dit jaar oefenen we reanimeren, een\nepileptische aanval en een allergische reactie. Opgeven bij Linda.\n\nRuud',
    ],
    [
      'en',
      'Hi all,\n\nThe first aid course is on 30 September. This year we practise CPR, an epileptic\nseizure and an allergic reaction. Sign up with Linda.\n\nRuud',
    ],
  ])('finds nothing in what a course practises (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds a pupil’s seizure when no course is named (nl)', () => {
    expect(
      subjectsOf(
        'Deze week oefenen we met Noor (groep 4) wat te doen bij haar epileptische aanval.',
      ),
    ).toEqual(['pupil']);
  });
});

describe('findSensitiveEvidence, a sentence about pupils who fit', () => {
  it.each([
    [
      'nl',
      'Hoi allemaal,\n\nma 10/11 8.30 groep 3 (Gerda)\ndo 13/11 13.00 groep 8 (Romano)\n\nNeem je groepsoverzicht mee. Leerlingen die je wilt aanmelden voor de leerlingbespreking kun je tot 7 november doorgeven.\n\nJoris',
    ],
    [
      'en',
      'Hi all,\n\nMon 10/11 8.30 group 3 (Gerda)\nThu 13/11 13.00 group 8 (Romano)\n\nBring your group overview. Pupils who need an individual education plan can be put forward until 7 November.\n\nJoris',
    ],
  ])('finds nothing (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds a pupil named in that sentence (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Joris,\nLeerlingen die een OPP krijgen, zoals Daan uit groep 5, bespreken we dinsdag.\nEwa',
      ),
    ).toEqual(['pupil']);
  });
});

describe('findSensitiveEvidence, a year repeated in everyday English', () => {
  it('finds "he was held back in group 4" (en)', () => {
    expect(
      subjectsOf(
        'Hi Daniel,\nThe results for Lucas (your group 7): his previous teacher wrote that he was held back in group 4.\nLinda',
      ),
    ).toEqual(['pupil']);
  });

  it('finds nothing in "held back after school" (en)', () => {
    expect(
      subjectsOf('Hi Daniel,\nLucas was held back after school to finish his drawing.\nLinda'),
    ).toEqual([]);
  });
});

describe("findSensitiveEvidence, everyday words for a pupil's absence, accidents, level and safety", () => {
  it.each([
    ['nl', 'Hoi Ruud,\nLotte heeft dit jaar al twaalf keer gespijbeld.\nSanne'],
    ['nl', 'Hoi Ruud,\nLotte is deze maand al vijf dagen zonder reden afwezig geweest.\nSanne'],
    ['en', 'Hi Ruud,\nLotte has missed nine days this term without a reason.\nSanne'],
    ['en', 'Hi Ruud,\nLotte wet herself again during gym, the third time this week.\nSanne'],
    ['en', 'Hi Ruud,\nLotte is two levels below the rest of the class in reading.\nSanne'],
    ['en', 'Hi Ruud,\nIn maths Lotte works at a lower level than the rest of her group.\nSanne'],
    ['nl', 'Hoi Ruud,\nWe denken dat Lotte volgend jaar nog een keer in groep 4 moet.\nSanne'],
    ['nl', 'Hoi Ruud,\nLotte vertelde dat ze door haar oom verkeerd aangeraakt is.\nSanne'],
    ['en', 'Hi Ruud,\nLotte told me she was touched in a wrong way by a neighbour.\nSanne'],
  ])('finds the pupil (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['en', 'Hi all,\nThe paint on the benches is still wet, so keep the children off them.\nSanne'],
    ['en', 'Hi Ruud,\nYou can pay the trip without a reference number.\nSanne'],
    [
      'nl',
      'Beste ouders,\nEen kind dat zonder geldige reden wegblijft, melden wij bij de gemeente.\nDe directie',
    ],
  ])('finds nothing in harmless words (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('finds the parent as well as the child in a father who drinks too much (en)', () => {
    expect(
      subjectsOf(
        "Hi Ruud,\nLotte's dad drinks too much; he came to the gate smelling of beer again and Lotte was very quiet all day.\nSanne",
      ),
    ).toEqual(['adult', 'pupil']);
  });
});

describe('findSensitiveEvidence, a parent arrested or held, in plain words', () => {
  it('finds the father and the child when the police came with it (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Ruud,\nMilan vertelde dat zijn vader zaterdag is opgepakt en dat er politie in huis was. Hij was de hele ochtend stil.\nSanne',
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('finds the father and the child in a father who sits in a cell (en)', () => {
    expect(
      subjectsOf(
        "Hi Ruud,\nViktor's father sits in a cell since Tuesday; Viktor saw the police come and is very upset.\nSanne",
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('finds the mother and the child when her husband hits her (en)', () => {
    expect(
      subjectsOf(
        "Hi Ruud,\nLeo's mum told me her husband has been hitting her and that Leo saw it; Leo is very upset.\nSanne",
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('finds nothing in a cell of a sheet (en)', () => {
    expect(
      subjectsOf(
        'Hi Ruud,\nViktor put the total in a cell of the sheet and coloured it green.\nSanne',
      ),
    ).toEqual([]);
  });

  it.each([
    'Hoi Ruud,\nHet leesproject van Daan is opgepakt door de werkgroep.\nSanne',
    'Hoi Ruud,\nSem zegt dat zijn hamster is opgepakt door de kat van de buren.\nSanne',
  ])('finds nothing in a task or a pet taken up: %s', (text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

describe('findSensitiveEvidence, a year repeated or an own learning line, in everyday words', () => {
  it.each([
    [
      'nl',
      'Hoi Ruud,\nJesse doubleert dit jaar, dat hebben we gisteren met de ouders besproken.\nSanne',
    ],
    [
      'nl',
      'Hoi Ruud,\nJesse is vorig jaar in groep 4 blijven zitten; hij is blijven zitten omdat het lezen niet lukte.\nSanne',
    ],
    ['nl', 'Hoi Ruud,\nJesse krijgt vanaf nu een eigen leerlijn voor rekenen.\nSanne'],
    ['en', 'Hi Ruud,\nJesse will repeat year 4, his parents agreed yesterday.\nSanne'],
  ])('finds the pupil (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('finds nothing in a pupil who stays seated (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Ruud,\nJesse blijft zitten tot de bel gaat, daarna ruimt hij de stoelen op.\nSanne',
      ),
    ).toEqual([]);
  });
});

// Train round content-train-21: "right after 'vrouw' or 'collega'" holds within one sentence; a
// role word that ended the sentence before ("… ziet de leerkracht ….\nThuissituatie: …") does not
// make the next sentence's home situation an adult's.
describe('findSensitiveEvidence, a role word in the sentence before a home situation', () => {
  it.each([
    [
      'nl',
      'Yusuf werkt op een eigen leerlijn. In de middag ziet de leerkracht de concentratie sterk afnemen.\nThuissituatie: vader werkt in ploegendienst. Er loopt een traject bij het wijkteam.',
    ],
    [
      'en',
      'Yusuf (group 6) works on his own learning line. In the afternoon the teacher sees his focus drop.\nDivorce: the parents separated in May.',
    ],
  ])('reads it as the pupil’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('still reads a situation right after "zijn vrouw" in the same sentence as an adult’s (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Marieke,\nSinds zijn vrouw is vertrokken, zit Wim in de schuldsanering.\nFatima',
      ),
    ).toEqual(['adult']);
  });
});

describe('findSensitiveEvidence, everyday words for a sign and an orientation', () => {
  it('finds "bijna nooit brood bij zich" said of a named pupil (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Fatima,\nTimo uit groep 5 heeft al 3 weken bijna nooit brood bij zich.\nMariska',
      ),
    ).toEqual(['pupil']);
  });

  it('finds nothing in a class rule about bread (nl)', () => {
    expect(
      subjectsOf('Hoi allemaal,\nDe leerlingen eten nooit brood in de klas, alleen fruit.\nFatima'),
    ).toEqual([]);
  });

  it('finds the writer’s own "dat ik op mannen val" (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Marieke,\nJeroen en ik gaan trouwen. Behalve jij weet niemand op school dat ik op mannen val.\nRomano',
      ),
    ).toEqual(['adult']);
  });
});

// content-train-20: outside partners' mail. A union's circular greets its reader as "colleague";
// that names nobody, so its "you" is any reader (as in a procedure text).
describe('findSensitiveEvidence, a circular that greets its reader as a colleague', () => {
  it.each([
    [
      'a union’s salary explainer (en)',
      "Dear colleague,\n\nEach scale has steps. On top of that you receive 8% holiday pay in May. Questions about your own payslip? Ask your employer's HR department.\n\nInternational Desk",
    ],
    [
      'a union’s holiday pay explainer (nl)',
      'Beste collega,\n\nIn mei ontvang je 8% vakantiegeld en in december een eindejaarsuitkering. Vragen over je eigen loonstrook? Stel ze aan de afdeling HR van je werkgever.\n\nDe bond',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'the writer’s own burn-out (en)',
      'Dear colleague,\n\nI have to tell you that my burn-out is back and I am on sick leave again.',
    ],
    [
      'the writer’s own burn-out (nl)',
      'Beste collega,\n\nIk moet je vertellen dat mijn burn-out terug is; ik ben weer ziek gemeld.',
    ],
    [
      'a colleague greeted by name (nl)',
      'Beste collega Anouk,\n\nJe salarisstrook over maart laat een loonbeslag van € 400 zien.',
    ],
  ])('still finds the adult in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// content-train-20: a panic attack is a health condition a pupil has as often as an adult.
describe('findSensitiveEvidence, a panic attack', () => {
  it.each([
    ['a named pupil’s (en)', 'Noah van der Linde (group 7) has had a few panic attacks at school.'],
    ['a named pupil’s (nl)', "Jayden (groep 8) heeft 's ochtends paniekaanvallen."],
  ])('reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['the writer’s own (en)', "I've been struggling with panic attacks for a few weeks now."],
    ['the writer’s own (nl)', 'Ik heb al een paar weken last van paniekaanvallen.'],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// content-train-20: a remedial teacher's "mijn vermoeden is dyscalculie" is a view of the case.
describe('findSensitiveEvidence, the writer’s judgement of a case', () => {
  it.each([
    ['a suspicion (nl)', 'Mijn vermoeden is dyscalculie, maar daar is een onderzoek voor nodig.'],
    ['an impression (en)', 'My impression is dyscalculia, but that needs an assessment.'],
  ])('finds no adult in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });

  it.each([
    ['the writer’s own condition (nl)', 'Mijn dyscalculie maakt het rooster lastig voor me.'],
    ['the writer’s own condition (en)', 'My dyscalculia makes the timetable hard for me.'],
  ])('still finds the adult in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// content-train-20: "… tussen ons en de directeur. Na de consultatie van Veilig Thuis …": an
// unnamed adult word makes a home situation an adult's only in the situation's own sentence.
describe('findSensitiveEvidence, an adult word in the sentence before', () => {
  it.each([
    [
      'a youth doctor’s report (nl)',
      'Beste Marieke,\n\nEven een korte terugkoppeling, dit blijft tussen ons en de directeur.\n\nNa de consultatie van Veilig Thuis afgelopen week heb ik vandaag een melding bij Veilig Thuis gedaan over Jamal El Idrissi (groep 5).',
    ],
    [
      'a youth doctor’s report (en)',
      'Dear Marieke,\n\nA short update, this stays between us and the director.\n\nAfter the consultation with Veilig Thuis last week I have made a report today to Veilig Thuis about Jamal El Idrissi (group 5).',
    ],
  ])('reads %s as a pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['a wife who left (nl)', 'Sinds zijn vrouw is vertrokken zit hij in de schuldsanering.'],
    ['a wife who left (en)', 'Since his wife left he has been in debt counselling.'],
  ])('still reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// content-train-20: "bedrijfsarts Yasmina Amrani", "Mr J. Vos, psychologist": a job title.
describe('findSensitiveEvidence, a care giver’s title next to a name', () => {
  it.each([
    [
      'an occupational health service’s staff news (nl)',
      'Bedrijfsarts Rob Nelissen gaat met pensioen; zijn taken worden overgenomen door bedrijfsarts Yasmina Amrani.',
    ],
    [
      'an occupational health service’s staff news (en)',
      'Our company doctor Rob Nelissen retires; his work is taken over by company doctor Yasmina Amrani.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('finds no pupil in an appointment with a named psychologist (en)', () => {
    expect(
      subjectsOf(
        'Dear Ms Brennan,\n\nWe confirm your first appointment on 6 March with Mr J. Vos, psychologist, following the referral from your GP.\n\nMindBridge',
      ),
    ).toEqual(['adult']);
  });

  it.each([
    [
      'the writer’s visit to the occupational doctor (nl)',
      'Ik heb morgen een afspraak bij de bedrijfsarts over mijn re-integratie.',
    ],
    [
      'the writer’s visit to the company doctor (en)',
      'Tomorrow I see the company doctor about my return to work.',
    ],
  ])('still finds the adult in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// content-train-20 (and the panic attacks of content-situations, content-train-4): a sentence that
// speaks only of the writer, in a mail about no pupil, holds the writer's own health.
describe('findSensitiveEvidence, a sentence about the writer only', () => {
  it.each([
    [
      'a teacher’s panic attacks, a principal named after (en)',
      "Hi Rachel,\n\nTeaching's going well. On the personal side, I had a couple of panic attacks in February and I've started seeing a therapist. My principal Ilse knows, and has been great about it.\n\nMegan",
    ],
    [
      'a referral by the writer’s GP, a colleague named after (en)',
      "Hi Sabine,\n\nI wanted to tell you myself before the rumours start: my GP referred me to a psychologist because of panic attacks. I'd like to swap my Thursday with Kim's Wednesday.\n\nMei Ling",
    ],
    [
      'a referral by the writer’s GP, a colleague named after (nl)',
      'Hoi Sabine,\n\nIk wil het je zelf vertellen: mijn huisarts heeft me doorverwezen naar een psycholoog vanwege paniekaanvallen. Kan ik mijn donderdag met die van Kim ruilen?\n\nMei Ling',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a tutor’s advice on a named pupil (en)',
      'Dear Catherine,\n\nThank you for bringing Lucas in on Saturday. His reading age is two years behind.\n\nI would recommend asking the school for a dyslexia screening.\n\nMark',
    ],
    [
      'a youth doctor’s advice on a named pupil (nl)',
      'Beste mevrouw Janssen,\n\nHet gehoor van Lieke bleek onvoldoende. Ik heb ouders geadviseerd om ook logopedie te starten.\n\nEls',
    ],
  ])('finds no adult in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });
});

// content-train-20: a club's board suspends "de heer Hermans", an adult by title and surname.
describe('findSensitiveEvidence, a suspension of a titled adult', () => {
  it.each([
    [
      'a sports club’s trainer (nl)',
      'Geachte heer Schols,\n\nNa een melding van ouders over ongepaste berichten hebben wij de heer Hermans per direct geschorst als trainer. De politie is een onderzoek gestart.\n\nHet bestuur',
    ],
    [
      'a sports club’s coach (en)',
      'Dear Mr Schols,\n\nAfter a report from parents about inappropriate messages we have suspended Mr Hermans as a coach with immediate effect. The police have started an investigation.\n\nThe board',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a pupil’s suspension (nl)',
      'Wij hebben Daan (groep 8) twee dagen geschorst na de vechtpartij.',
    ],
    ['a pupil’s suspension (en)', 'We have suspended Daan (group 8) for two days after the fight.'],
  ])('still reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// content-train-20: "she's started wetting the bed again", as "wets the bed" and "in bed plassen".
describe('findSensitiveEvidence, wetting the bed', () => {
  it.each([
    [
      'a named pupil’s (en)',
      'Mila (group 3) has been crying at night and she has started wetting the bed again.',
    ],
    ['a named pupil’s (nl)', 'Mila (groep 3) huilt veel en plast in bed.'],
  ])('reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'a school nurse’s leaflet (en)',
      'Dear parents,\n\nThe leaflet explains why many young children wet the bed and what you can do.\n\nThe school nurse',
    ],
    [
      'a school nurse’s leaflet (nl)',
      'Beste ouders,\n\nIn de folder leest u waarom veel jonge kinderen in bed plassen en wat u kunt doen.\n\nDe schoolverpleegkundige',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// content-train-20 (and content-train-8): "ziekenhuisopnames moeder (chemo)" in a list's reason
// column is the mother's condition as well as the pupil's home situation.
describe('findSensitiveEvidence, a health note in brackets after a parent', () => {
  it.each([
    [
      'an absence list’s reason column (nl)',
      'leerling\tgroep\treden\nOliwia Zajac\t5\tzorgt voor broertje tijdens ziekenhuisopnames moeder (chemo)',
    ],
    [
      'an absence list’s reason column (en)',
      'pupil\tgroup\treason\nOliwia Zajac\t5\tlooks after her brother while mother (cancer) is in hospital',
    ],
  ])('reads %s as the parent’s and the pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it.each([
    [
      'a parent who calls in the child’s operation (nl)',
      'Daan (groep 4) is afgemeld door moeder (operatie aan zijn amandelen).',
    ],
    [
      'a note on the child after the parent (nl)',
      'Daan (groep 4): moeder (operatie aan zijn amandelen) belde vanochtend.',
    ],
    [
      'a note on the child after the parent (en)',
      'Daan (group 4): mother (surgery on his tonsils) called this morning.',
    ],
    [
      'a parent who calls in the child’s asthma attack (en)',
      'Daan (group 4) was called in by his mother (asthma attack last night).',
    ],
  ])('reads %s as the pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// content-train-20: union membership in English, as "lid van de vakbond" in Dutch.
describe('findSensitiveEvidence, union membership', () => {
  it.each([
    [
      'the writer’s own union (en)',
      'Hi Paul,\n\nI have asked my union for help with the question about my contract. They would like to be at the meeting.\n\nGrace',
    ],
    [
      'a named colleague’s membership (en)',
      'Hi Paul,\n\nMarco is a member of the union and wants his rep at the meeting about his contract.\n\nGrace',
    ],
    [
      'the writer’s own membership (nl)',
      'Hoi Paul,\n\nIk ben lid van de vakbond en heb om hulp gevraagd bij de vraag over mijn contract.\n\nGrace',
    ],
  ])('reads %s as an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a strike announcement to all staff (en)',
      'Dear colleagues,\n\nThe union announces a strike on 12 March; every union member is welcome at the meeting.\n\nThe board',
    ],
    [
      'a strike announcement to all staff (nl)',
      "Beste collega's,\n\nDe vakbond kondigt een staking aan op 12 maart; ieder vakbondslid is welkom bij de bijeenkomst.\n\nHet bestuur",
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// content-train-20: "involve the school doctor" names whom the writer might turn to for a case.
describe('findSensitiveEvidence, a care giver one word after an article', () => {
  it.each([
    [
      'the school doctor for a case (en)',
      "Dear Dr Hart,\n\nThank you, I'd like to join on 12 March. I'm mainly wondering when it's time to involve the school doctor.\n\nBest regards,\nMarieke Janssen\nintern begeleider BS De Wissel",
    ],
    [
      'the family’s own GP for a case (nl)',
      'Beste mevrouw Hart,\n\nDank u, ik doe graag mee op 12 maart. Ik vraag me vooral af wanneer het tijd is om de eigen huisarts in te schakelen.\n\nMet vriendelijke groet,\nMarieke Janssen\nintern begeleider BS De Wissel',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'the writer’s own doctor (en)',
      "Dear Dr Hart,\n\nI can't join on 12 March. I'm in pain and have to see my doctor again.\n\nBest regards,\nMarieke Janssen\nintern begeleider BS De Wissel",
    ],
    [
      'the writer’s own GP (nl)',
      'Beste mevrouw Hart,\n\nIk kan niet op 12 maart. Ik heb pijn en moet weer naar mijn huisarts.\n\nMet vriendelijke groet,\nMarieke Janssen\nintern begeleider BS De Wissel',
    ],
  ])('still finds the adult in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// content-train-20 (and content-train-11): an attendance officer's "zet ik het traject richting
// proces-verbaal on hold" is a professional's step; the writer who signs with that role is no parent.
describe('findSensitiveEvidence, a proceeding told by a writer who signs with a care or school role', () => {
  it.each([
    [
      'an attendance officer (nl)',
      'Beste Peter,\n\nHet verzuim van Jayden (groep 8) hangt samen met angstklachten. Gezien deze situatie zet ik het traject richting proces-verbaal on hold.\n\nMet vriendelijke groet,\n\nWim Gerards\nLeerplichtambtenaar',
    ],
    [
      'an attendance officer (en)',
      'Dear Peter,\n\nThe absence of Jayden (group 8) is linked to anxiety. Given this, I am putting the proces-verbaal on hold.\n\nKind regards,\n\nWim Gerards\nLeerplichtambtenaar',
    ],
  ])('reads %s as the pupil’s only', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'a parent’s own court case (nl)',
      'Beste juf Kim,\n\nSander en ik staan volgende week voor de rechtbank over de omgang met Lieke (groep 3).\n\nGroet,\nMarloes',
    ],
    [
      'a parent’s own court case (en)',
      'Dear Kim,\n\nSander and I are due at the rechtbank next week about the contact arrangements for Lieke (group 3).\n\nBest,\nMarloes',
    ],
  ])('still reads %s as the parent’s too', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });
});

// content-train-20: a budget manager's notice "betalingen aan onze cliënten lopen via hun eigen
// beheerrekening" speaks of all its clients, no one person.
describe('findSensitiveEvidence, a term owned by a group of clients, members or staff', () => {
  it.each([
    [
      'a budget manager’s office move (nl)',
      'Geachte relatie,\n\nPer 1 maart verhuist Lindenhof Bewind & Budget naar een nieuw kantoor. Let op: betalingen aan onze cliënten lopen via hun eigen beheerrekening; daarvoor verandert er niets.\n\nMet vriendelijke groet,\nNicole Ramakers',
    ],
    [
      'a budget manager’s office move (en)',
      'Hi Nicole,\n\nThanks for the new address. Please note: payments to our clients go through their debt counselling account; nothing changes there.\n\nKind regards,\nRob Heuts',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a named couple’s account (nl)',
      'Hoi Kim,\n\nMarco en Ellen hebben het zwaar: hun beheerrekening wordt nu door Lindenhof beheerd.\n\nGroet,\nNicole',
    ],
    [
      'a named couple’s debt counselling (en)',
      'Hi Kim,\n\nMarco and Ellen are struggling: their debt counselling started in March.\n\nBest,\nNicole',
    ],
  ])('still finds the adult in %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// Tuning round s7-d7 (hard negatives, content-train-9): a general question about the
// reintegration procedure and an answer that names roles, not people.
describe('findSensitiveEvidence, procedure questions and bare roles', () => {
  const termsOf = (text: string): string[] =>
    findSensitiveEvidence(text, lexicon).map((item) => item.term);

  it.each([
    [
      'a general question (nl)',
      'Hoi Petra,\n\nHoe lang heb je eigenlijk om een plan van aanpak op te stellen na een ziekmelding?\n\nMehmet',
    ],
    [
      'a general question (en)',
      'Hi Petra,\n\nHow long do you have to draw up a return-to-work plan after a sick note?\n\nMehmet',
    ],
    [
      'roles in a rule (nl)',
      'Hoi Petra,\n\nHet plan van aanpak moet binnen 8 weken klaar zijn. Werknemer en leidinggevende tekenen allebei. Medische informatie hoort er niet in.\n\nMehmet',
    ],
    [
      'roles in a rule (en)',
      'Hi Petra,\n\nEmployee and manager both sign the return-to-work plan after the sick leave.\n\nMehmet',
    ],
  ])('ties nothing to anyone in %s', (_case, text) => {
    expect(termsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a question about the reader (nl)',
      'Hoi Petra,\n\nHoe lang heb je al een burn-out?\n\nMehmet',
    ],
    [
      'a question about the reader (en)',
      'Hi Petra,\n\nHow long have you had a burn-out?\n\nMehmet',
    ],
    [
      'a named employee (nl)',
      'Hoi Petra,\n\nHet plan van aanpak voor Sandra moet binnen 8 weken klaar zijn. De werknemer en ik tekenen allebei. Medische informatie hoort er niet in.\n\nMehmet',
    ],
  ])('still finds %s', (_case, text) => {
    expect(termsOf(text).length).toBeGreaterThan(0);
  });
});

// Train round 22 (adults at the board office): which subject, pupil or adult, a situation of a
// named adult belongs to, and words that only look sensitive.
describe('findSensitiveEvidence, adults by their spouse, warning or private address', () => {
  it.each([
    [
      'a spouse introduced by name (nl)',
      'Beste meester Bart,\n\nMijn man Hamid komt deze week niet voorlezen. Hij is zaterdag door de politie meegenomen en zit nog vast.\n\nSamira',
    ],
    [
      'a spouse introduced by name (en)',
      'Dear Mr Hall,\n\nMy husband Omar cannot come to read this week. He was taken away by the police on Saturday.\n\nLeila',
    ],
    [
      'the person an employer warns in writing (nl)',
      'Beste Linda,\n\nDe schriftelijke waarschuwing aan Ricardo Tjon-A-Fong is vandaag verstuurd. Bij herhaling van het ongeoorloofd afwezig zijn volgt een schorsing.\n\nAnnemie',
    ],
    [
      'the person an employer warns in writing (en)',
      'Dear Linda,\n\nThe written warning to Mark Evans went out today. If the unauthorised absence happens again, a suspension follows.\n\nAnne',
    ],
    [
      'someone picked up at his own flat (en)',
      'Hi Daniel,\n\nDid you hear about Mark? The police picked him up at his flat last week, something to do with a restraining order he ignored.\n\nP.',
    ],
    [
      'someone with a former wife, picked up by the police (nl)',
      'Hoi Daniel,\n\nHeb je het gehoord van Mark? De politie heeft hem vorige week opgepakt, iets met zijn exvrouw en een contactverbod.\n\nP.',
    ],
    [
      'someone whose mailbox the police want kept (nl)',
      'Beste mevrouw Hendriks,\n\nDe mailbox van Bram Vermeulen mag niet worden opgeschoond: de politie heeft in het kader van een onderzoek naar hem gevraagd de gegevens te bewaren.\n\nServicedesk',
    ],
    [
      'someone with a private address, suspended (nl)',
      'Beste Ingrid,\n\nHet account van Tom Schreurs is geblokkeerd in verband met zijn schorsing. Doorsturen naar zijn privéadres hebben we uitgezet.\n\nServicedesk',
    ],
    [
      'someone who drinks since his own divorce (en)',
      'Dear Bart,\n\nA heads-up about Rob Janssen. Two parents noticed he smelled of drink at drop-off, and he fell asleep in the library corner. He admitted he has a few too many most evenings since his divorce.\n\nMartin',
    ],
    [
      'someone whose mailbox shows a psychologist while on sick leave (en)',
      "Hi Bart,\n\nYou asked for access to Tomasz's mailbox while he's on sick leave. There are personal mails in there, e.g. appointment confirmations from his psychologist and a mail with subject 'results blood test'.\n\nJeroen says we should ask Tomasz for permission first, or only move the 'sportdag' folder to a shared mailbox.\n\nDiego\nICT support Kindante",
    ],
    [
      'a teacher whose class goes to a substitute from the pool (nl)',
      'Beste collega’s,\n\nAnouk is voorlopig afwezig. Ze heeft me gevraagd jullie te vertellen dat ze volgende week geopereerd wordt. Groep 5 wordt door Nathalie gedraaid; voor de woensdag zoeken we nog iemand uit de invalpool.\n\nMarleen',
    ],
  ])('makes it an adult’s: %s', (_case, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a child’s appointment after "my husband Tom" (en)',
      'Hi Emily, adding my husband Tom so he is in the loop. We have the appointment at the neurologist on the 28th.\n\nKasia\n\n> Alexander has Tourette and his tics are back.',
    ],
    [
      'a pupil’s dyslexia test that his teacher reports (nl)',
      'Hoi Anouk,\n\nIn groep 5 zag ik dat Sem bij het voorlezen ging stotteren en daarna weigerde verder te lezen. Juf Femke zei\ndat er een dyslexieonderzoek loopt. Mag ik hem tijdens mijn stage extra laten oefenen met het leesprogramma\nop de tablet?\n\nGroet, Daan',
    ],
    [
      'a pupil’s ADHD that a colleague mentioned (en)',
      'Hi Anouk,\n\nNoah could not sit still in the reading circle today. Ms Hall told me that an ADHD assessment is planned.\n\nDaan',
    ],
    [
      'a pupil beside the divorce of his parents (nl)',
      'Beste Ingrid,\n\nDaan (groep 5) slaapt slecht en huilt veel sinds de scheiding van zijn ouders.\n\nPetra',
    ],
    [
      'a suspended pupil (nl)',
      'Beste Ingrid,\n\nHet account van Tom Schreurs (groep 7) is geblokkeerd in verband met zijn schorsing.\n\nServicedesk',
    ],
  ])('leaves it a pupil’s: %s', (_case, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });

  it('reads "haar" after "bij de conciërge" as the named pupil before it, not the caretaker (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Marieke,\n\nDe laptop voor Julia Moonen staat klaar bij de conciërge. Vanwege haar dyslexie is de voorleessoftware al geïnstalleerd.\n\nGroet,\nJoost',
      ),
    ).toEqual(['pupil']);
  });

  it('still finds the pupil whose father has an ex and a restraining order (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Daniel,\n\nDe vader van Mark (groep 5) mag hem niet meer ophalen: er is een contactverbod, iets met zijn ex.\n\nP.',
      ),
    ).toContain('pupil');
  });

  it.each([
    [
      'a fire drill, not an eviction (nl)',
      'Declaratie van Bram Peeters: Brand- en ontruimingsoefening Kindcentrum Oost, 52 km.',
    ],
    [
      'places joined by "en" (nl)',
      'Beste relatie,\n\nVanaf 1 februari houden onze bedrijfsartsen ook spreekuur op locatie in Sittard en Geleen.',
    ],
    [
      'an organisation before a verb (nl)',
      'Beste collega’s,\n\nKindante heeft een noodfonds voor medewerkers die in financiële problemen komen. Je kunt een voorschot aanvragen bij HR.\n\nIngrid\nHR-adviseur\nStichting Kindante',
    ],
    [
      'holidays in a list (en)',
      'Dear colleagues,\n\nYou can request leave for religious holidays (Eid, Diwali, Yom Kippur, Orthodox Easter and others). Please ask your director.\n\nHR',
    ],
  ])('ties nothing in %s', (_case, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('still finds an eviction order (nl)', () => {
    expect(
      subjectsOf(
        'Bram Peeters heeft gisteren het ontruimingsvonnis gekregen, hij moet voor 1 maart zijn huis uit.',
      ),
    ).not.toEqual([]);
  });
});

// Train round 23: partners of the school named by their job ("Lisa is orthopedagoog"), an article's
// author ("an article from a child psychologist"), a department in a signature ("Student Support"),
// "our Primary Years", a class reading a book and "gewichtige omstandigheden" are nobody's file.
describe('findSensitiveEvidence, jobs, authors, departments and books of partners', () => {
  it.each([
    [
      'a person introduced by their job (nl)',
      'Beste allemaal,\n\nVanaf 1 maart is Lisa van de Berg jullie vaste contactpersoon vanuit het wijkteam. Lisa is orthopedagoog en is elke dinsdag op school.\n\nGroet,\nRachid',
    ],
    [
      'a person introduced by their job (en)',
      'Dear all,\n\nFrom March Tom Baker joins our team. Tom is a child psychologist and will be at school on Tuesdays.\n\nBest,\nRachid',
    ],
    [
      'an article by a care giver (en)',
      "Hi Sarah,\n\nI came across this article from a child psychologist, 'Ten ways to help a worried child', and thought it might be useful for circle time.\n\nClaire (mum of Ruby)",
    ],
    [
      'an article by a care giver (nl)',
      "Hoi Sarah,\n\nIk las dit artikel van een kinderpsycholoog, 'Tien tips voor een bezorgd kind', misschien handig voor de kring.\n\nClaire (moeder van Ruby)",
    ],
    [
      'a department in the signature (en)',
      'Dear Principal,\n\nWe have offered a place to a student currently at your school. Could you send us the most recent school report and any learning support plans?\n\nBest wishes,\n\nClaire Donovan\nAdmissions & Student Support | International School Brainport',
    ],
    [
      'an open day of "our Primary Years" (en)',
      'Dear families,\n\nYou are warmly invited to our Primary Years open morning. See our learning support room and meet our teachers.\n\nBest wishes,\n\nClaire Donovan',
    ],
    [
      'a book the class reads (nl)',
      "Hoi Marieke,\n\nWe lezen in groep 4 'Rens en de woorden die blijven haken', over een jongen die stottert. Heb jij tips?\n\nGroetjes, Joyce",
    ],
    [
      'weighty reasons for leave (nl)',
      'Beste mevrouw Driessen,\n\nDe aanvraag voor extra verlof voor Yichen Zhang (groep 4) valt niet onder gewichtige omstandigheden.\n\nE. Janssen',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'a pupil who sees a care giver (nl)',
      'Hoi Sarah,\n\nLisa (groep 5) is sinds kort bij een kinderpsycholoog vanwege haar angsten.\n\nClaire',
    ],
    [
      'a pupil who sees a care giver (en)',
      'Hi Sarah,\n\nRuby has been seeing a child psychologist since March because of her anxiety.\n\nClaire',
    ],
    [
      'a named pupil with support (en)',
      'Dear Ms Donovan,\n\nAttached is the learning support plan for Sofia Rinaldi (group 7).\n\nBest wishes,\nSarah',
    ],
    [
      'weight loss of a named pupil (nl)',
      'Beste juf,\n\nBij Daan (groep 3) zien we sinds de zomer gewichtsverlies en hij huilt veel.\n\nGroet,\nSanne',
    ],
  ])('still finds %s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Train round 23: "Zeynep (groep 5) … blauwe plekken … Toen de collega ernaar vroeg": a name given
// with its class is a pupil, also when a colleague (an adult's working life) is spoken of.
describe('findSensitiveEvidence, a name with its class beside a colleague', () => {
  it.each([
    [
      'nl',
      "Hoi Marloes,\n\nWij maken ons zorgen over Zeynep (groep 5). Ze heeft twee keer blauwe plekken op haar bovenarm gehad. Toen de collega ernaar vroeg zei ze 'ik ben gevallen'.\n\nDemi",
    ],
    [
      'en',
      'Hi Marloes,\n\nWe are worried about Mia (group 5). She has had bruises on her upper arm twice. When a colleague asked, she said she had fallen.\n\nDemi',
    ],
  ])('reads the situation as the pupil’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'nl',
      'Beste collega’s,\n\nWim is er deze week niet. Hij zit sinds het overlijden van zijn vrouw thuis; de collega’s van de bovenbouw vangen zijn groep op.\n\nDirectie',
    ],
  ])('keeps a colleague’s own home situation an adult’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).not.toContain('pupil');
  });
});

// Train round 25 (long threads): the writer's signature ("Year 4 teacher") or a pronoun in the
// next list item is no owner of a term in an earlier sentence; a generic "je"/"you" of advice and
// a negated term ("No diagnoses in the title") are nobody's own.
describe('findSensitiveEvidence, people around a term in a thread', () => {
  it.each([
    [
      'a signature’s job title after the term (en)',
      'Hi Esther,\n\nCan you pick this up? I think we need to start the dyslexia screening before spring. See my notes below.\n\nBest,\nDaniel Okafor\nYear 4 teacher\n\nFrom: Daniel Okafor\nSent: Friday\n\nNotes Oliver, Year 4: reading very slow, DLE 9, far behind.',
    ],
    [
      'a signature’s job title after the term (nl)',
      'Hoi Esther,\n\nKun jij dit oppakken? Ik denk dat we het dyslexieonderzoek voor de zomer moeten starten. Zie mijn aantekeningen.\n\nGroet,\nDaan Smit\nleerkracht groep 6\n\nVan: Daan Smit\nVerzonden: vrijdag\n\nAantekeningen Oliver, groep 6: leest heel traag, DLE 9, ver achter.',
    ],
  ])('keeps the pupil’s term the pupil’s: %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'generic "je" of advice on a lesson (nl)',
      'Hoi Noor,\n\nMooie les! Het stukje over suikerziekte kun je beter algemeen houden (wat doet insuline, waarom prik je).\n\nSanne',
    ],
    [
      'generic "you" of advice on a lesson (en)',
      'Hi Noor,\n\nNice lesson! You could keep the part on diabetes general (what insulin does, why you inject).\n\nSanne',
    ],
    [
      'a negated term after the writer’s task (en)',
      'Hi Hannah,\n\nI made a new IEP template. Teachers fill in part 1, I do part 2 with parents. No diagnoses in the title please.\n\nEsther',
    ],
    [
      'a negated term after the writer’s task (nl)',
      'Hoi Hannah,\n\nIk heb een nieuw sjabloon gemaakt. Leerkrachten vullen deel 1 in, ik doe deel 2 met ouders. Geen diagnoses in de titel graag.\n\nEsther',
    ],
  ])('finds no adult in %s', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });

  it.each([
    [
      'nl',
      'Hoi Hannah,\n\nIk ben er de komende weken niet. Ik heb een burn-out en zit thuis.\n\nEsther',
    ],
    [
      'en',
      'Hi Hannah,\n\nI will be away for a few weeks. I have a burnout and I am at home.\n\nEsther',
    ],
  ])('still reads the writer’s own disclosure as an adult’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Train round 25: "referral … via your GP" names the route to a child's care, not the reader's own.
describe('findSensitiveEvidence, a care giver as the route', () => {
  it.each([
    [
      'nl',
      'Beste Sophie,\n\nNoah heeft slechthorendheid en houdt zijn handen voor zijn oren. Advies: verwijzing naar een psycholoog via uw huisarts; in de klas bieden we oorkappen.\n\nEsther',
    ],
    [
      'en',
      'Dear Sophie,\n\nNoah covers his ears in the gym. Advice: referral to a paediatric occupational therapist via your GP; in class we offer ear defenders.\n\nEsther',
    ],
  ])('keeps it the pupil’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['nl', 'Hoi Bart,\nJe sleutel ligt bij Gerda. Fijn dat je weer begint na je operatie.'],
    ['en', 'Hi Sam,\nYour laptop is with Lucy. Good luck with your chemotherapy on Monday.'],
  ])('still reads the reader’s own as an adult’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// Tuning round (content-train-24): a lesson's topic, history, and an officer named by title.
describe('findSensitiveEvidence, a lesson’s topic and history', () => {
  it.each([
    [
      'nl',
      'Hoi Wouter,\n\nDe wijkagent (Sander Hermans) belde. Hij wil in jouw groep 6 een les geven over wat de politie doet: wat er gebeurt bij een aanhouding en hoe een huiszoeking gaat.\n\nMaurice',
    ],
    [
      'en',
      'Hi Wouter,\n\nThe community officer phoned. She would like to give group 6 a lesson about what happens at an arrest and how a house search works.\n\nMaurice',
    ],
    [
      'en, history',
      'Dear Piotr,\n\nOn Tuesday we cover Nelson Mandela: his arrest in 1962, the Rivonia trial and his 27 years in prison on Robben Island.\n\nRuud',
    ],
    [
      'nl, history',
      'Beste Piotr,\n\nDinsdag gaat het over Anne Frank: zij werd in 1944 gearresteerd en stierf in 1945 in een kamp.\n\nRuud',
    ],
  ])('finds nothing in a lesson or a history topic (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  // content-train-58, -60: the visiting officer named by their title is who the police words are about.
  it.each([
    [
      'nl',
      'Hoi allemaal,\n\nDonderdag om 10.00 uur komt wijkagent Dirk Maessen in groep 7 vertellen over zijn werk: wat doet de politie bij een inbraak en wanneer bel je 112. Groep 6 mag aansluiten.\n\nKoen',
    ],
    [
      'en',
      'Hi all,\n\nOn Thursday officer Tom Hill comes to group 7 to tell the children about his job: what the police do when someone is arrested and why they carry handcuffs. Group 6 can join.\n\nKoen',
    ],
  ])('finds nothing in a visit of an officer named by title (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  // content-train-71: what the officer tells the class about a theft is their work, no pupil's.
  it.each([
    [
      'nl',
      'Hoi allemaal,\n\nVrijdag komt wijkagent René Dols in groep 7 vertellen over zijn werk: wat doe je als je fiets gestolen is en hoe doe je aangifte.\n\nBram',
    ],
    [
      'en',
      'Hi all,\n\nOn Friday officer Tom Hill comes to group 7 to tell about his work: what happens when a bike is stolen.\n\nBram',
    ],
  ])('finds nothing in a theft the visiting officer explains (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Hoi Bram,\n\nDaan uit groep 7 heeft gisteren een fiets gestolen bij de supermarkt.\n\nKoen',
    ],
    ['en', 'Hi Bram,\n\nDaan from group 7 stole a bike at the supermarket yesterday.\n\nKoen'],
  ])('still reads a pupil’s theft as the pupil’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });

  it.each([
    [
      'nl',
      'Hoi Sanne,\n\nDe wijkagent belde net: de vader van Daan is gisteravond door de politie aangehouden. Daan was er zelf bij.\n\nKoen',
    ],
    [
      'en',
      "Hi Sanne,\n\nThe community officer just rang: Daan's father was arrested by the police last night. Daan saw it happen.\n\nKoen",
    ],
  ])('still reads an arrest the officer tells of as a family’s matter (%s)', (_language, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });

  it.each([
    [
      'nl',
      'Hoi Wouter,\n\nDe broer van Kenzo is gisteravond aangehouden, er is vannacht een huiszoeking geweest in het gezin.\n\nMaurice',
    ],
    [
      'nl, in a lesson',
      'Hoi Wouter,\n\nDaan vertelde na de les over de politie dat er bij hen thuis een huiszoeking is geweest.\n\nMaurice',
    ],
    [
      'nl, a pronoun in the lesson’s sentence',
      'Hoi Wouter,\n\nEven over Daan uit jouw groep. Na de les over pesten kwam hij huilend naar me toe: hij wordt al weken gepest en geschopt.\n\nMaurice',
    ],
    [
      'en, an arrest today',
      'Dear Ruud,\n\nThis morning the police told us that Piotr Nowak was arrested yesterday in a fraud case.\n\nMaurice',
    ],
  ])('still finds a named person’s arrest or search (%s)', (_language, text) => {
    expect(subjectsOf(text).length).toBeGreaterThan(0);
  });
});

// Tuning round (content-train-24): a document titled as a rule book is about any employee.
describe('findSensitiveEvidence, a rule book that names nobody', () => {
  it.each([
    [
      'nl',
      'Verzuimprocedure Stichting Kindante (versie 2025)\n1. Ziekmelden\nDe medewerker meldt zich ziek bij de directeur. Bij langdurig verzuim volgt een consult bij de bedrijfsarts.\n2. Plan van aanpak\nWerkgever en medewerker stellen samen een plan van aanpak op.',
    ],
    [
      'en',
      'Absence policy 2025\n1. Reporting sick\nThe employee reports sick to the head. For long absence the employee sees the company doctor.\n2. Return-to-work plan\nEmployer and employee draw up a return-to-work plan together.',
    ],
  ])('finds nothing in a rule book about “the employee” (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Plan van aanpak re-integratie\nDe medewerker, Priya Ramdin, is uitgevallen. Consult bij de bedrijfsarts op 20 januari.',
    ],
    [
      'nl, not titled',
      'Beste Maurice,\n\nDe medewerker is uitgevallen met overspannenheid; de bedrijfsarts ziet haar op 20 januari.\n\nDebby',
    ],
  ])('still finds a named or one case’s employee (%s)', (_language, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// Tuning round (content-train-24): a firm's name is no person.
describe('findSensitiveEvidence, a firm named like a person', () => {
  it.each([
    [
      'nl',
      'Goedemiddag,\n\nVandaag kwam een brief van deurwaarderskantoor Van Gils & Partners binnen. Het gaat om een factuur van de schoolfotograaf.\n\nWendy',
    ],
    [
      'en',
      'Hello,\n\nToday a letter came from the bailiffs Harris Brown Ltd about an invoice of the school photographer.\n\nWendy',
    ],
  ])('finds nothing in a bailiff firm’s letter about an invoice (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Hoi Karin,\n\nBram Janssen & Petra gaan uit elkaar. Bram heeft schulden en er kwam een deurwaarder.',
    ],
    [
      'en',
      'Hi Karin,\n\nBram Janssen works at Janssen BV. He has debts and a bailiff came to his house.',
    ],
  ])('still finds a person’s debts next to a firm or a partner (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Tuning round (content-train-24): a care giver offered to all staff is a service.
describe('findSensitiveEvidence, care open to everyone', () => {
  it.each([
    [
      'en',
      'Dear colleagues,\n\nYou can always come to me, and the confidential adviser and the company doctor are available to everyone, without going through me.\n\nMaurice',
    ],
    [
      'nl',
      'Beste collega’s,\n\nJe kunt altijd bij mij terecht, en de vertrouwenspersoon en de bedrijfsarts zijn voor iedereen beschikbaar, ook zonder mij.\n\nMaurice',
    ],
  ])('finds nothing in a care giver open to all (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'en',
      'Dear colleagues,\n\nI have a burn-out; the company doctor advised me to stop working for now.\n\nMaurice',
    ],
    [
      'nl',
      'Beste collega’s,\n\nVorige week stelde de bedrijfsarts bij mij een burn-out vast; vanaf maandag ben ik ziek thuis.\n\nMaurice',
    ],
  ])('still finds the writer’s own diagnosis by the company doctor (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Tuning round (content-train-84): a name that owns a spouse is an adult. (In English "husband"
// already leant the mail to an adult; the Dutch "Lieke's man" needed the possessive.)
describe('findSensitiveEvidence, a name that owns a spouse', () => {
  it.each([
    [
      'en',
      "Esther, spoke to Lieke's husband last night. She slipped on the ice on Sunday and broke her hip, she had surgery on Monday. Another week in hospital and then a long rehab, she says sorry and sends love to the kids.\nH.",
    ],
    [
      'nl',
      "Hoi Esther,\n\nIk sprak gisteren Lieke's man. Ze is zondag van de fiets gevallen en heeft haar pols gebroken; gisteren is ze geopereerd.\n\nHannah",
    ],
  ])('reads her injury as an adult’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('still reads a named child’s injury, told through her dad, as a pupil’s (en)', () => {
    expect(
      subjectsOf(
        "Esther, spoke to Lieke's dad last night. She slipped on the ice on Sunday and broke her hip, she had surgery on Monday. Another week in hospital and then a long rehab, she says sorry and sends love to the kids.\nH.",
      ),
    ).toEqual(['pupil']);
  });
});

// Tuning round (content-train-24): a name with an adult role in apposition is that adult.
describe('findSensitiveEvidence, an adult by apposition', () => {
  it.each([
    [
      'en',
      'Dear Maurice,\n\nThis morning the police informed us that Piotr Nowak, the volunteer who helps with the reading programme, was arrested yesterday as a suspect in a fraud case.\n\nHanneke',
    ],
    [
      'nl',
      'Beste Maurice,\n\nVanmorgen belde de politie dat Piotr Nowak, de vrijwilliger die helpt bij het lezen, gisteren is gearresteerd als verdachte in een fraudezaak.\n\nHanneke',
    ],
  ])('reads a named volunteer’s arrest as an adult’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'en',
      'Dear Maurice,\n\nThis morning the police told us that the father of Daan Peters, group 6, was arrested yesterday.\n\nHanneke',
    ],
    [
      'nl',
      'Beste Maurice,\n\nDaan Peters, leerling van groep 6, vertelde dat zijn vader gisteren is gearresteerd.\n\nHanneke',
    ],
  ])('keeps an arrest told of a named pupil a pupil’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });
});

// Tuning round (content-train-24): a role word after a preposition is whom a pupil's care goes through.
describe('findSensitiveEvidence, a role word after a preposition', () => {
  it.each([
    [
      'nl',
      'Beste mevrouw Cremers,\n\nEsther en ik willen Lotte aanmelden voor RT bij de remedial teacher en een onderzoek naar dyscalculie laten doen.\n\nWouter',
    ],
    [
      'en',
      'Dear Mrs Cremers,\n\nWe would like to refer Lotte for sessions with the remedial teacher and an assessment for dyscalculia.\n\nWouter',
    ],
  ])('keeps a pupil’s assessment the pupil’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['nl', 'Hoi Karin,\n\nLotte vertelde dat haar leerkracht kanker heeft.\n\nWouter'],
    ['en', 'Hi Karin,\n\nLotte told me that the teacher has cancer.\n\nWouter'],
  ])('still reads a role word as subject as that adult (%s)', (_language, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// Tuning round (content-train-24): an article in brackets makes the term a thing the writer brings.
describe('findSensitiveEvidence, an article in brackets before the term', () => {
  it.each([
    [
      'en',
      'Hi Marieke,\n\nSofia has been diagnosed with severe dyslexia.\n\nCould we meet? I can bring the report (the dyslexieverklaring) in paper.\n\nDaniel',
    ],
    [
      'nl',
      'Hoi Marieke,\n\nBij Sofia is ernstige dyslexie vastgesteld.\n\nZullen we afspreken? Ik neem het verslag (de dyslexieverklaring) op papier mee.\n\nDaniel',
    ],
  ])('reads a pupil’s report the writer brings as the pupil’s only (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'en',
      'Dear colleagues,\n\nI have (severe) dyslexia myself, so please send me the notes.\n\nDaniel',
    ],
    [
      'nl',
      'Beste collega’s,\n\nIk heb zelf ook dyslexie, dus stuur me de notulen graag vooraf.\n\nDaniel',
    ],
  ])('still reads the writer’s own condition as an adult’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Tuning round (content-train-24): hitting a classmate, said of a named pupil.
describe('findSensitiveEvidence, a pupil who hit a classmate', () => {
  it('finds a named pupil who hit two classmates (en)', () => {
    expect(
      subjectsOf(
        'Dear Mr El Amrani,\n\nDuring the break Yusuf hit two classmates in the face.\n\nGrace',
      ),
    ).toEqual(['pupil']);
  });

  it('finds a named pupil who hit a classmate, Dutch wording (nl)', () => {
    expect(
      subjectsOf(
        'Beste meneer El Amrani,\n\nIn de pauze heeft Yusuf een klasgenoot geslagen.\n\nGrace',
      ),
    ).toEqual(['pupil']);
  });

  it.each([
    [
      'en',
      'Dear parents,\n\nIf a child ever hit a classmate, we call both parents the same day.\n\nGrace',
    ],
    [
      'en, a ball',
      'Hi Grace,\n\nYusuf hit the ball over the fence twice today, great match!\n\nTom',
    ],
  ])('finds nothing when nobody named hit anyone (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Tuning round (content-train-24): "werkneemster", the female employee, is an adult.
describe('findSensitiveEvidence, a female employee in a reintegration plan', () => {
  it('reads her complaints as an adult’s, not a pupil’s (nl)', () => {
    expect(
      subjectsOf(
        'Plan van aanpak re-integratie\nBedrijfsarts\tdr. H. Lemmens\nWerkneemster is uitgevallen met overspannenheidsklachten en mantelzorg voor haar moeder. Slaapproblemen, concentratieproblemen.',
      ),
    ).toEqual(['adult']);
  });

  it('keeps a pupil’s sleeping problems a pupil’s (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Esther,\n\nDaan heeft slaapproblemen sinds de scheiding van zijn ouders.\n\nBianca',
      ),
    ).toContain('pupil');
  });
});

// Tuning round (content-train-24): a parent named through two children is that parent.
describe('findSensitiveEvidence, a relative of two children', () => {
  it.each([
    [
      'nl',
      'Beste juf Carla,\n\nIk wil u laten weten dat mijn man (de vader van Sara en Tim) sinds vorige week in het ziekenhuis ligt. Hij heeft kanker.\n\nFatma',
    ],
    [
      'en',
      'Dear Ms Carla,\n\nI wanted to let you know that my husband (the father of Sara and Tim) has been in hospital since last week. He has cancer.\n\nFatma',
    ],
  ])('reads the father’s hospital stay as an adult’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it.each([
    [
      'nl',
      'Beste juf Carla,\n\nDe moeder van Sara en Tim belde: Tim heeft sinds gisteren epilepsie-aanvallen.\n\nFatma',
    ],
    [
      'en',
      'Dear Carla,\n\nThe mother of Sara and Tim phoned: Tim has been in hospital with pneumonia since yesterday.\n\nFatma',
    ],
  ])('keeps a named child’s hospital stay the child’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Content-train-27: "Ik heb vorig jaar de diagnose MS gekregen" beside "Julia (groep 2)" was read
// as the child's diagnosis. A verb of receiving makes the thing the writer's, when the sentence
// names nobody else.
describe('findSensitiveEvidence, what the writer received', () => {
  it.each([
    [
      'nl',
      'Geachte heer Aydin,\n\nIk heb vorig jaar de diagnose MS gekregen en sinds kort rijd ik in een rolstoel. Om Julia (groep 2) te brengen zou ik graag bij de ingang parkeren.\n\nMonique',
    ],
    [
      'en',
      'Dear Mr Aydin,\n\nI got the diagnosis of multiple sclerosis last year. To bring Julia (group 2) to school I would like to park at the entrance.\n\nMonique',
    ],
  ])('reads the writer’s diagnosis as an adult’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'nl',
      'Beste Anouk,\n\nIk heb vandaag de diagnose van Sem gekregen: dyslexie. Sem (groep 5) krijgt vanaf maart extra hulp.\n\nJoost',
    ],
    [
      'en',
      'Dear Anouk,\n\nI got the diagnosis for Sem (group 5) today: dyslexia. He will get extra help from March.\n\nJoost',
    ],
  ])('keeps a diagnosis received for a named pupil the pupil’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Content-train-27: a parent's own debts or illness told with their child frightened or upset by
// it is the child's home situation as well (pupil-file), not only the parent's.
describe('findSensitiveEvidence, the writer’s situation and their child', () => {
  it.each([
    [
      'nl',
      'Meester Jeroen,\n\nIk heb een gokprobleem gehad en daar zijn schulden uit gekomen. Gisteren stond de deurwaarder aan de deur. Ravi is er heel bang van.\n\nArjun',
    ],
    [
      'en',
      'Dear Ms Wijnen,\n\nI am now on sick leave for my depression. Noah was quite upset when he left for Milan.\n\nMatteo',
    ],
  ])('reads it as the adult’s and the child’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  // Content-train-75: the child clingy or unsettled because of the parent's own situation.
  it.each([
    [
      'nl',
      'Hoi juf Fleur,\n\nIk ben 12 weken zwanger en moet veel liggen. Tess is er erg aanhankelijk van geworden.\n\nEline',
    ],
    [
      'en',
      'Dear Ms Janssen,\n\nI am pregnant with twins and on bed rest. Oliver is unsettled and has tummy aches.\n\nKate',
    ],
  ])('reads a clingy or unsettled child as the child’s too (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it.each([
    [
      'who knows, nl',
      'Hoi Marco,\n\nIk ben 11 weken zwanger. Ilse weet het nog niet, ik wil eerst de echo afwachten.\n\nLotte',
    ],
    [
      'who knows, en',
      'Hi Marco,\n\nI am 11 weeks pregnant. Emma knows, nobody else does yet.\n\nLotte',
    ],
    [
      'a colleague worried, nl',
      'Hoi Marco,\n\nIk heb een hernia en mag niet tillen. Collega Sanne is bang dat ze de stoelen alleen moet doen.\n\nRuud',
    ],
    [
      'a colleague clingy to her routine, nl',
      'Hoi Marco,\n\nIk ben 12 weken zwanger. Collega Sanne is aanhankelijk, ze vraagt steeds hoe het gaat.\n\nLotte',
    ],
    [
      'a colleague upset, en',
      'Hi Marco,\n\nI have a herniated disc and cannot lift. Our colleague Sanne is upset that she has to do the chairs alone.\n\nRuud',
    ],
  ])('keeps it the adult’s only (%s)', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Content-train-27: "Rob is opgenomen in een kliniek … Zou ik die middagen vrij kunnen nemen?":
// the writer asking for time off work speaks of an adult's life, so the bare name is an adult's.
describe('findSensitiveEvidence, time off work beside a bare name', () => {
  it.each([
    [
      'nl',
      'Hoi Marco,\n\nRob is sinds twee weken opgenomen in een kliniek. Op donderdagmiddag zijn er familiegesprekken waar ik bij moet zijn. Zou ik die middagen vrij kunnen nemen?\n\nLisa',
    ],
    [
      'en',
      'Hi Marco,\n\nRob has been in a psychiatric clinic for two weeks. There are family sessions on Thursday afternoons that I need to attend. Could I take time off for them?\n\nLisa',
    ],
  ])('reads the named person as an adult (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'nl',
      'Beste juf Anouk,\n\nOnze zoon Daan is sinds gisteren opgenomen in het ziekenhuis. Ik wil vrijdag vrij nemen om bij hem te zijn, dus hij is er niet.\n\nMarco',
    ],
    [
      'en',
      'Dear Ms Hall,\n\nOur son Daan has been in a psychiatric clinic since yesterday. I will take time off on Friday to be with him, so he will not be in class.\n\nMarco',
    ],
  ])('keeps a parent’s own son the pupil (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Content-train-27: "Gisteren zag ik krassen op haar onderarmen": the writer right before the
// term sees it on someone else, and it is no state of the writer's.
describe('findSensitiveEvidence, what the writer saw', () => {
  it.each([
    [
      'nl',
      'Hoi juf Ilse,\n\nOnze dochter Lieve wordt sinds de herfst gepest. Gisteren zag ik krassen op haar onderarmen, ze heeft het zelf gedaan.\n\nLotte',
    ],
    [
      'en',
      'Hi Ms Hall,\n\nOur daughter Lieve has been bullied since the autumn. Yesterday I saw scratches on her arms; she did it herself.\n\nLotte',
    ],
  ])('reads it as the child’s only (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['nl', 'Hoi Marco,\n\nSinds januari merk ik paniekaanvallen, ik ga naar de huisarts.\n\nLotte'],
    ['en', 'Hi Marco,\n\nI have cancer and start chemotherapy next week.\n\nLotte'],
  ])('keeps the writer’s own state the writer’s (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});

// Issue 13, content-train-26: a parent who writes of their own lawyer next to their child has a
// legal case of their own; a lawyer named as a threat ("anders …") is no case yet.
describe('findSensitiveEvidence, the writer’s own lawyer', () => {
  it.each([
    [
      'en',
      "Hi Megan,\nLiam's dad and I have split up. There's a court thing pending about the arrangements and my solicitor said to tell the school in writing.\nAoife",
    ],
    [
      'nl',
      'Beste juf,\nDe vader van Sem en ik zijn uit elkaar. Er loopt een zaak bij de rechtbank en mijn advocaat zegt dat ik het de school moet laten weten.\nIngrid',
    ],
  ])('reads the parent’s own case as an adult’s as well (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it.each([
    [
      'a threat (nl)',
      'Goeiedag,\nIk heb sinds de uitspraak van de rechter het gezag over Shanaya en haar moeder heeft een omgangsregeling. Graag een reactie voor vrijdag, anders schakel ik mijn advocaat in.\nRamon',
    ],
    [
      'a threat (en)',
      'Hello,\nSince the hearing I have custody of Shanaya and her mother has a contact arrangement. Please reply by Friday, otherwise I will involve my lawyer.\nRamon',
    ],
  ])('does not read %s as the writer’s case', (_name, text) => {
    const cues = findSensitiveEvidence(text, lexicon).map((item) => item.cue ?? '');
    expect(cues.some((cue) => cue.includes('advocaat') || cue.includes('lawyer'))).toBe(false);
  });
});

// Issue 13, content-train-26: the collective agreement cited as the ground of one employee's
// measure is that employee's matter, not a text about the agreement for everyone.
describe('findSensitiveEvidence, the CAO cited for one employee’s measure', () => {
  it.each([
    [
      'en',
      'Dear Mrs Benali,\nThe board has therefore taken disciplinary measures against Mr Claessens in line with the CAO. For privacy reasons we cannot share the details.',
    ],
    [
      'nl',
      'Geachte mevrouw Benali,\nHet bestuur heeft disciplinaire maatregelen genomen tegen meneer Claessens, conform de cao. Details kunnen we niet delen.',
    ],
  ])('reads the measure as the named adult’s (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'en',
      'Dear colleagues,\nUnder the new CAO a disciplinary measure can only be taken after a hearing. See the attached brochure.',
    ],
    [
      'nl',
      'Beste collega’s,\nIn de nieuwe cao staat dat een disciplinaire maatregel pas na een hoorzitting volgt. Zie de brochure.',
    ],
  ])('still reads the agreement explained to everyone as general (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Issue 13, content-train-26: detention and drink of a parent in everyday English.
describe('findSensitiveEvidence, a parent’s detention and drink in everyday English', () => {
  it.each([
    [
      'detention',
      'Hi Thandi,\nThe police came to the house and took his dad with them, and he has been in custody since then. Jesse saw it all.\nSharon',
    ],
    [
      'drink',
      'Hi Tyler,\nNoah is struggling. His dad has been drinking a lot and I don’t trust how he’ll react at the gate.\nClaire',
    ],
    [
      'drink, with an adverb',
      'Hi Aga,\nWhen mum came to pick Zofia up she smelled strongly of alcohol and was not steady on her feet.',
    ],
    // content-train-68: taken by the police, with the child named as whose father it is.
    [
      'an arrest in everyday words',
      "Hi Gráinne,\nMum told me that Lucas's father was taken in by the police on Saturday night.\nMirjam",
    ],
  ])('reads %s as the parent’s as well as the child’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult', 'pupil']);
  });

  it('does not read a child in the custody of the court as a parent’s detention', () => {
    expect(
      findSensitiveEvidence(
        'The court gave the mother custody of Noah after the divorce.',
        lexicon,
      ).some((item) => item.term === 'in custody'),
    ).toBe(false);
  });
});

// Issue 13, content-train-26: debt help, a home situation and an adult's record in one word,
// said of a bare name in a text with no child in it, is that adult's.
describe('findSensitiveEvidence, debt help of a named adult with no child spoken of', () => {
  it.each([
    [
      'nl',
      'Hoi Sanne,\nMaricel zit echt in de problemen. Misschien kan ze via jullie bij de schuldhulp terecht?\nMarloes',
    ],
    [
      'en',
      'Hi Sanne,\nMaricel is really struggling. Could she get debt counselling through you?\nMarloes',
    ],
  ])('reads it as the adult’s only (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('still reads debt help at a named pupil’s home as the pupil’s too (nl)', () => {
    expect(
      subjectsOf(
        'Daan (groep 5) vertelde dat zijn moeder bij de schuldhulp loopt en dat er geen eten is.',
      ),
    ).toContain('pupil');
  });
});

// Issue 13, content-train-26: "arrangement" in English is any plan; the Dutch support package
// stays a pupil's record.
describe('findSensitiveEvidence, an everyday arrangement in English', () => {
  it('finds no pupil record in a payment arrangement (en)', () => {
    expect(
      subjectsOf(
        'Dear Sanne,\nI thought the payment arrangement with Priya Raghunathan was settled in September.',
      ),
    ).not.toContain('pupil');
  });

  it('still finds the arrangement of a named pupil (nl)', () => {
    expect(
      subjectsOf('Voor Daan (groep 5) vragen we een arrangement aan bij het samenwerkingsverband.'),
    ).toEqual(['pupil']);
  });
});

// Issue 13, content-train-26: American "in the hospital" beside British "in hospital".
describe('findSensitiveEvidence, in the hospital (en)', () => {
  it('reads a named pupil’s mother in the hospital as hers and his', () => {
    expect(
      subjectsOf(
        'Mateo told me that his mother is in the hospital in Valencia, something with the heart.',
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('finds nothing in a visit to the hospital on a school trip', () => {
    expect(
      subjectsOf(
        'Group 6 visits the museum in the hospital grounds on Friday; bring a packed lunch.',
      ),
    ).toEqual([]);
  });
});

// Issue 13, content-train-26: the English of "alcoholgebruik": a parent's own as well.
describe('findSensitiveEvidence, alcohol use (en)', () => {
  it('reads a named pupil’s mum’s alcohol use as hers and the pupil’s', () => {
    expect(
      subjectsOf(
        'Zofia stays home to care for her younger brothers; concerns about mum’s alcohol use.',
      ),
    ).toEqual(['adult', 'pupil']);
  });

  it('finds nothing in a lesson on alcohol use naming nobody', () => {
    expect(
      subjectsOf('Dear parents,\nNext week group 8 has a lesson on alcohol use and smoking.'),
    ).toEqual([]);
  });
});

// Tuning round (content-train-28): youth care, a guardian, allergy compounds and suicidal words.
describe('findSensitiveEvidence, youth care and a child’s own condition', () => {
  it.each([
    [
      'youth team contacted by the mother (nl)',
      'Hoi Wendy,\n\nMoeder van Dewi vertelde dat ze zelf contact heeft gezocht met het jeugdteam, omdat Dewi thuis in paniek raakt.\n\nEsther',
    ],
    [
      'a guardian (nl)',
      'Beste juf,\n\nIk ben de oom van Amanuel uit groep 7. Zijn voogd van Nidos zegt dat ik u mag mailen.\n\nKiros',
    ],
    [
      'an allergy named by its compound (nl)',
      'Yifan uit groep 6 heeft een zware pinda-allergie. Hij mag niets ruilen.',
    ],
    [
      'an individual plan (en)',
      'Dear Mr Sharma,\n\nRavi now works on an individual plan for reading and maths.\n\nJames',
    ],
    [
      'a suicidal remark in other words (en)',
      'Hi Mirjam,\n\nDuring the break Kenzo (group 6) sat by himself and when I asked what was wrong he said "I don’t want to be here anymore, not anywhere."\n\nJames',
    ],
  ])('reads %s as a pupil’s, not an adult’s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'a professional by the service (nl)',
      'Aanwezig: ouders, leerkracht, consulent jeugdteam gemeente.\nLeerling: Xavi, groep 7.',
    ],
    [
      'a parent who calls youth care (nl)',
      'De vader van Sem heeft zelf de jeugdhulp gebeld over Sem.',
    ],
  ])('does not make %s an adult’s situation', (_name, text) => {
    expect(subjectsOf(text)).not.toContain('adult');
  });

  it.each([
    [
      'nl',
      'In de klas is één kind met een notenallergie, dus graag geen noten. Broertje is welkom.',
    ],
    ['en', 'There is one pupil with asthma in the class. Her brother is welcome.'],
  ])('leaves a condition of a child introduced without a name (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    ['nl', 'Daan is een kind met een notenallergie, dus graag geen noten.'],
    ['en', 'Daan is a child with asthma, so please keep the window closed.'],
  ])('keeps the condition of a child named in the sentence (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it('does not read a wish to be elsewhere said by nobody named as suicidal words (en)', () => {
    expect(
      subjectsOf('Dear all,\n\nWho does not want to be here anymore on a Friday at five?'),
    ).toEqual([]);
  });
});

// Tuning round (content-train-28): a correspondent the mail calls someone's child.
describe('findSensitiveEvidence, a correspondent who is a parent’s child', () => {
  it.each([
    [
      'en',
      'Dear Ms Ramdin,\n\nOliver was assessed by an educational psychologist. The conclusion was dyslexia.\n\nTom Grant (Oliver’s dad)',
    ],
    [
      'nl',
      'Beste juf,\n\nLieke is getest door de orthopedagoog: de uitslag is dyslexie.\n\nGroet,\nde moeder van Lieke',
    ],
  ])('reads the child named in the family address as a pupil (%s)', (_language, text) => {
    const subjects = findSensitiveEvidence(text, lexicon, new Set(['oliver', 'lieke'])).map(
      (item) => item.subject,
    );
    expect(subjects).toContain('pupil');
  });

  it.each([
    ['en', 'Hi Oliver,\n\nMy dyslexia assessment is done, the psychologist was friendly.\n\nTom'],
    ['nl', 'Hoi Lieke,\n\nMijn dyslexie-onderzoek is klaar, de orthopedagoog was aardig.\n\nTom'],
  ])('keeps a correspondent no one calls a child a correspondent (%s)', (_language, text) => {
    const evidence = findSensitiveEvidence(text, lexicon, new Set(['oliver', 'lieke']));
    expect(evidence.some((item) => item.subject === 'pupil')).toBe(false);
  });
});

// Content-train-23: how care professionals and outside partners write about a child.
describe('findSensitiveEvidence, partners’ words for a child’s situation', () => {
  it.each([
    ['obsessive thoughts (nl)', 'Quinty heeft veel last van dwanggedachten.'],
    ['a year behind (en)', 'Sofia is about a year behind in spelling.'],
    ['a year behind (nl)', 'Daan loopt een jaar achter met lezen.'],
    [
      'supervised contact (nl)',
      'Vader heeft tot de zitting alleen begeleide omgang met Lotte en Sam.',
    ],
    [
      'supervised contact (en)',
      "I am Sofia's father and I do not agree with the supervised contact.",
    ],
    [
      'school refusal (en)',
      'Arjun (8) has refused to go to school since Christmas. He says his stomach hurts.',
    ],
  ])('reads %s as a pupil’s', (_name, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });

  it.each([
    [
      'a parents’ evening on obsessive thoughts (nl)',
      'Beste ouders,\nOp de ouderavond vertelt een psycholoog over dwanggedachten bij kinderen.',
    ],
    [
      'a leaflet on supervised contact (en)',
      'Dear parents,\nOur leaflet explains supervised contact and parental authority after a divorce.',
    ],
  ])('finds nothing in %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Content round 29: a named teacher's chemotherapy in a team mail ("hij blijft zijn gymlessen
// geven"), a suspension told by ICT ("AFAS-selfservice") and a drink-driving arrest in spoken
// Dutch ("zn rijbewijs") read the bare name as a pupil's.
describe('findSensitiveEvidence, signs of a working adult in other words', () => {
  it.each([
    [
      'lessons given (nl)',
      "Lieve collega's,\nTom start volgende week met zijn chemokuren. Hij blijft op woensdag zijn gymlessen geven zolang dat gaat.\nWim",
    ],
    [
      'lessons given (en)',
      'Dear all,\nTom starts his chemo next week. He will keep teaching his PE lessons on Wednesdays for as long as he can.\nWim',
    ],
    [
      'the staff system (nl)',
      'Beste Gert,\nHet account van Kevin Smeets (ESIS en AFAS-selfservice) is geblokkeerd in verband met zijn schorsing.\nRené',
    ],
    [
      'a spoken possessive (nl)',
      'Wist jij dat Jeroen zn rijbewijs kwijt is?? Aangehouden na het feest, hij had veel te veel op.',
    ],
  ])('reads the name as an adult: %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'a pupil in a gym lesson (nl)',
      'Beste ouders,\nTom start volgende week met zijn chemokuren. Hij mag meedoen met de gymles zolang dat gaat.\nJuf Anne',
    ],
    [
      'a pupil in a gym lesson (en)',
      'Dear parents,\nTom starts his chemo next week. He may join the PE lesson for as long as he can.\nMiss Anne',
    ],
    [
      'aphasia, which is no AFAS (nl)',
      'Beste Sanne,\nDaan heeft sinds zijn ongeluk afasie en epilepsie. Wil je hem extra tijd geven?\nGroet, Ruud',
    ],
  ])('still reads a child as a pupil: %s', (_name, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// content-train-50: separated parents writing about themselves, and arranging things in English.
describe('findSensitiveEvidence, a couple’s own separation told by one of them', () => {
  it.each([
    [
      'nl',
      'Beste juf Emma,\n\nIk wil laten weten: wij zijn uit elkaar sinds de zomer en ik woon nu in Sittard. Wilt u de brieven naar ons allebei sturen?\n\nNadia',
    ],
    [
      'en',
      'Dear Emily,\n\nJust to let you know that Tom and I have split up. I have moved to a flat in Geleen. Please send school letters to both of us.\n\nHannah',
    ],
  ])('finds it as the writer’s own (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'nl',
      'Hoi allemaal,\n\nWe zijn uit elkaar gegaan in twee groepen voor de speurtocht; groep 5 en groep 6 lopen apart.\n\nNadia',
    ],
    [
      'en',
      'Hi all,\n\nWe have separated the two groups for the test, so Tom and I each take one room.\n\nHannah',
    ],
  ])('lets groups split up for an activity through (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('reads arrangements being sorted out as no support arrangement (en)', () => {
    expect(
      subjectsOf(
        'Dear Emily,\n\nMark and I are still sorting out arrangements through mediation. Please send letters to both of us.\n\nHannah',
      ),
    ).not.toContain('pupil');
  });
});

// content-train-57: staff at the end of their strength, told in their own everyday words.
describe('findSensitiveEvidence, someone at the end of their strength', () => {
  it.each([
    [
      'nl',
      'Ruud,\n\nIk lig elke nacht vanaf 3 uur wakker en gisteren heb ik na de les in het magazijn zitten huilen.\nIk wil de kinderen niet in de steek laten maar ik merk dat ik het gewoon niet meer trek.\n\nFemke',
    ],
    [
      'en',
      "Bart,\n\nMy father died on Sunday. To be honest, I don't sleep, and today I sat in the gym storage room for twenty minutes because I could not stop crying.\n\nTomasz",
    ],
  ])('finds it as the writer’s own (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it.each([
    [
      'nl',
      'Hoi allemaal,\n\nDe kopieermachine trekt het niet meer: hij loopt elke dag vast.\n\nWendy',
    ],
    ['en', 'Hi all,\n\nThe old printer cannot cope with the new paper.\n\nWendy'],
  ])('lets a machine that cannot cope through (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// content-train-57: a family told by its two parents is someone's family, a kind of family in a
// lesson or a plan is nobody's.
describe('findSensitiveEvidence, two mums or two dads', () => {
  it.each([
    [
      'en',
      'Hi Ms Martin,\n\nJust a heads-up about the Mother’s Day craft: Noah has two mums.\n\nAnna',
    ],
    [
      'nl',
      'Beste juf Martine,\n\nNog even over het moederdagcadeau: Noor heeft twee mama’s.\n\nAnna',
    ],
  ])('finds a named child’s parents (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it.each([
    [
      'en',
      'Hi all,\n\nFor the theme week I have put together a lesson plan: families with two mums or two dads, adoption, living with grandparents.\n\nSam',
    ],
    [
      'nl',
      "Hoi allemaal,\n\nDenk bij het knutselen ook aan de kinderen zonder moeder in beeld of met twee mama's, dan maken we er lievelingsmensdag van.\n\nFemke",
    ],
  ])('lets a kind of family in a lesson through (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// content-train-46 and -55: a child named like a month, and a child who fainted at practice.
describe('findSensitiveEvidence, names that look like something else', () => {
  it.each([
    [
      'a child named Mei, by her possessive (en)',
      "Dear Ms Kelly,\n\nWe had Mei's hearing tested during the holiday. The report says she has mild hearing loss in her left ear.\n\nChen Wei",
    ],
    [
      'a child who fainted at football practice, not the trainer (nl)',
      'Goedemorgen meester, Ravi is gistermiddag bij de training weer flauwgevallen, al de derde keer. De huisarts stuurt hem door naar de kindercardioloog. Gr Anand',
    ],
    [
      'a child with a heart murmur, admitted for tests (en)',
      "Hi Claire,\n\nHanna will be absent next week. She's being admitted to the Maastricht UMC for tests on her heart, they found a murmur and irregular rhythm at the check-up.\n\nBen",
    ],
  ])('finds %s', (_case, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });

  it.each([
    [
      'a child admitted to a school (en)',
      'Dear Claire,\n\nGood news: Hanna has been admitted to De Wissel and starts in group 3 after the holiday.\n\nBen',
    ],
    [
      'the month in a date (nl)',
      'Hoi allemaal,\n\nIn mei is er een training over epilepsie en allergieën voor het hele team.\n\nWendy',
    ],
    [
      'the trainer of a course (nl)',
      'Hoi allemaal,\n\nMarieke Claassen geeft de training over epilepsie op 12 mei.\n\nWendy',
    ],
  ])('lets %s through', (_case, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// content-train-52, -54: a named child's pains or eyes are a health concern; pains of nobody are not.
describe('findSensitiveEvidence, pains and eyes said of a named child', () => {
  it.each([
    [
      'nl',
      'Bart,\n\nRuben zit weer in de jongens-wc bij de gymzaal met buikpijn. Derde keer deze week.\n\nHarrie',
    ],
    [
      'en',
      'Hi Sanne,\n\nMila has had a headache every afternoon this week and squints at the board.\n\nDavid',
    ],
    [
      'en, eyes',
      "Hi Sanne,\n\nEven from the front row Mateo can't make out what's on the board. Do you know whether his parents have had his eyes checked?\n\nDavid",
    ],
  ])('finds them (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });

  it('lets a class that laughed until their stomachs hurt through (nl)', () => {
    expect(
      subjectsOf(
        'Hoi allemaal,\n\nBij de voorstelling hadden de kinderen buikpijn van het lachen.\n\nWendy',
      ),
    ).toEqual([]);
  });
});

// content-train-57, -58: a certificate of conduct refused, whatever stands between the two words.
describe('findSensitiveEvidence, a refused certificate of conduct', () => {
  it.each([
    [
      'nl',
      'Hoi Ruud,\n\nEven ter info: de VOG van Wim Bosch (opa van Fenne uit groep 6, zou rijden bij de excursie) is geweigerd. Hij belde me net zelf.\n\nMarloes',
    ],
    [
      'en',
      'Hi Ruud,\n\nThe VOG application for Peter Gubbels, our reading volunteer in group 4, was refused by Justis.\n\nWendy',
    ],
    [
      'nl, told as not approved',
      'Hoi Anne,\n\nJan Wetzels rijdt niet mee naar de excursie. Zijn VOG is niet goedgekeurd.\n\nJeroen',
    ],
    [
      'en, told as not approved',
      'Hi Anne,\n\nJan Wetzels will not drive on the trip. His VOG was not approved.\n\nJeroen',
    ],
  ])('finds it (%s)', (_lang, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it('lets a reminder to hand in a VOG through (nl)', () => {
    expect(
      subjectsOf(
        'Hoi allemaal,\n\nWie mee gaat op schoolreis levert vóór vrijdag een VOG in; zonder VOG kun je niet mee.\n\nWendy',
      ),
    ).toEqual([]);
  });
});

// content-train-44, -58: the illness MS by its capitals, and a named child's skin infection.
describe('findSensitiveEvidence, MS and a skin infection', () => {
  it.each([
    [
      'the writer’s own MS (nl)',
      'Beste meester Koen,\n\nIk heb vandaag de uitslag gekregen: ik heb MS. Ik heb het Hugo nog niet verteld.\n\nAnja',
    ],
    [
      'a mother’s MS told by the physiotherapist (nl)',
      'Hallo juf Joyce,\n\nIets praktisch: moeder gaf aan dat ze zelf MS heeft en op slechte dagen niet kan autorijden.\n\nKarin',
    ],
  ])('finds %s', (_case, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });

  it.each([
    [
      'a title (en)',
      'Dear Ms Kelly,\n\nSem will join the MS Teams call with his mum on Monday.\n\nAnna',
    ],
    [
      'a charity walk (en)',
      'Hi Maurice,\n\nWorld MS Day is on 30 May, and the MS foundation organises sponsored walks for schools.\n\nEmily',
    ],
  ])('lets %s through', (_case, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it('finds a named child’s skin infection (nl)', () => {
    expect(
      subjectsOf(
        'Hoi Anja,\n\nBente heeft krentenbaard (impetigo) en is bij de huisarts geweest; ze gebruikt nu een zalf.\n\njuf Esther, groep 4',
      ),
    ).toContain('pupil');
  });
});

// content-train-56, -57 and -59: an injury, a hospital stay and a mind unwell, in everyday words.
describe('findSensitiveEvidence, a limb in plaster, a wounded husband, a wife unwell', () => {
  it.each([
    [
      'a husband wounded and in a hospital abroad (en)',
      'Dear Ingrid,\n\nI need a few days off: my husband was wounded in an accident at work and he is in a hospital in Gdansk.\n\nMarta',
    ],
    [
      'a wife not well in her head (en)',
      'Dear Ms Smit,\n\nI want you to know that my wife is not well in her head since the winter. Her sister looks after her now.\n\nHiro',
    ],
    [
      'a teacher’s wrist in plaster (en)',
      "Dear Mr Janssen,\n\nI slipped on the stairs on Monday and my wrist is in plaster up to the elbow, so I'm working from home this week.\n\nLisa",
    ],
  ])('finds %s', (_case, text) => {
    expect(subjectsOf(text)).toContain('adult');
  });
});

// content-train-45: "ontruiming" is an eviction, but in a BHV roster the building's evacuation.
describe('findSensitiveEvidence, an evacuation is no eviction', () => {
  it('finds nothing in an emergency roster that says where to gather', () => {
    expect(
      subjectsOf(
        "Goedemorgen,\n\nHet overzicht van BHV'ers:\nma Tom, Ellen\ndi Tom, Maud\n\nBij ontruiming: verzamelen op het grasveld aan de Parklaan.\n\nMarieke",
      ),
    ).toEqual([]);
  });

  it("still reads a family's eviction as the child's home situation", () => {
    expect(
      subjectsOf(
        'Hoi Sanne,\n\nDe moeder van Daan vertelde dat het gezin volgende week de woning uit moet: de ontruiming is op dinsdag. Daan slaapt er slecht van.\n\nKoen',
      ),
    ).toContain('pupil');
  });
});

// Content-train-75: the parents' separation as the child's circumstance, told as the plan or the
// weekends that follow it.
describe("findSensitiveEvidence, a child's life between two homes", () => {
  it.each([
    [
      'nl',
      'Beste meester Jos,\nVanaf deze week geldt het nieuwe ouderschapsplan voor Jules (groep 5).\nSofie',
    ],
    [
      'nl',
      'Hoi Ruud,\nLotte is om het weekend bij haar vader sinds de scheiding en is maandags erg moe.\nSanne',
    ],
    [
      'en',
      'Dear Mr Okafor,\nSince the separation Lucas stays with his dad every other weekend.\nJulia',
    ],
  ])('finds the pupil (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toContain('pupil');
  });

  it.each([
    ['nl', 'Hoi Ruud,\nDe schoolschaakclub speelt om het weekend in Sittard.\nSanne'],
    ['en', 'Hi Ruud,\nThe separation of paper and plastic starts every other weekend now.\nSanne'],
  ])('finds nothing in a club or a waste rota (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Content-train-28 to -73: allergies asked of everyone, in the plural, are nobody's health; one
// child's allergy is written in the singular or by its food.
describe('findSensitiveEvidence, allergies asked of everyone', () => {
  it.each([
    [
      'nl',
      'Hoi Sandra,\nDe ouders van Noor (gr 8) hebben het formulier ingevuld. Allergieën en bijzonderheden staan op de formulieren.\nIlse',
    ],
    [
      'en',
      'Hi all,\nPlease send Ellen your dietary requirements (vegetarian, halal, allergies) before Friday.\nMark',
    ],
  ])('finds nothing (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Hoi Kim,\nNoor (groep 3) heeft een ernstige notenallergie, haar EpiPen ligt in de la.\nIlse',
    ],
    ['en', 'Hi Kim,\nNoor (group 3) has a severe nut allergy; her EpiPen is in the drawer.\nIlse'],
  ])('still finds one child’s allergy (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Content-train-77: conditions named as examples of a kind, listed as alternatives, are nobody's.
describe('findSensitiveEvidence, examples of a kind', () => {
  it.each([
    [
      'nl',
      'Beste mentor,\nStudenten met een functiebeperking (bijvoorbeeld dyslexie of een chronische ziekte) kunnen recht hebben op aanpassingen. Het is aan de student zelf om dat te bespreken.\nStagebureau',
    ],
    [
      'en',
      'Dear mentor,\nStudents with a disability, such as dyslexia or a chronic illness, may ask for adjustments. It is up to the student to raise it.\nPlacement office',
    ],
  ])('finds nothing (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });

  it.each([
    ['nl', 'Hoi Kim,\nSem (groep 5) heeft zoals je weet ADHD en dat merken we in de klas.\nIlse'],
    ['en', 'Hi Kim,\nSem (group 5) has a lot going on, for example his ADHD and the move.\nIlse'],
  ])('still finds one pupil’s condition (%s)', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });
});

// Content-train-76: an adult's dismissal and drinking in everyday English.
describe('findSensitiveEvidence, let go and AA meetings', () => {
  it.each([
    'Hi Lieke,\nI got let go on Friday after a row with my new manager, so I cannot run the sack race.\nMarcus',
    'mate, could you take my yard duty? I have started going to AA meetings at lunchtime. Only you know.\nCallum',
  ])('finds the adult: %s', (text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in balloons let go and AA batteries (near misses)', () => {
    expect(
      subjectsOf(
        'Hi all,\nAt the end of the meeting the children let go of their balloons. Spare AA batteries are in the cupboard.\nMarcus',
      ),
    ).toEqual([]);
  });
});

// Content-train-76: a named adult's drinking and orientation, in everyday English.
describe('findSensitiveEvidence, struggling with drink and not out to the team', () => {
  it.each([
    'Dear Mieke,\nPeople say Mr Byrne has been struggling with drink lately.\nSarah',
    "Hey Megan,\nDan is bringing Marco on Friday. Dan's not really out to most of the team yet, so keep it quiet.\nL",
  ])('finds the adult: %s', (text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in a drink at the table and a tired team (near miss)', () => {
    expect(
      subjectsOf(
        'Hey Megan,\nDan might stay for a drink on Friday. The team is really out of energy after the musical.\nL',
      ),
    ).toEqual([]);
  });
});

// Content-train-78: a pupil's behaviour and support in everyday Dutch, said of the pupil by name.
describe('findSensitiveEvidence, everyday Dutch for a pupil’s behaviour and extra practice', () => {
  it.each([
    ['nl', 'Hoi Youssef,\nDaan is niet te handelen, scheldt iedereen uit en loopt weg.\nRuud'],
    ['nl', 'Beste Ellen,\nJayden geeft toe dat hij die jongen al weken geld afpakt.\nSharon'],
    ['nl', 'Hoi meester,\nOnze Jurre de baas speelt en andere kinderen bang maakt.\nEsther'],
    [
      'nl',
      'Hoi Debby,\nIk wil Saar vanaf volgende week extra laten oefenen in een klein groepje.\nMirjam',
    ],
    [
      'en',
      'Dear Ms Sutanto,\nI know Arjun hardly says a word at school. At the gate he goes completely quiet and holds my hand.\nPriya',
    ],
  ])('finds the pupil (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    ['nl', 'Hoi allemaal,\nDe hond van de buren loopt weg als het onweert, dus deur dicht.\nRuud'],
    ['nl', 'Hoi Ellen,\nWe oefenen het toneelstuk in een klein groepje in de aula.\nMirjam'],
  ])('finds nothing (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual([]);
  });
});

// Content-train-79: an adult's court date, gambling, drinking and breakdown in everyday words.
describe('findSensitiveEvidence, an adult’s own matters in everyday words', () => {
  it.each([
    ['nl', 'Huub,\nStefan kan 14 maart niet. Hij moet die dag voor de rechter komen.\nYvonne'],
    ['nl', 'Ilse,\nIk weet niet wat ik hiermee moet. Priya gokt weer en leent geld.\nBram'],
    [
      'nl',
      'Marieke,\nJuf Anouk zit thuis met haar hoofd, niemand weet wanneer ze terugkomt.\nFemke',
    ],
    ['en', "Ivo,\nI think Rob's back on the bottle; he turned up smelling of it.\nHannah"],
    ['en', "Gert-Jan,\nKevin's wife threw him out on Saturday and he is a mess.\nHannah"],
  ])('finds the adult (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in a court ruling on a playground (near miss)', () => {
    expect(
      subjectsOf(
        'Beste ouders,\nDe gemeente moet van de rechter de speeltuin weer openstellen.\nHuub',
      ),
    ).toEqual([]);
  });
});

// Content-train-81: the careful words an occupational health service, a board or the police use.
describe('findSensitiveEvidence, an adult’s matter in an office’s careful words', () => {
  it.each([
    [
      'nl',
      'Beste Anouk,\nVoor het schoolreisje is het te vroeg. Juf Ingrid is nog beperkt belastbaar.\nIlse Hermans',
    ],
    [
      'nl',
      'Geachte heer Vossen,\nEr loopt een melding tegen dhr. R. Bemelmans, vrijwilliger bij de overblijf.\nRamon Coenen',
    ],
    [
      'en',
      'Dear Mr Vossen,\nMr Lambrechts is currently under investigation in a matter I cannot discuss.\nKoen Vermeulen',
    ],
    ['en', 'Dear Anna,\nKim Heuts has been not fit for duty since January and is leaving.\nPeter'],
    [
      'en',
      'Fiona,\nJuf Emma is being followed by her ex-husband and has reported him to the police.\nRohan',
    ],
  ])('finds the adult (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });

  it('finds nothing in an attic floor that cannot carry weight (near miss)', () => {
    expect(
      subjectsOf(
        'Beste Rob,\nDe zoldervloer van het gebouw is niet belastbaar, zet er geen dozen meer neer.\nMarloes',
      ),
    ).toEqual([]);
  });
});

// Content-train-80: pupil mails whose writers talk about themselves along the way.
describe('findSensitiveEvidence, a pupil measured and a writer’s own health in passing', () => {
  it.each([
    ['en', 'Hi Priya,\nJayden still reads 38 words per minute, Mei-Lin a bit more.\nDaniel'],
    ['en', 'Hi Daniel,\nJayden is flagged for the intervention group after the break.\nPriya'],
    ['en', 'Claire,\nOliver Nowak stands out: 14 days missed since January.\nMark'],
    // Content-train-82: the same in British school English.
    ['en', 'Dear Mrs Evans,\nSophie had 11 late arrivals this term.\nFiona'],
    ['en', 'Dear Mrs Lefèvre,\nHugo has been late 14 times since September.\nKylie'],
    ['en', 'Respected Sir,\nMy son Vihaan is having a skin problem on his legs.\nNeha'],
    ['en', 'Hi Deepa,\nOskar has a reading age of 6 years 2 months.\nKylie'],
    ['en', 'Dear Ms Okafor,\nAda has a speech sound disorder; we practise /k/ and /g/.\nJane'],
    // Content-train-48: day treatment, as a youth team writes it.
    ['nl', 'Beste Ilse,\nYara (groep 3) start volgende maand bij de dagbehandeling.\nEllen'],
  ])('finds the pupil (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['pupil']);
  });

  it.each([
    [
      'en',
      'Dear Mr Hennessy,\nSorry this comes late: I am only just back after my knee operation.\nClaire',
    ],
    [
      'nl',
      'Beste Ilona,\nIk heb zelf een paar weken thuis gezeten, omdat het niet goed met me ging.\nBas',
    ],
  ])('finds the adult (%s): %s', (_language, text) => {
    expect(subjectsOf(text)).toEqual(['adult']);
  });
});
