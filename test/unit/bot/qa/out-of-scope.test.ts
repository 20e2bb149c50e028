import { wordsOf } from '../../../../bot/qa/analyzer';
import { createLexicon } from '../../../../bot/qa/lexicon';
import { elsewhereWords, keptElsewhereWords } from '../../../../bot/qa/out-of-scope';
import { NO_PACK_WORDS } from '../../../../shared/policy/pack/words-file';
import { kindantePack } from '../../../helpers/knowledge';

const { offTopicWords } = createLexicon(kindantePack().words);

describe('offTopicWords', () => {
  // [question, the words that name a topic outside the policy]
  const cases: [string, string[]][] = [
    ['Hoeveel vakantiedagen heb ik nog?', ['vakantiedagen']],
    // Disputing a mark, an advice or an appraisal is the complaints procedure's, not the policy's;
    // objecting to a mark being sent on is a data question (questions-train-43).
    [
      'Een ouder is het niet eens met het rapportcijfer en wil een klacht indienen.',
      ['rapportcijfer'],
    ],
    ['Kan een moeder bezwaar maken tegen het schooladvies van haar dochter?', ['schooladvies']],
    ['How do parents appeal the decision to hold their child back a year?', ['hold']],
    ['Een ouder maakt bezwaar tegen het doorsturen van het schooladvies naar het VO.', []],
    ['Waar staat het cijfer voor rekenen in het leerlingdossier?', []],
    // The formal word for pay, and the law that caps an executive's pay (questions-train-39).
    ['Wat is de WNT-norm voor de bezoldiging van ons bestuur?', ['bezoldiging']],
    ['Valt onze directeur onder de WNT?', ['wnt']],
    // A painkiller for a child is first aid; a device reset to factory settings is IT help
    // (questions-train-40).
    ['Een kind heeft hoofdpijn, mag ik een paracetamol geven?', ['paracetamol']],
    ['Hoe zet ik de iPad terug naar de fabrieksinstellingen?', ['fabrieksinstellingen']],
    // One's pay grade, music royalties and moving an authenticator app (questions-train-48).
    ['Ik wil bezwaar maken tegen mijn inschaling.', ['inschaling']],
    ['Do we owe royalties for songs in the school musical?', ['royalties']],
    ['Hoe zet ik de Authenticator over naar mijn nieuwe telefoon?', ['authenticator']],
    // A child cycling home alone is a safety rule, no data (questions-train-49).
    ['Mag een kind van groep 5 alleen naar huis fietsen?', ['fietsen']],
    // Homework rules in English, as "huiswerk" (questions-train-50).
    ['Does the school have rules on pupils using ChatGPT for homework?', ['homework']],
    // A laptop in repair, a fall and the accident register, evacuations, a parents' evening talk
    // (questions-train-51).
    ['Mijn laptop is voor reparatie weg, krijg ik een andere?', ['reparatie']],
    ['Een kind is van het klimrek gevallen, wie belt de ouders?', ['klimrek']],
    ['Wie vult het ongevallenregister in?', ['ongevallenregister']],
    ['How often do we have to practise evacuations?', ['evacuations']],
    ['Moet ik gescheiden ouders elk een eigen tienminutengesprek geven?', ['tienminutengesprek']],
    // Money back and the school's credit card are money questions (questions-train-53).
    ['Parents want a refund for the school trip.', ['refund']],
    ['Mag ik met de creditcard van school knutselspullen bestellen?', ['creditcard']],
    // The guest wifi's password, and sending a child out for a time-out (questions-train-54).
    ["What's the guest wifi password for visitors?", ['guest']],
    ['Mag ik een kind dat de les verstoort een time-out op de gang geven?', ['timeout']],
    // Teaching hours a year, and when a child with chickenpox may come back (questions-train-55).
    ['Hoeveel lesuren krijgt groep 3 per jaar?', ['lesuren']],
    ['Mag een kind met waterpokken naar school?', ['waterpokken']],
    // "on holiday" says when, as "op vakantie" does; a holiday asked about stays outside.
    ['Can I use my work phone on holiday abroad?', []],
    ['How many holiday days do I have left?', ['holiday']],
    // words.md: insurance is the insurer's, not the policy's.
    ['Dekt de verzekering van school mijn gestolen telefoon?', ['verzekering']],
    ['wanneer is de zomervakantierooster bekend', ['zomervakantierooster']],
    [
      'Wanneer krijgen we de eindejaarsuitkering op de salarisstrook?',
      ['eindejaarsuitkering', 'salarisstrook'],
    ],
    ['Hoe hoog is de ouderbijdrage?', ['ouderbijdrage']],
    // A list of parents by name and bank account is personal data, whatever money it is about
    // (questions-train-44).
    ['Ik wil de lijst van de ouderbijdrage met namen en rekeningnrs thuis afmaken.', []],
    ['Can I print the list of names of parents who have not paid the trip?', []],
    ['Wie is de BHV’er op onze locatie?', ['bhver']],
    ['Gaan we mee staken?', ['staken']],
    ['Outlook blijft vastlopen bij mijn agenda', ['vastlopen']],
    // Repairing one's own account or device is IT help; the school's account or securing one's
    // own laptop for school work is the policy's.
    ['Hoe reset ik het wachtwoord van mijn eigen Instagram?', ['reset']],
    ['How do I get my private Hotmail account back after it was hacked?', ['back']],
    ['Hoe reset ik mijn wachtwoord van ESIS?', []],
    ['Hoe beveilig ik mijn eigen laptop als ik thuis werk aan leerlingdossiers?', []],
    // Everyday words that touch privacy do not make a salary question a privacy question.
    ['Can I get my salary slip sent to my private email?', ['salary']],
    ['Hoe vraag ik ouderschapsverlof aan via de mail?', ['ouderschapsverlof']],
    // A privacy topic named outright keeps the question in scope.
    ["Mag ik foto's van de ouderavond op de website zetten?", []],
    ['Mag ik het ziekteverzuim van een leerling in het dossier zetten?', []],
    ['Mijn laptop is in de vakantie gestolen', []],
    ['Mag ik in de kerstvakantie thuis werken aan leerlingdossiers?', []],
    // Going on holiday is a situation, not a topic: the question is about the laptop.
    ['Ik ga op vakantie, mag mijn werklaptop mee?', []],
    ["Mag ik salarisgegevens van collega's mailen?", []],
    ['Hoe meld ik een datalek?', []],
    // Roots: any form of the word, and compounds with the root as head or tail.
    ['Hoe meld ik me ziek?', ['ziek']],
    ['Wanneer is de luizencontrole?', ['luizencontrole']],
    ['Mijn headset hapert', ['headset', 'hapert']],
    // A time adjunct says when, not what: "tijdens de lunchpauze", "na schooltijd".
    ['Mag ik tijdens de lunchpauze mijn scherm open laten?', []],
    ['Moet de dagplanning met zorgnotities na schooltijd van mijn bureau?', []],
    ['Na de ouderavond mis ik mijn tas met gespreksverslagen', []],
    // A time adjunct keeps a labour matter asked about in it: the leave is the topic.
    ['Hoeveel vrije dagen krijg ik na mijn zwangerschapsverlof?', ['zwangerschapsverlof']],
    // Money and cameras stay out of scope next to an everyday privacy word, not next to a core one.
    ["Wat kosten de foto's van de schoolfotograaf?", ['kosten']],
    ['Wie bekijkt de camerabeelden bij de ingang?', ['camerabeelden']],
    ['Kost het toestemming vragen aan ouders geld?', []],
    // What a message is about is its subject, also a second subject joined with "en"/"and".
    ['Ik wil een mail naar de ouders sturen over het kamp en de kosten', []],
    ['Can I send one message to all parents about the trip and the costs?', []],
    ['Wie betaalt de kosten van de mail naar de ouders?', ['betaalt', 'kosten']],
    // A consent names no data of its own: what it is for decides; a photo, also inside a
    // compound, keeps it in scope (near miss).
    ['Wie geeft toestemming voor het gebruik van de gymzaal na schooltijd?', ['gymzaal']],
    ['Who gives permission to use the gym after school?', ['gym']],
    ["Hebben we toestemming nodig voor foto's van de gymles?", []],
    ['Moeten ouders toestemming geven voor de schoolfotograaf?', []],
    // What a lesson is about is what the children learn: its privacy words keep no teaching
    // question in scope; a lesson named without "over" keeps them (near miss).
    [
      'Welke lesmethode gebruiken jullie voor lessen over privacy en sociale media?',
      ['lesmethode'],
    ],
    ['Is there a teaching method for lessons about online privacy?', ['method']],
    ['Welke lesmethode mag ik gebruiken als er leerlingdossiers in staan?', []],
    // A board's own out-of-scope topic: bullying has its own protocol, not the privacy policy.
    ['Wat doen we als een leerling blijft pesten?', ['pesten']],
    // A post says something as a mail does; "over hoe …" makes the whole clause its subject.
    ['Ik zet een facebookpost over hoe slecht de nieuwe methode is', []],
    ["I'm writing a post about how bad the new teaching method is", []],
    // …but a labour matter stays a topic there, and a methode asked about stays one (near misses).
    ['Ik mail het team over hoe mijn salaris omhoog gaat', ['salaris']],
    ['Hoe slecht is de nieuwe methode?', ['methode']],
    // A program's file that is sent is a file, and what it is of is its subject.
    ['Ik stuur de powerpoint van de studiedag naar het hele team', []],
    ["I'm sending the PowerPoint of the study day to the whole team", []],
    // …but a program or a study day with nothing sent stays an outside topic (near misses).
    ['De powerpoint van de studiedag loopt steeds vast', ['powerpoint', 'studiedag']],
    ['Hoe maak ik een draaitabel in excel?', ['draaitabel', 'excel']],
    // A program's file named after it holds something: "een Excel-lijstje met wachtwoorden".
    ['Ik zet een Excel-lijstje met wachtwoorden op het bureaublad', []],
    ['I keep an excel-list with passwords on the desktop', []],
    // …but the program itself, or a compound of it that is no file, stays one (near misses).
    ['Ik zet Excel op het bureaublad van de digibord-pc', ['excel']],
    ['Wanneer is de excelcursus?', ['excelcursus']],
    // IBP names the policy's subject: a labour word beside it stays in scope.
    ['Hoe komt IBP aan bod bij de aanstelling van een nieuwe medewerker?', []],
    ['Wanneer gaat de aanstelling van de nieuwe medewerker in?', ['aanstelling']],
    // A film watched (a streaming service, subtitles) is no recording of pupils.
    ['Mogen we een film van Netflix in de klas laten zien?', ['netflix']],
    ['Can we show a Netflix movie in class?', ['netflix']],
    ['Hoe zet ik ondertiteling aan bij een filmpje op het digibord?', ['digibord']],
    // …but a film made or put online is one, wherever it goes (near misses).
    ['Mag ik een filmpje van de klas op YouTube zetten?', []],
    ['Can I upload a video of my class to YouTube?', []],
    // The regulator's name names no data: insurance against its fine is the insurer's.
    [
      'Heeft Kindante een verzekering die een AVG-boete van de Autoriteit Persoonsgegevens dekt?',
      ['verzekering'],
    ],
    // …while personal data named outright keeps the question in scope (near miss).
    ['Dekt de verzekering het verlies van persoonsgegevens?', []],
    // Whom a list is sent or given to receives it: a third party, not the topic asked about.
    ['Ik mail de lijst met allergieën naar de kinderopvang', []],
    ['Mag ik die lijst aan de opvang geven?', []],
    ["I'm sending the allergy list to the childcare", []],
    // …but with nothing sent or given the topic stays, and what is sent stays one (near misses).
    ['Hoe laat gaat de kinderopvang open?', ['kinderopvang']],
    ['Ik stuur mijn ziekmelding naar de arbodienst', ['ziekmelding']],
    // The cleaner is who finds or is handed something; cleaning itself stays outside.
    ['De schoonmaakster vindt elke avond uitdraaien op de printer', []],
    ['The cleaner found a USB stick under a desk', []],
    ['Wanneer wordt de schoonmaak van de lokalen gedaan?', ['schoonmaak']],
    // A break told after "in" says when, as "tijdens" does; a break asked about stays outside.
    ['Can I do some online shopping in my lunch break?', []],
    ['Mag ik in de lunchpauze even op Marktplaats kijken?', []],
    ['Hoe lang is de lunchpauze?', ['lunchpauze']],
    ['How long is the lunch break?', ['lunch']],
    // A clause of time after what is done says when; the topic before it, or a labour matter, stays.
    ['Ik vergrendel mijn pc voordat ik naar het plein ga voor pleinwacht', []],
    ['I lock my laptop before I go to lunch', []],
    ['Wie heeft er pleinwacht voordat de school begint?', ['pleinwacht']],
    ['Ik ruim mijn bureau op voordat ik met zwangerschapsverlof ga', ['zwangerschapsverlof']],
    // A program being installed asks about installing software; using it or a how-to stays IT help.
    ['Ik installeer even Zoom op mijn laptop', []],
    ["I'm installing Zoom on the school laptop", []],
    ['Hoe installeer ik Zoom?', ['zoom', 'installeer']],
    ['Zoom doet het niet op mijn laptop', ['zoom']],
    // Setting a device or program up, or choosing one, is IT help…
    ['Hoe installeer ik de printer op mijn laptop thuis?', ['installeer']],
    ['How do I connect the school printer to my laptop?', ['connect']],
    ['Welke virusscanner moet ik op mijn laptop zetten?', ['zetten']],
    ['Which antivirus should I install on my home laptop?', ['install']],
    // …but asking leave, a privacy word or a board's own system keeps it in (near misses).
    ['Mag ik zelf software installeren op mijn laptop?', []],
    ['Which apps may I install on my work phone?', []],
    ['Welke gegevens moet ik in het verslag zetten?', []],
    ['Hoe installeer ik Cryptshare?', []],
    // A condition after the question says when: its privacy words keep no money question in.
    [
      'Krijgen ouders een schadevergoeding als hun gegevens bij een datalek zijn uitgelekt?',
      ['schadevergoeding'],
    ],
    ['Who pays the costs if there is a data breach?', ['pays', 'costs']],
    // …but a privacy word in the asking clause, or a second question after "en", keeps it (near misses).
    ['Wat kost een verwerkersovereenkomst als we die laten opstellen?', []],
    ['Wie betaalt het als ik daar bel, en mag ik in Esis kijken?', []],
    ['Wie betaalt de kosten van een datalek?', []],
    // The role the one who asks speaks in is who asks, not what about (questions-train-26)…
    ['Mag ik als overblijfmoeder in die kast met zorgmappen kijken?', []],
    // …while a lunch-break question stays one, whoever asks (near miss).
    ['Hoe laat begint de overblijf als ik als overblijfmoeder kom?', ['overblijf']],
    // After-school care by its English name is the same outside topic (questions-train-28).
    ['What time does the after-school care close?', ['afterschool']],
  ];

  it.each(cases)('%j → %j', (question, expected) => {
    expect(offTopicWords(wordsOf(question))).toEqual(expected);
  });

  it('treats a word the knowledge base uses as no compound of a domain root', () => {
    const isKnownWord = (word: string) => word === 'versleutelen';
    expect(offTopicWords(wordsOf('Moet ik de bijlage versleutelen?'), isKnownWord)).toEqual([]);
    expect(offTopicWords(wordsOf('Waar hangt de reservesleutel?'), isKnownWord)).toEqual([
      'reservesleutel',
    ]);
  });

  it("declines a board's out-of-scope topic only when its words.md lists it", () => {
    const question = wordsOf('Wie bekijkt de camerabeelden bij de ingang?');
    expect(createLexicon(NO_PACK_WORDS).offTopicWords(question)).toEqual([]);
    const board = { ...NO_PACK_WORDS, outOfScope: ['camerabeelden'] };
    expect(createLexicon(board).offTopicWords(question)).toEqual(['camerabeelden']);
  });

  it("keeps a product out-of-scope topic in scope when the board's policy covers it", () => {
    const question = wordsOf('Wanneer komt het nieuwe lesrooster?');
    expect(createLexicon(NO_PACK_WORDS).offTopicWords(question)).not.toEqual([]);
    const board = { ...NO_PACK_WORDS, inScope: ['lesrooster'] };
    expect(createLexicon(board).offTopicWords(question)).toEqual([]);
  });
});

describe('keptElsewhereWords', () => {
  it.each([
    ['Hoe lang bewaart de GGD het dossier van het gezondheidsonderzoek?', ['ggd']],
    ['Hoe lang bewaart de BSO naast onze school de gegevens van de kinderen?', ['bso']],
    [
      'Wat staat er in het privacyreglement van het samenwerkingsverband?',
      ['samenwerkingsverband'],
    ],
    ['How long does the GGD keep the records of the health check?', ['ggd']],
  ])('finds an organisation keeping its own records: %j', (question, expected) => {
    expect(keptElsewhereWords(wordsOf(question))).toEqual(expected);
  });

  it.each([
    'Hoe lang bewaren wij de gegevens die de GGD ons geeft?',
    'Mogen we de leerlingenlijst aan de GGD geven?',
    'Mag ik het OPP naar het samenwerkingsverband mailen?',
    'How long do we keep the data the GGD sends us?',
  ])('finds none where the school keeps or gives the data (near miss): %j', (question) => {
    expect(keptElsewhereWords(wordsOf(question))).toEqual([]);
  });
});

describe('namesPrivacyTopic', () => {
  const { namesPrivacyTopic } = createLexicon(NO_PACK_WORDS);

  it.each([
    'ik zet de leerlingenlijst op een usb-stick voor de schoolfotograaf',
    'mag de presentielijst van groep 4 naar de overblijfouder?',
    'de verzuimlijsten van vorig jaar weggooien',
  ])('reads a list of pupils, under any of its names, as a privacy topic: %j', (question) => {
    expect(namesPrivacyTopic(wordsOf(question))).toBe(true);
  });

  it('reads the picture a screen gives as no image of anyone', () => {
    expect(namesPrivacyTopic(wordsOf('De beamer in het speellokaal geeft geen beeld'))).toBe(false);
    expect(offTopicWords(wordsOf('De beamer in het speellokaal geeft geen beeld'))).toEqual([
      'beamer',
    ]);
  });

  it('keeps "beeld" an image of someone when no screen is named (near miss)', () => {
    expect(namesPrivacyTopic(wordsOf('Mag ik een filmpje met de kinderen in beeld delen?'))).toBe(
      true,
    );
    expect(
      namesPrivacyTopic(wordsOf("Mag ik foto's van de klas op het digibord laten zien?")),
    ).toBe(true);
  });

  it.each([
    'wanneer is het privacyreglement vastgesteld',
    'waar staat het datalekprotocol',
    'is there a privacystatement for parents',
  ])('reads a compound headed by a core privacy word as a privacy topic: %j', (question) => {
    expect(namesPrivacyTopic(wordsOf(question))).toBe(true);
  });

  it.each(['wanneer is het reglement vastgesteld', 'is there a statement for parents'])(
    'reads the same compound tail alone as none (near miss): %j',
    (question) => {
      expect(namesPrivacyTopic(wordsOf(question))).toBe(false);
    },
  );

  it.each([
    'activiteitenkalender IBP',
    'wat zijn de uitgangspunten van het ibp beleid',
    'wie is verantwoordelijk voor informatiebeveiliging',
  ])(
    "reads the policy's subject (IBP, information security) as a privacy topic: %j",
    (question) => {
      expect(createLexicon(kindantePack().words).namesPrivacyTopic(wordsOf(question))).toBe(true);
    },
  );

  it('does not read a word merely starting like it as one (near miss)', () => {
    expect(
      createLexicon(kindantePack().words).namesPrivacyTopic(wordsOf('waar ligt de ibis')),
    ).toBe(false);
  });

  it('does not read any list as one', () => {
    expect(namesPrivacyTopic(wordsOf('waar staat de boodschappenlijst voor de kerstviering'))).toBe(
      false,
    );
  });
});

describe('elsewhereWords', () => {
  it.each([
    ['Hoe bewaart de GGD de vaccinatiegegevens van mijn eigen kind?', ['vaccinatiegegevens']],
    ["How does the GGD store my own child's vaccination records?", ['vaccination']],
    ['Mijn huisarts heeft mijn dossier naar een verkeerd adres gestuurd', ['huisarts']],
  ])('reads medical records kept outside school as off-topic: %j', (question, expected) => {
    expect(elsewhereWords(wordsOf(question))).toEqual(expected);
  });

  it('keeps them in scope when the question is set at school', () => {
    expect(
      elsewhereWords(wordsOf('Mag de leerkracht de inentingen van de klas bijhouden?')),
    ).toEqual([]);
  });

  it.each([
    ['Mijn bank vraagt om een kopie van mijn loonstrook', ['bank']],
    ['Mag ik mijn bankrekening van de club delen?', ['bankrekening', 'club']],
  ])('reads a bank as an organisation of private life: %j', (question, expected) => {
    expect(elsewhereWords(wordsOf(question))).toEqual(expected);
  });

  it.each([
    'Mag de oudervereniging de adressen van alle ouders krijgen?',
    'Where is the databank with the parent addresses stored?',
  ])('does not read a school body or a data bank as one: %s', (question) => {
    expect(elsewhereWords(wordsOf(question))).toEqual([]);
  });

  it.each([
    ['Moet ik voor mijn webshop naast school ook een privacyverklaring hebben?', ['webshop']],
    ['Does the GDPR apply to the webshop I run besides my job at school?', ['webshop']],
  ])("reads a business of one's own beside school as off-topic: %j", (question, expected) => {
    expect(elsewhereWords(wordsOf(question))).toEqual(expected);
  });

  it('keeps an organisation the school deals with in scope (near miss)', () => {
    expect(
      elsewhereWords(wordsOf('Mag de webshop van school de adressen van ouders krijgen?')),
    ).toEqual([]);
  });
});

describe('a board where software is installed', () => {
  it('is no IT-help topic: installing on a school device is the question, in Dutch and English', () => {
    expect(offTopicWords(wordsOf('mag ik ff een programma installeren op de digibord pc'))).toEqual(
      [],
    );
    expect(offTopicWords(wordsOf('mag ik een app downloaden op de pc van het digibord?'))).toEqual(
      [],
    );
    expect(offTopicWords(wordsOf('can I install an app on the smartboard computer?'))).toEqual([]);
  });

  it('stays an IT-help topic when nothing is installed (near miss)', () => {
    expect(offTopicWords(wordsOf('de pc van het digibord doet het niet meer'))).toContain(
      'digibord',
    );
  });
});
