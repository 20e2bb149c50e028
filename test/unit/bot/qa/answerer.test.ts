import { createAnswerer, roleOfAsker } from '../../../../bot/qa/answerer';
import { wordsOf } from '../../../../bot/qa/analyzer';
import type { ConfigInput } from '../../../../shared/policy/config-schema';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';
import { kindantePack } from '../../../helpers/knowledge';

function answererWith(overrides: Partial<ConfigInput> = {}) {
  const parsed = parseConfig({ ...EXAMPLE_CONFIG, ...overrides });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return createAnswerer(parsed.config, kindantePack().knowledge, kindantePack().words);
}

const CONTACTS: ConfigInput['contacts'] = {
  privacyOfficer: { role: 'FG Scholengroep Zuid', email: 'fg@scholengroep.nl' },
  breachReport: {
    role: 'Servicedesk ICT',
    people: [{ name: 'Sanne Visser', phone: '030-1234567' }],
  },
};

describe('createAnswerer', () => {
  const answer = answererWith();

  it('answers every question the pack writes for an entry from that entry, as the board asks it', () => {
    // "autorisatietabel", "wie ziet mijn salaris" (AFAS access): the board's own say that these
    // are policy questions, whatever the scope gate or the outside topic "salaris" would make of them.
    const missed = kindantePack().knowledge.flatMap((entry) =>
      [...entry.questions.nl, ...entry.questions.en]
        .filter((question) => {
          const result = answer(question);
          return (
            !result.answered ||
            ![...result.sources, ...result.suggestions].some((source) => source.id === entry.id)
          );
        })
        .map((question) => `${entry.id}: ${question}`),
    );
    expect(missed).toEqual([]);
  });

  it('answers a Dutch question in Dutch with its source section and related entries', () => {
    const result = answer('Binnen hoeveel uur moet een datalek bij de AP gemeld zijn?');
    expect(result).toMatchObject({ language: 'nl', answered: true });
    expect(result.sources).toEqual([
      { id: 'breach-72-hours', title: 'Binnen 72 uur melden', section: '§12 Protocol datalekken' },
    ]);
    expect(result.answer).toContain('72 uur');
    expect(result.related.length).toBeGreaterThan(0);
    expect(result.related.length).toBeLessThanOrEqual(3);
  });

  it('reads informal English words for losing a device ("misplaced", "missing")', () => {
    expect(answer('I misplaced my work laptop, what now?').sources[0]?.id).toBe(
      'breach-lost-device',
    );
    expect(answer('My school phone is missing, what should I do?').sources[0]?.id).toBe(
      'breach-lost-device',
    );
  });

  it('reads "ophangen" as hanging, as a list on the classroom wall does', () => {
    const wall = answer('Mag ik een klassenlijst met telefoonnummers in het lokaal ophangen?');
    expect(wall.sources[0]?.id).toBe('clean-desk');
    expect(wall.confidence).toBe('high');
  });

  it('reads "de kopieerder" as the printer, where a print may be left lying', () => {
    const copier = answer('ik print gwn op de kopieerder in de gang, maakt dat nou uit?');
    expect(copier.sources[0]?.id).toBe('secure-printing');
  });

  it('reads a rule that "is ingegaan" as one that applies since a date', () => {
    const since = answer('wanneer is het privacyreglement eigenlijk ingegaan');
    expect(since.sources[0]?.id).toBe('privacy-regulation');
    expect(since.confidence).toBe('high');
  });

  it('answers how to mail parents whatever money the mail is about, in Dutch and English', () => {
    const dutch = answer(
      'Ik wil een mail naar alle ouders sturen over de schoolreis en de kosten.',
    );
    expect(dutch.answered).toBe(true);
    const english = answer('Can I send one email to all parents about the trip and the costs?');
    expect(english.answered).toBe(true);
  });

  it('declines a question about bullying, which has its own protocol', () => {
    expect(answer('Wat is het protocol als een kind in de groep gepest wordt?').answered).toBe(
      false,
    );
  });

  it.each([
    [
      'Een jongen heeft vandaag een klasgenoot geslagen. De ouders van dat kind willen dat hij geschorst wordt. Hoe lang mag een schorsing duren en wie beslist dat?',
    ],
    [
      'A boy in year 6 hit another pupil. His parents ask who decides whether he is suspended, and for how long?',
    ],
  ])('declines pupil affairs the school rules elsewhere: %j', (question) => {
    expect(answer(question).answered).toBe(false);
  });

  it('answers sharing a waiting list of children, which is their data (near miss)', () => {
    const result = answer(
      'Mag ik de namen van de kinderen op de wachtlijst mailen naar de andere school?',
    );
    expect(result.answered).toBe(true);
    expect(result.sources[0]?.id).toBe('sharing-third-parties');
  });

  it('answers an English question in English', () => {
    const result = answer('Can I send a citizen service number by email?');
    expect(result.language).toBe('en');
    expect(result.sources[0]?.id).toBe('email-bsn');
    expect(result.answer).toMatch(/^No, a BSN/);
    expect(result.sources[0]?.title).toBe('Sending a citizen number by mail');
  });

  it.each([
    ['Wat wordt het weer morgen?'],
    ['Hoe laat is het?'],
    ['Wie heeft het WK voetbal gewonnen?'],
    [''],
  ])('declines the off-topic question %j and names whom to ask', (question) => {
    const result = answer(question);
    expect(result.answered).toBe(false);
    expect(result.sources).toEqual([]);
    expect(result.answer).toContain('functionaris gegevensbescherming');
  });

  it('answers "does X have a processing agreement?" for exactly the listed suppliers', () => {
    expect(answer('Heeft Gynzy een verwerkersovereenkomst?').sources[0]?.id).toBe(
      'processor-gynzy',
    );
    expect(answer('Is er een verwerkersovereenkomst met Route 8?').sources[0]?.id).toBe(
      'processor-avision',
    );
    const unlisted = answer('Heeft Padlet een verwerkersovereenkomst?');
    expect(unlisted.sources[0]?.id).toBe('processor-unlisted');
    expect(unlisted.answer).toContain('niet op de lijst');
  });

  it('reads "what did we arrange with" a listed supplier as its agreement, in spoken Dutch', () => {
    expect(
      answer('is snappet ok qua privacy, hebben we daar dus iets mee afgesproken').sources[0]?.id,
    ).toBe('processor-snappet');
    // Near miss: an appointment with a person names no supplier and no agreement.
    expect(answer('ik heb morgen een afspraak met Jan, mag ik eerder weg?').answered).toBe(false);
  });

  it("answers the board's own entry titled by a supplier's name unless the agreement is asked", () => {
    expect(answer('Wat is OSO?').sources[0]?.id).toBe('oso-what');
    expect(answer('What is OSO used for?').sources[0]?.id).toBe('oso-what');
    expect(answer('Hebben we een verwerkersovereenkomst met OSO?').sources[0]?.id).toBe(
      'processor-oso',
    );
    // A supplier with no entry of its own keeps its boost.
    expect(answer('What is Gynzy used for?').sources[0]?.id).toBe('processor-gynzy');
  });

  it('reads "DPA" as the agreement itself, not an unlisted supplier, unless a name follows', () => {
    expect(answer('What is a DPA?').sources[0]?.id).toBe('processor-agreement-what');
    expect(answer('Does Padlet have a DPA?').sources[0]?.id).toBe('processor-unlisted');
  });

  it('reads "the Dutch DPA" a breach is reported to as the authority, not an agreement', () => {
    expect(answer('How soon must a breach be reported to the Dutch DPA?').sources[0]?.id).toBe(
      'breach-72-hours',
    );
  });

  it('never answers from a supplier entry that the question does not name', () => {
    const result = answer('Mogen we een nieuwe leerapp gebruiken met de klas?');
    expect(result.sources[0]?.id).not.toMatch(/^processor-(?!agreement|list|unlisted)/);
  });

  it('fills contacts from the configuration', () => {
    const result = answererWith({ contacts: CONTACTS })('Hoe meld ik een datalek?');
    expect(result.answer).toContain('Servicedesk ICT (Sanne Visser, 030-1234567)');
    const unsure = answererWith({ contacts: CONTACTS })('Wat eten we vandaag?');
    expect(unsure.answer).toContain('FG Scholengroep Zuid (fg@scholengroep.nl)');
  });

  it('names a neutral role when the configuration has no contacts', () => {
    const result = answer('Hoe meld ik een datalek?');
    expect(result.answer).toContain('het meldpunt datalekken van het bestuur');
    expect(result.answer).not.toContain('{contact');
  });
});

describe('a very long message', () => {
  it('is answered from its start', () => {
    const answer = answererWith();
    const result = answer(`Mag ik een BSN mailen? ${'bla '.repeat(25_000)}`);
    expect(result.sources[0]?.id).toBe('email-bsn');
    expect(result.question.length).toBeGreaterThan(100_000);
  });
});

describe('English words for leaving something on the train', () => {
  const answer = answererWith();

  it('reads "train" as public transport, like "trein"', () => {
    expect(answer('Can I work on the train with pupil data?').sources[0]?.id).toBe(
      'breach-risky-situations',
    );
  });

  it('keeps "a colleague left the school" about leaving (near miss)', () => {
    expect(
      answer('A colleague left the school last month, is her account still active?').sources[0]?.id,
    ).toMatch(/leaving$/);
  });
});

// questions-train-44: keeping to oneself what one hears is the duty of confidentiality, said as
// the verb ("geheim houden") and with a slip in it ("gehiem").
describe('keeping something secret, as the duty of confidentiality', () => {
  const answer = answererWith();

  it.each([
    'moet ik als overblijfmoeder geheim houden wat ik hoor over de thuissituatie van kinderen?',
    'moet ik als overblijfmoeder gehiem houden wat ik hoor over de thuissituatie van kinderen?',
  ])('answers "%s" from the confidentiality entry', (question) => {
    expect(answer(question).sources[0]?.id).toBe('confidentiality');
  });
});

// A verb form the knowledge base does not write ("versleutel", it has "versleuteld") is still its
// word, no compound of an outside root ("sleutel", keys of the building).
describe('a form of a word the knowledge base uses', () => {
  const answer = answererWith();

  it('answers "hoe versleutel ik een mail" from the encrypted-mail entry', () => {
    expect(answer('Hoe versleutel ik een mail?').sources[0]?.id).toBe('email-cryptshare');
  });

  it('still declines the building’s keys (near miss)', () => {
    expect(answer('Waar hangt de reservesleutel?').answered).toBe(false);
  });
});

// The breach form, by its compound name: reporting a breach is calling ICT (the entry's answer).
describe('the breach form', () => {
  const answer = answererWith();

  it.each(['datalekformulier', 'hoe vul ik het datalekformulier in'])(
    'answers "%s" from how to report a breach',
    (question) => {
      expect(answer(question).sources[0]?.id).toBe('breach-how-to-report');
    },
  );
});

// Securing one's school laptop, asked with the verb ("beveilig", "beveiligen"), is the laptop entry's.
describe('securing a school laptop', () => {
  const answer = answererWith();

  it.each(['hoe beveilig ik mijn laptop', 'laptop beveiligen', 'how do I secure my laptop'])(
    'answers "%s" from the laptop entry',
    (question) => {
      expect(answer(question).sources[0]?.id).toBe('laptop-care');
    },
  );
});

// questions-train-45: situations the knowledge base now describes (new-app, oso-which-data,
// confidentiality), each answered from another entry before.
describe('situations of a new app, an OSO transfer and overheard care data', () => {
  const answer = answererWith();

  it.each([
    [
      'Sinds dit schooljaar gebruiken we een rekenapp van een klein bedrijf. De leerkracht heeft zelf de leerlingnamen ingevoerd. Is dat in orde?',
      'new-app',
    ],
    [
      'Welke gegevens gaan via OSO naar de nieuwe school, en mogen ouders dat eerst zien?',
      'oso-which-data',
    ],
    [
      'In de koffiepauze vertelde een collega details over de diagnose van een leerling uit haar groep. Zijn daar regels voor?',
      'confidentiality',
    ],
  ])('answers "%s" from %s', (question, entry) => {
    expect(answer(question).sources[0]?.id).toBe(entry);
  });
});

// questions-train-43, -44: a complaint about privacy asked with the verb, and a suspicious login
// link nobody filled in (an irregularity for ICT, not yet a breach).
describe('the entry a pack gives for a plain question', () => {
  const answer = answererWith();

  it.each([
    ['Bij wie kan een ouder klagen over privacy?', 'rights-complaints'],
    [
      'krijg opeens rare mails met n link om in te loggen, ziet er sus uit. moet ik dat ergens melden?',
      'malfunction-report',
    ],
  ])('answers "%s" from %s', (question, id) => {
    expect(answer(question).sources[0]?.id).toBe(id);
  });
});

describe("a short question naming a privacy topic and an entry's title topic", () => {
  const answer = answererWith();

  it('is answered from that entry with the next ones offered, not declined', () => {
    const result = answer('Who is in charge of data protection?');
    expect(result).toMatchObject({ answered: true, confidence: 'low' });
    expect(result.sources[0]?.id).toMatch(/^role-/);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('stays declined when it names no privacy topic, only a title word (near miss)', () => {
    expect(answer('What is the dress code for teachers?').answered).toBe(false);
  });
});

describe('English "publishers"', () => {
  const answer = answererWith();

  it('are suppliers: whether they get pupil data is sharing with third parties', () => {
    expect(answer('Do educational publishers get data about my son?')).toMatchObject({
      confidence: 'high',
      sources: [expect.objectContaining({ id: 'sharing-third-parties' })],
    });
  });

  it('leave "publish" (photos) as it was (near miss)', () => {
    expect(answer('May I publish class photos on the website?').sources[0]?.id).toMatch(/^photo-/);
  });
});

describe('the board\'s in-scope word "usb"', () => {
  const answer = answererWith();

  it('keeps a USB stick in scope wherever it goes, the digital board too', () => {
    expect(
      answer('Ik steek zo een usb-stick met lesmateriaal in het digibord.').sources[0]?.id,
    ).toMatch(/^usb-/);
  });

  it('leaves a digital board question without one declined (near miss)', () => {
    expect(answer('Het digibord blijft zwart als ik de laptop aansluit, wat nu?').answered).toBe(
      false,
    );
  });
});

describe("a question naming one of the board's own systems its best entry is about", () => {
  const answer = answererWith();

  it('is kept in scope, as words.md says of its in-scope words: the USB stick in a drawer', () => {
    const stick = answer(
      'Ik laat de usb-stick met de Cito-uitslagen tot dinsdag in mijn bureau liggen.',
    );
    expect(stick.answered).toBe(true);
    expect(stick.sources[0]?.id).toBe('usb-forbidden');
  });

  it('reads "toegestaan" as a frame, as "mag" and "allowed" are: the topic decides', () => {
    expect(answer('USB-sticks toegestaan?').sources[0]?.id).toBe('usb-forbidden');
    expect(answer('USB sticks allowed?').sources[0]?.id).toBe('usb-forbidden');
    // Nothing but the frame and a name the policy does not know stays declined (near miss).
    expect(answer('Is Dropbox toegestaan?').answered).toBe(false);
  });

  it('reads "us" as a pronoun, as "ons" and "we" are: the role asked about decides', () => {
    expect(answer('What does the DPO do for us?').sources[0]?.id).toBe('role-dpo');
    expect(answer('Wat doet de FG voor ons?').sources[0]?.id).toBe('role-dpo');
    expect(
      answer('Do both of us need to sign the photo consent form for our daughter?').sources[0]?.id,
    ).toBe('photo-one-or-two-parents');
  });

  it('is answered, with the next entries offered, when the search is unsure which of its entries', () => {
    const where = answer('cryptshare, waar vind ik dat ding eigenlijk?');
    expect(where.answered).toBe(true);
    expect(where.sources[0]?.id).toMatch(/^email-cryptshare/u);
    expect(where.suggestions.length).toBeGreaterThan(0);
    const leavers = answer("wie controleert of oud-collega's nog in esis staan");
    expect(leavers.sources[0]?.id).toBe('esis-leaving');
    expect(answer('Are USB sticks actually banned or just discouraged?').sources[0]?.id).toBe(
      'usb-forbidden',
    );
  });

  it('stays declined when it asks how to work the program, in Dutch and English (near miss)', () => {
    expect(answer('Hoe exporteer ik een groepsoverzicht uit ESIS naar Excel?').answered).toBe(
      false,
    );
    expect(answer('Hoe vul ik in ESIS een groepsplan voor rekenen in?').answered).toBe(false);
    expect(answer('How do I make a chart of the test scores in ESIS?').answered).toBe(false);
  });

  it('leaves a question naming ESIS but asking nothing an entry covers declined (near miss)', () => {
    expect(answer('Hoe maak ik in ESIS een rooster voor de gymles?').answered).toBe(false);
    expect(answer('How do I make a timetable for PE in ESIS?').answered).toBe(false);
  });
});

describe('English "data"', () => {
  const answer = answererWith();

  it('reads as the policy\'s "gegevens": which data the school keeps is its own entry', () => {
    expect(answer('Which data does the school keep about my son?').sources[0]?.id).toBe(
      'rights-what-data-school-keeps',
    );
  });

  it('reads an irregular past form as its base ("sent" as "send") and answers confidently', () => {
    expect(
      answer('What information gets sent to the secondary school about my daughter?'),
    ).toMatchObject({ confidence: 'high', sources: [expect.objectContaining({ id: 'oso-what' })] });
  });

  it('leaves a Dutch question about dates ("data") declined (near miss)', () => {
    expect(answer('Wat zijn de data van de studiedagen dit jaar?').answered).toBe(false);
  });
});

describe('a short question whose best entry shares only its people', () => {
  const answer = answererWith();

  it('is declined when the entry shares only how it is framed ("verplicht"), not what it asks', () => {
    const framed = answer(
      'Een moeder vraagt of de rapporten ook in het Arabisch kunnen. Zijn we dat verplicht?',
    );
    expect(framed).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('reads being logged out of ESIS after a moment away as the account policy, not as leaving', () => {
    expect(answer('esis logt me steeds uit als ik ff weg ben, klopt dat').sources[0]?.id).toBe(
      'esis-security',
    );
    // Near miss: a colleague who is gone for good is the leavers' entry.
    expect(answer('mijn collega is weg maar kan nog in esis').sources[0]?.id).toBe('esis-leaving');
  });

  it('answers how long a request may take when a parent asks for a copy of their child’s data (en)', () => {
    const asked = answer(
      'A mother emailed asking for a copy of everything we have on her daughter. How long do we have to respond?',
    );
    expect(asked.sources[0]?.id).toBe('rights-term');
    expect(asked.answer).toContain('4 weeks');
  });

  it('declines barring a parent from the grounds and a printer jam, which the policy does not rule', () => {
    expect(
      answer(
        'Een vader werd vanochtend dreigend tegen een collega. Mogen we hem de toegang tot het schoolterrein ontzeggen?',
      ).answered,
    ).toBe(false);
    expect(answer('Hoe open ik de klep aan de zijkant van de printer?').answered).toBe(false);
    // Near miss: a printout left in the printer is the policy's.
    expect(
      answer('Er ligt een uitdraai met leerlinggegevens in de printer, wat nu?').answered,
    ).toBe(true);
  });

  it('declines a VOG for a helping parent, a staff discount, a guest network and tool how-tos, which the policy does not rule', () => {
    expect(answer('Moet een hulpouder die mee gaat op schoolreis een VOG hebben?').answered).toBe(
      false,
    );
    expect(
      answer('Kan ik via Kindante korting krijgen op een privélaptop of telefoon?').answered,
    ).toBe(false);
    expect(answer('hoe zet ik een gastennetwerk op de schoolwifi op voor ouders?').answered).toBe(
      false,
    );
    // A child cycling home alone is a safety rule (questions-train-49); a laptop stolen from a
    // bike is still a lost device.
    expect(
      answer('Mag een kind van groep 5 met toestemming van ouders alleen naar huis fietsen?')
        .answered,
    ).toBe(false);
    expect(
      answer('Mijn schoollaptop is van mijn fiets gestolen, wat moet ik doen?').sources[0]?.id,
    ).toBe('breach-lost-device');
    // Sending a pupil out of class is discipline, no photo put anywhere (questions-train-48).
    expect(
      answer('mag ik een leerling die slaat uit de klas zetten en wat is t protocol daarvoor')
        .answered,
    ).toBe(false);
    expect(answer('Kan ik met Canva een poster maken voor de schoolmusical?').answered).toBe(false);
    expect(answer('Hoe vraag ik een leesbevestiging aan bij een mail in Outlook?').answered).toBe(
      false,
    );
    // Near miss: a private laptop used for school work is the policy's.
    expect(answer('Mag ik leerlinggegevens op mijn privélaptop bewaren?').answered).toBe(true);
  });

  it('declines sending a pupil out of the class, which no privacy entry covers', () => {
    expect(answer('Mag ik een kind de klas uitsturen als het steeds slaat?')).toMatchObject({
      answered: false,
      confidence: 'none',
    });
    // Near misses: sending a pupil's file out is the policy's, and so are the sanctions on staff.
    expect(answer('Mag ik het dossier van een kind naar de nieuwe school sturen?').answered).toBe(
      true,
    );
    expect(answer('kan ik gestraft worden als ik mijn wachtwoord deel').answered).toBe(true);
  });

  it('counts who decides as framing, in Dutch and English: a pupil repeating a grade is no entry', () => {
    expect(answer('Wie beslist of een leerling mag doubleren?')).toMatchObject({
      answered: false,
      confidence: 'none',
    });
    expect(answer('Who decides if a child may skip a grade?')).toMatchObject({
      answered: false,
      confidence: 'none',
    });
    // Near miss: who decides about photos of older pupils is what that entry is about.
    expect(
      answer("Wie beslist over foto's van oudere leerlingen, de ouders of het kind zelf?")
        .sources[0]?.id,
    ).toBe('photo-older-pupils');
    expect(
      answer('Who decides about photos of older pupils, the parents or the child?').sources[0]?.id,
    ).toBe('photo-older-pupils');
  });

  it("counts roles at school as people: the IB'er named, a speech therapist asked about", () => {
    expect(answer('Mag de intern begeleider zelf een logopedist inschakelen?')).toMatchObject({
      answered: false,
      confidence: 'none',
    });
    expect(answer('Mag de intern begeleider het dossier van een leerling inzien?').answered).toBe(
      true,
    );
    expect(answer('Krijgt de invaller een eigen account in ESIS?').sources[0]?.id).toBe(
      'esis-substitute',
    );
  });

  it('is answered when a framed question also names what the entry is about (near miss)', () => {
    expect(
      answer('Een moeder vraagt of ze het dossier van haar zoon mag inzien. Zijn we dat verplicht?')
        .sources[0]?.id,
    ).toBe('rights-inspection');
    expect(answer('Is een verwerkersovereenkomst verplicht voor een nieuwe app?').answered).toBe(
      true,
    );
    expect(
      answer("Moet ik ouders elk jaar opnieuw om toestemming vragen voor foto's?").sources[0]?.id,
    ).toBe('photo-consent-yearly');
    expect(answer('Is a processing agreement required for a new app?').sources[0]?.id).toBe(
      'processor-unlisted',
    );
  });

  it('is declined when what it asks is in no entry, in Dutch and English', () => {
    const dutch = answer('Een vader vraagt of ik zijn zoon zijn pufje wil geven. Mag dat?');
    expect(dutch).toMatchObject({ answered: false, confidence: 'none' });
    const english = answer('A father asks me to give his son his inhaler. May I?');
    expect(english).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('is answered when the entry also matches what it asks (near miss)', () => {
    expect(
      answer('Een moeder vraagt of ze het dossier van haar dochter mag inzien. Mag dat?').sources[0]
        ?.id,
    ).toBe('rights-inspection');
    expect(
      answer("A mother asks to see her daughter's file. Is that allowed?").sources[0]?.id,
    ).toBe('rights-inspection');
  });
});

describe('a story that asks whom to call', () => {
  const answer = answererWith();

  it('is answered from what the story is about, not from the phone entries (Dutch and English)', () => {
    expect(
      answer(
        'Gisteren is mijn werktas met de schoollaptop uit de trein gestolen. Er staan verslagen van leerlingen op. Wie moet ik bellen?',
      ).sources[0]?.id,
    ).toBe('breach-lost-device');
    expect(
      answer(
        'Someone took my school laptop from my bike bag outside the station this morning. Who do I have to call?',
      ).sources[0]?.id,
    ).toBe('breach-lost-device');
  });

  it('keeps a story that asks about calling itself on the phone entries (near miss)', () => {
    expect(
      answer(
        'Vanmiddag moet ik een ouder spreken over haar zoon, maar mijn werktelefoon is leeg. Mag ik haar bellen met mijn eigen mobiel?',
      ).sources[0]?.id,
    ).toBe('phone-work-mobile');
  });
});

describe('a question that refers back to the one sentence before it', () => {
  const answer = answererWith();

  it('is declined when that sentence names a topic outside the policy, in Dutch and English', () => {
    expect(
      answer(
        'Een vader vraagt of zijn dochter een week voor de zomervakantie vrij mag omdat de vlucht dan goedkoper is. Mag ik dat goedkeuren?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer(
        'My manager wants us to report sick leave by text message to the caretaker from now on instead of calling the school. Is that allowed?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('is declined too when the question names no topic of its own, in Dutch and English', () => {
    expect(
      answer(
        'De beamer in de aula doet het niet als ik mijn laptop aansluit. Welke adapter heb ik nodig?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer(
        'The projector in the hall stays black when I plug in my laptop. Which adapter do I need?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('is answered when the question names its own topic after an outside one (near miss)', () => {
    expect(
      answer(
        'Ik werk morgen tijdens de studiedag thuis. Mag ik mijn werkmail op mijn eigen laptop lezen?',
      ).answered,
    ).toBe(true);
  });

  it('is answered when that sentence is about the policy, or when a longer story only mentions an outside topic (near miss)', () => {
    expect(
      answer(
        'Een collega heeft het leerlingdossier van een zorgleerling naar haar privémail gestuurd. Mag dat zomaar?',
      ).answered,
    ).toBe(true);
    expect(
      answer(
        'Op mijn bureau ligt elke middag een overzicht met namen van leerlingen en hun allergieën. Het blijft daar na schooltijd liggen. De schoonmaakster komt om zes uur. Is dat erg?',
      ).sources[0]?.id,
    ).toBe('clean-desk');
  });
});

describe('a consent, complaint or request whose object is no personal data', () => {
  const answer = answererWith();

  it('is declined when only the act is shared and the object is no data, in Dutch and English', () => {
    expect(
      answer('Moeten ouders toestemming geven voordat groep 7 naar de synagoge gaat?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer(
        'Een moeder is boos dat haar zoon niet in het voetbalteam mocht. Hoe dient zij een klacht in?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer('How does the complaints procedure work when a mother finds the homework too hard?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('reads a condition after the question as no object of the act, in Dutch and English', () => {
    expect(
      answer('Mag ik een leerling een paracetamol geven als de moeder dat via de app vraagt?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer('Can I give a pupil a paracetamol if the parent asks for it via the app?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('answers consent asked for what a condition names, when that is the entry topic', () => {
    const dutch = answer(
      'Moeten ouders toestemming geven als ik een les film om samen terug te kijken?',
    );
    const english = answer(
      'Do parents have to give permission if I film a lesson just so we can watch it back together in class?',
    );
    for (const each of [dutch, english]) {
      expect(each.answered).toBe(true);
      expect(each.sources[0]?.id).toBe('photo-lesson-recording');
    }
  });

  it('keeps the act answered when the asking clause names the data (near miss)', () => {
    expect(answer('Mag ik een foto delen als de ouder dat via de app vraagt?').answered).toBe(true);
    expect(
      answer('Mag ik de klassenlijst geven aan een ouder als die erom vraagt via de app?').answered,
    ).toBe(true);
  });

  it('is answered when the act concerns personal data or names no object (near miss)', () => {
    expect(
      answer("Moeten ouders toestemming geven voordat ik foto's van de synagoge-excursie deel?")
        .answered,
    ).toBe(true);
    expect(
      answer(
        'Een moeder wil een klacht indienen over wat wij met haar gegevens doen. Hoe werkt dat?',
      ).sources[0]?.id,
    ).toBe('rights-complaints');
    expect(
      answer('What is the complaints procedure when a parent thinks we mishandled their data?')
        .sources[0]?.id,
    ).toBe('rights-complaints');
    expect(answer('Hoe dien ik een klacht in?').sources[0]?.id).toBe('rights-complaints');
  });
  describe('a story whose best entry misses the asking sentence', () => {
    const story =
      'Een leerkracht in mijn team plakt haar wachtwoorden steeds op een briefje aan haar beeldscherm en laat haar pc openstaan. Ik heb haar er meermaals op gewezen, zonder resultaat.';

    it("answers from the entry the asking sentence finds on its own, offering the story's (Dutch)", () => {
      const result = answer(`${story} Welke sanctie kan ik haar opleggen?`);
      expect(result).toMatchObject({ answered: true, confidence: 'low' });
      expect(result.sources[0]?.id).toBe('sanctions');
      expect(result.suggestions[0]?.id).toBe('password-lists');
    });

    it('answers from the entry the asking sentence finds on its own (English)', () => {
      const result = answer(
        'A colleague keeps leaving her password on a sticky note next to the keyboard and her screen unlocked. I have told her several times and nothing changes. Can I impose a sanction on her?',
      );
      expect(result.sources[0]?.id).toBe('sanctions');
      expect(result.confidence).toBe('low');
    });

    it('reads "iets tegen doen" as no topic of its own: the story decides, not objections', () => {
      expect(
        answer(
          'Ouders filmen de kerstmusical en zetten het op YouTube. Kunnen we daar iets tegen doen?',
        ).sources[0]?.id,
      ).toBe('photo-parents-filming');
      // Near miss: an objection is still one.
      expect(
        answer('Kan een ouder bezwaar maken tegen het gebruik van zijn gegevens?').sources[0]?.id,
      ).toBe('rights-objection');
    });

    it('reads "het beleid" in the asking sentence as no topic: the story decides (near miss)', () => {
      const result = answer(`${story} Wat zegt het beleid hierover?`);
      expect(result.sources[0]?.id).not.toBe('policy-review');
    });

    it('leaves a story whose best entry answers the asking sentence as it was', () => {
      const result = answer(`${story} Hoe moet zij haar wachtwoorden bewaren?`);
      expect(result.sources[0]?.id).toBe('password-lists');
      expect(result.suggestions.map((each) => each.id)).not.toContain('sanctions');
    });
  });
});

describe('a two-sentence story whose question points back at the first sentence', () => {
  const answer = answererWith();

  it('is declined when that sentence names a topic outside the policy, in Dutch and English', () => {
    expect(
      answer(
        'De reiskosten van mijn woon-werkverkeer staan al drie maanden niet meer op mijn strook. Waar meld ik dat?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer(
        'My pension contribution was taken off my salary twice this month, which seems wrong. Who do I report that to?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('is answered when that sentence is about the policy, or is one detail of a longer story (near miss)', () => {
    expect(
      answer(
        'Mijn schoollaptop met leerlinggegevens is gisteren uit mijn auto gestolen bij de bouwmarkt. Bij wie meld ik dat?',
      ).sources[0]?.id,
    ).toBe('breach-lost-device');
    expect(
      answer(
        'Ik neem vanmiddag de schoollaptops mee naar de andere locatie in mijn eigen auto. Daarna haal ik nog een kapotte beamer op bij de leverancier. Waar moet ik op letten bij dat vervoer?',
      ).sources[0]?.id,
    ).toBe('laptop-care');
  });
});

describe('a consent given in another form of the act ("geeft", "gives")', () => {
  const answer = answererWith();

  it('is declined when it is about something no entry covers, in Dutch and English', () => {
    expect(
      answer(
        'Mag ik een kleuter een hoestdrankje geven als de vader telefonisch toestemming geeft?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer('May I give a toddler a cough syrup when the father gives permission by phone?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('is answered when the consent is about photos (near miss)', () => {
    expect(
      answer('Mag ik de klassenfoto op de website zetten als maar één ouder toestemming geeft?')
        .sources[0]?.id,
    ).toBe('photo-consent-yearly');
    expect(
      answer('Is it enough when one parent gives consent for the class photo?').sources[0]?.id,
    ).toBe('photo-one-or-two-parents');
  });
});

describe('"rekening (mee) houden" (Dutch only: the idiom has no English "keep")', () => {
  const answer = answererWith();

  it('names no privacy topic, so a question about lunch is declined', () => {
    expect(
      answer(
        'Een vader wil dat zijn zoon bij het overblijven geen vlees op zijn brood krijgt. Moeten wij daar rekening mee houden?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('leaves "houden" that keeps data a retention question (near miss)', () => {
    expect(
      answer('Hoe lang moeten we de verzuimlijsten van vorig jaar nog houden?').sources[0]?.id,
    ).toBe('retention-absence');
  });
});

describe('the motive told after a plan or a question', () => {
  const answer = answererWith();

  it.each([
    [
      'Ik sluit mijn eigen laptop aan op het netwerk van school, de computer in de klas is zo traag',
      'connect-devices',
    ],
    [
      'Can I send parents an email from my private Gmail account? Outlook crashes all the time',
      'email-private-mail',
    ],
  ])(
    'names no outside topic: a slow or crashing device is why, not what is asked (%j)',
    (question, id) => {
      expect(answer(question).sources[0]?.id).toBe(id);
    },
  );

  it.each([
    'Mijn laptop van school is zo traag, wie kan ik bellen?',
    'Outlook crashes all the time. Who can fix it?',
  ])(
    'leaves the slow or crashing device declined when it is what is asked (near miss): %j',
    (question) => {
      expect(answer(question).answered).toBe(false);
    },
  );
});

describe('the motive of a short plan is context', () => {
  const answer = answererWith();

  it("answers the plan, not declined for the motive's words", () => {
    const found = answer(
      "Ik zet de BSN's van mijn groep in een lijstje op mijn bureaublad, scheelt zoeken",
    );
    expect(found.answered).toBe(true);
    // The learned order, retrained on 56 tuning files, answers from the BSN entry; where files
    // may be kept (the hand-made first) is the first "Bedoel je" button.
    expect(found.sources[0]?.id).toBe('email-bsn');
    expect(found.suggestions[0]?.id).toBe('working-from-home');
  });

  it('reads a clause going on with the plan as the plan (near miss)', () => {
    expect(
      answer('Ik stuur het verslag via Cryptshare naar de logopedist, met verificatie per sms')
        .sources[0]?.id,
    ).toBe('email-cryptshare-verification');
  });
});

describe('two questions, one of them about the policy text itself', () => {
  const answer = answererWith();

  it('answers the half that names a topic, with "Bedoel je"', () => {
    const found = answer(
      'Welke vuistregels gelden er en waarom noemt de samenvatting er een ander aantal dan hoofdstuk 4?',
    );
    expect(found.sources[0]?.id).toBe('privacy-principles');
    expect(found.confidence).toBe('low');
  });

  it('leaves a second half on an outside topic declined (near miss)', () => {
    expect(
      answer('Welke vuistregels gelden er en hoeveel vakantiedagen heb ik nog?').answered,
    ).toBe(false);
  });
});

describe('a program file that is sent', () => {
  const answer = answererWith();

  it('is about sending a file, not about the program', () => {
    expect(
      answer("Ik stuur de powerpoint van de studiedag naar alle collega's").sources[0]?.id,
    ).toBe('email-shared-files');
  });

  it('stays declined when the program itself misbehaves (near miss)', () => {
    expect(answer('De powerpoint van de studiedag loopt steeds vast, wie helpt me?').answered).toBe(
      false,
    );
  });
});

describe('a two-sentence story about an outside topic, its question naming no topic of its own', () => {
  const answer = answererWith();

  it('is declined when the first sentence names the outside topic and nothing names data, in Dutch and English', () => {
    expect(
      answer('Het digibord in groep 4 hapert sinds maandag. Wie kan er morgen naar komen kijken?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer('Een leerling werd ziek tijdens de gymles. Mag hij alleen met de bus naar huis?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(answer('A pupil in my class is sick. Can he walk home on his own?')).toMatchObject({
      answered: false,
      confidence: 'none',
    });
  });

  it('is answered when the story also names personal data (near miss)', () => {
    expect(
      answer(
        'Een kleuter is ziek geworden. Mag ik het telefoonnummer van haar moeder uit Esis halen?',
      ).answered,
    ).toBe(true);
  });
});

describe('a two-sentence story whose question asks about the child in person', () => {
  const answer = answererWith();

  it('is declined when the asking sentence shares only the child with the entry, in Dutch and English', () => {
    expect(
      answer(
        'Een gescheiden moeder wil niet dat de vader hun dochter ophaalt. Mag ik het kind toch met hem meegeven?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer(
        'A divorced mother says the father may not collect their son. May I let the child go with him?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it("is answered when the story names the child's data (near miss)", () => {
    expect(
      answer(
        'Een gescheiden vader zonder gezag vraagt het rapport van zijn dochter. Mogen we hem dat rapport geven?',
      ).sources[0]?.id,
    ).toBe('rights-parent-without-custody');
  });
});

describe('an act whose entry shares only its framing: the rules that apply, the time it takes, a person', () => {
  const answer = answererWith();

  it('is declined when the complaint or report is about no personal data, in Dutch and English', () => {
    expect(
      answer(
        'Een vader wil een klacht indienen over hoe de meester tegen zijn dochter praat. Welke regeling geldt daarvoor?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer(
        'Hoe dien ik een klacht in over de sfeer in het team, en wie is de vertrouwenspersoon?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer('Een leerling komt steeds te laat. Moet ik dat melden en binnen hoeveel dagen?'),
    ).toMatchObject({ answered: false, confidence: 'none' });
    expect(
      answer(
        'A pupil keeps skipping school. Do I have to report that to the council, and within how many days?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });

  it('is answered when the act concerns data, or asks only how soon (near miss)', () => {
    expect(
      answer('Hoe dien ik een klacht in over wat de school met mijn gegevens doet?').sources[0]?.id,
    ).toBe('rights-complaints');
    expect(answer('Binnen hoeveel uur moet ik het melden?').sources[0]?.id).toBe('breach-72-hours');
    expect(answer('Within how many hours do I have to report it?').sources[0]?.id).toBe(
      'breach-72-hours',
    );
  });
});

describe('"een oefening houden" (Dutch only: English holds with "hold", not "keep")', () => {
  const answer = answererWith();

  it('keeps nothing, so a question about a fire drill is declined', () => {
    expect(
      answer(
        'Moeten we elk jaar een ontruimingsoefening houden en ouders daarover vooraf informeren?',
      ),
    ).toMatchObject({ answered: false, confidence: 'none' });
  });
});

describe("the board's safe and petty cash (words.md out-of-scope)", () => {
  const answer = answererWith();

  it('declines a question about the code of the safe, with no topics to pick from', () => {
    expect(answer('Wie kent de code van de kluis waar het kasgeld in ligt?')).toMatchObject({
      answered: false,
      related: [],
    });
  });

  it('answers a question about pupil files kept in the safe (near miss)', () => {
    expect(answer('Moet de harde schijf met de leerlingdossiers in de kluis?').answered).toBe(true);
  });
});

describe('a processing-agreement question that names an own topic, not a supplier', () => {
  const answer = answererWith();

  it('reads the capitalised "DPO" and the past-tense "moesten" as no unknown supplier', () => {
    expect(
      answer(
        'Wat staat er in de activiteitenkalender over de aanstelling van een DPO, en wanneer moesten alle verwerkersovereenkomsten rond zijn?',
      ).sources[0]?.id,
    ).toBe('activity-calendar');
  });

  it('still reads a capitalised product name as a supplier the policy does not list (near miss)', () => {
    expect(answer('Hebben we een verwerkersovereenkomst met Zoom?').sources[0]?.id).toBe(
      'processor-unlisted',
    );
  });
});

describe('a work phone taken "on holiday" (the English "op vakantie")', () => {
  const answer = answererWith();

  it('is answered from the entry on the work mobile (English)', () => {
    expect(answer('Can I take my work phone with me on holiday abroad?').sources[0]?.id).toBe(
      'phone-work-mobile',
    );
  });

  it('declines a question about holiday days (near miss)', () => {
    expect(answer('How many holiday days do I have left this year?').answered).toBe(false);
  });
});

describe('insurance (words.md out-of-scope)', () => {
  const answer = answererWith();

  it('declines whether the insurance covers a stolen phone', () => {
    expect(answer('Mijn privételefoon is gestolen, dekt de verzekering dat?').answered).toBe(false);
  });

  it('answers a stolen phone with work mail on it (near miss)', () => {
    expect(
      answer('Mijn privételefoon met mijn werkmail is gestolen. Moet ik dat melden?').answered,
    ).toBe(true);
  });
});

describe("an insulting post online (words.md: English 'insulting', 'abusive' read as 'negative')", () => {
  const answer = answererWith();

  it('is answered with confidence from the entry on negative posts (English)', () => {
    expect(
      answer("A parent posted an abusive comment on the school's Facebook page. Should I respond?"),
    ).toMatchObject({ answered: true, confidence: 'high' });
    expect(
      answer("A parent posted an abusive comment on the school's Facebook page. Should I respond?")
        .sources[0]?.id,
    ).toBe('social-media-negative');
  });

  it('leaves an insult at the school gate off the social-media entries (near miss)', () => {
    expect(
      answer('A parent insulted me at the gate this morning. Can I file a police report?')
        .sources[0]?.id,
    ).not.toBe('social-media-negative');
  });
});

describe('a story ending in a bare "Kan ik gewoon bellen?"', () => {
  const answer = answererWith();

  it('is answered from what the story is about, not from the entries on calling (English)', () => {
    expect(
      answer('I forgot my network password and cannot log in this morning. Can I just call?')
        .sources[0]?.id,
    ).toBe('password-forgotten');
  });

  it('keeps a question about calling someone on the phone entries (near miss)', () => {
    expect(
      answer(
        'Een ouder wil weten hoe het met haar zoon gaat. Mag ik haar bellen vanaf mijn eigen mobiel?',
      ).sources[0]?.id,
    ).toBe('phone-work-mobile');
  });
});

describe("web shops, betting and countries (words.md: 'bol', 'marktplaats' shop, 'Spanje' is abroad)", () => {
  const answer = answererWith();

  it('answers private shopping or betting on the school computer from the entry on internet use, in Dutch and English', () => {
    for (const question of [
      'Mag ik tussen de lessen op de schoolcomputer even op Marktplaats kijken?',
      'Mag ik op de schoolcomputer een weddenschap plaatsen?',
      'Can I browse Amazon on the school computer during lunch?',
    ])
      expect(answer(question)).toMatchObject({
        answered: true,
        sources: [expect.objectContaining({ id: 'internet-use' })],
      });
  });

  it("leaves selling one's own bike on Marktplaats declined (near miss)", () => {
    expect(answer('Hoe verkoop ik mijn fiets het beste op Marktplaats?').answered).toBe(false);
  });
});

describe('an outside word the chosen entry is about ("kosten" of the work phone abroad)', () => {
  const answer = answererWith();

  it('answers a story asking who pays the calls from the entry on the work mobile, in Dutch and English', () => {
    for (const question of [
      'Volgende maand ga ik met de bovenbouw op werkweek naar Frankrijk en neem ik mijn werktelefoon mee. Daar wil ik ook mijn gezin bellen. Wie betaalt die kosten?',
      'I take my work phone abroad and call my family. Who pays those costs?',
    ])
      expect(answer(question).sources[0]?.id).toBe('phone-work-mobile');
  });

  it('leaves the costs of a school trip declined: no entry is about them (near miss)', () => {
    for (const question of [
      'Volgende maand ga ik met de bovenbouw op werkweek naar Frankrijk. De bus is duur. Wie betaalt die kosten?',
      'Next month we go on a school trip to France. The bus is expensive. Who pays those costs?',
      'Wie betaalt de kosten van het schoolreisje?',
    ])
      expect(answer(question)).toMatchObject({ answered: false, confidence: 'none' });
  });
});

describe('where the one who asks works ("ik werk bij de bso") is no topic of the question', () => {
  const answer = answererWith();

  it('answers whether the code of conduct applies to someone working at the after-school club, in Dutch and English', () => {
    for (const question of [
      'ik werk bij de bso in ons gebouw, niet bij het schoolbestuur, geldt de gedragscode ict ook voor mij',
      'I work at the after-school club in our building, not for the school board, does the ICT code of conduct apply to me?',
    ])
      expect(answer(question)).toMatchObject({
        answered: true,
        sources: [expect.objectContaining({ id: 'conduct-code-scope' })],
      });
  });

  it('still declines an outside question from the same workplace (near miss)', () => {
    expect(answer('ik werk bij de bso, hoeveel vakantiedagen krijg ik').answered).toBe(false);
    expect(answer('I work at the after-school club, how many holidays do I get?').answered).toBe(
      false,
    );
  });
});

describe("a ready-made text (words.md: 'kant-en-klaar', 'template' read as 'voorbeeld')", () => {
  const answer = answererWith();

  it('answers a question for a ready-made privacy text from the entry with the model letter, in Dutch and English', () => {
    for (const question of [
      'Heeft het bestuur een kant-en-klare tekst over privacy die ik kan gebruiken?',
      'Does the board have a ready-made template about privacy I can use?',
    ])
      expect(answer(question)).toMatchObject({
        answered: true,
        sources: [expect.objectContaining({ id: 'informing-parents' })],
      });
  });

  it('leaves a ready-made meal or a party template declined (near miss)', () => {
    expect(
      answer('Mag ik een kant-en-klare maaltijd in de personeelskamer opwarmen?').answered,
    ).toBe(false);
    expect(answer('Is there a template for the staff party invitation?').answered).toBe(false);
  });
});

describe('a list sent or given to the childcare in the building', () => {
  const answer = answererWith();

  it('is about giving data to a third party, not about childcare', () => {
    expect(
      answer('Mag ik de medicijnlijst van de kinderen aan de kinderopvang geven?').sources[0]?.id,
    ).toBe('sharing-third-parties');
  });

  it('stays declined when nothing is sent (near miss)', () => {
    expect(answer('Hoe laat gaat de bso open na schooltijd?').answered).toBe(false);
  });
});

describe('chat register for a complaint online (words.md)', () => {
  const answer = answererWith();

  it('reads zeuren and terugschrijven as a negative message and reacting', () => {
    expect(
      answer('een ouder zit op fb over de school te zeuren mag ik terugschrijven').sources[0]?.id,
    ).toBe('social-media-negative');
  });
});

describe('a consent withdrawn, told in the past (words.md)', () => {
  const answer = answererWith();

  it('reads ingetrokken as intrekken: the photo consent withdrawn', () => {
    expect(
      answer('een vader heeft zijn toestemming voor foto’s gisteren ingetrokken').sources[0]?.id,
    ).toBe('photo-withdraw');
  });

  it('still answers the yearly photo consent when nothing is withdrawn (near miss)', () => {
    expect(
      answer('moeten ouders elk jaar opnieuw toestemming geven voor foto’s').sources[0]?.id,
    ).toBe('photo-consent-yearly');
  });
});

describe('a deadline to respond to a request that is no personal data (termijn, reageren)', () => {
  const answer = answererWith();

  it('is declined: how soon the MR answers a request for advice, in Dutch and English', () => {
    expect(
      answer(
        'Binnen welke termijn moet de MR reageren op een adviesaanvraag over het formatieplan?',
      ).answered,
    ).toBe(false);
    expect(
      answer('What is the deadline for the MR to respond to a request for advice on staffing?')
        .answered,
    ).toBe(false);
  });

  it('answers the deadline for a request to see personal data (near miss)', () => {
    expect(
      answer('Binnen welke termijn moet de school reageren op een inzageverzoek?').sources[0]
        ?.section,
    ).toMatch(/Bijlage 2/u);
  });
});

describe('how another organisation keeps its own records', () => {
  const answer = answererWith();

  it('is declined, in Dutch and English', () => {
    expect(
      answer(
        'Hoe lang bewaart de GGD het dossier van het gezondheidsonderzoek van onze leerlingen?',
      ).answered,
    ).toBe(false);
    expect(answer('How long does the GGD keep the records of our pupils?').answered).toBe(false);
  });

  it('answers what the school may give that organisation (near miss)', () => {
    expect(
      answer('Mogen we de leerlingenlijst met adressen aan de GGD geven voor de vaccinatie?')
        .answered,
    ).toBe(true);
  });
});

describe("the regulator's name and a film watched name no personal data", () => {
  const answer = answererWith();

  it('declines insurance against a fine of the Autoriteit Persoonsgegevens', () => {
    expect(
      answer(
        'Heeft Kindante een verzekering die een AVG-boete van de Autoriteit Persoonsgegevens dekt?',
      ).answered,
    ).toBe(false);
  });

  it('answers how soon to report a breach to the Autoriteit Persoonsgegevens (near miss)', () => {
    expect(
      answer('Binnen hoeveel uur moeten we een datalek bij de Autoriteit Persoonsgegevens melden?')
        .sources[0]?.section,
    ).toMatch(/§12/u);
  });

  it('declines showing a Netflix film in class, in Dutch and English', () => {
    expect(answer('Mogen we een film van Netflix in de klas laten zien?').answered).toBe(false);
    expect(answer('Can we show a Netflix movie in class?').answered).toBe(false);
  });

  it('answers filming a lesson with pupils in it (near miss)', () => {
    expect(answer('Mag een stagiaire mijn les filmen om later terug te kijken?').answered).toBe(
      true,
    );
  });
});

describe('IBP named as the subject of a short question', () => {
  const answer = answererWith();

  it.each([
    ['activiteitenkalender IBP', /Bijlage 6/u],
    ['reikwijdte IBP-beleid', /§3/u],
  ])('answers %j', (question, section) => {
    expect(answer(question).sources[0]?.section).toMatch(section);
  });

  it('still declines an outside topic next to it (near miss)', () => {
    expect(answer('Hoeveel vakantiedagen krijgt de manager IBP?').answered).toBe(false);
  });
});

describe('a story whose question names only the role one asks in ("als directeur")', () => {
  const answer = answererWith();
  const story =
    'Onze invaller heeft zijn rugzak in de trein laten liggen. Daarin zat een map met handelingsplannen van groep 6. Hij meldde het pas vanochtend bij mij.';

  it('is answered from the story', () => {
    expect(answer(`${story} Wat moet ik nu als directeur doen?`).sources[0]?.section).toMatch(
      /§12/u,
    );
  });

  it('reads the role alone, not "als school" (near miss)', () => {
    expect(roleOfAsker(wordsOf('Wat moet ik nu als directeur doen?'))).toEqual(['directeur']);
    expect(roleOfAsker(wordsOf('What should I do as a principal?'))).toEqual(['principal']);
    expect(roleOfAsker(wordsOf('Wat moeten we als school doen?'))).toEqual([]);
    expect(roleOfAsker(wordsOf('What should we do as a school?'))).toEqual([]);
  });
});

describe('a story whose question asks only what to arrange or what the rules say', () => {
  const answer = answererWith();

  it("is answered from the story: a reading platform not on the board's list", () => {
    const story =
      'Wij willen op school een nieuw leesprogramma gaan gebruiken dat de stichting nog niet kent. De firma vraagt de namen en klassen van alle leerlingen.';
    expect(answer(`${story} Wat moet ik als directeur regelen?`).sources[0]?.section).toMatch(
      /Bijlage 5/u,
    );
  });

  it('is answered from the story when it asks what the rules are ("Wat zijn de regels?")', () => {
    const story =
      "Ouders zagen in het dossier dat hun dochter 'mogelijk dyslexie' heeft, maar dat is nooit onderzocht. Ze willen het laten verwijderen.";
    expect(answer(`${story} Wat zijn de regels?`).sources[0]?.section).toMatch(/art\. 14b/u);
  });

  it('still reads "regelen" with a topic in the same sentence', () => {
    expect(answer('Hoe regel ik inzage in het dossier voor ouders?').sources[0]?.section).toMatch(
      /Bijlage 9/u,
    );
  });
});

describe('spoken questions dictated without punctuation', () => {
  const answer = answererWith();

  it('finds the question that starts mid-text, the story before it as context', () => {
    const result = answer(
      'de schoonmaakster zegt dat er elke avond een stapel uitdraaien op de printer ligt wat moet ik daar nou mee',
    );
    expect(result.sources[0]?.id).toBe('secure-printing');
  });

  it('reads a system that "throws me out" as logging out, a boss who does as dismissal (near miss)', () => {
    expect(answer('esis gooit me steeds eruit na een tijdje is dat normaal').sources[0]?.id).toBe(
      'esis-security',
    );
    expect(answer('mijn baas gooit me eruit na een ruzie is dat normaal').answered).toBe(false);
  });

  // questions-train-45: "on purpose" is "deliberately", not the purpose data is used for.
  it('reads "is that on purpose" as asking whether it is meant, not about purpose limitation', () => {
    expect(
      answer('My ESIS password expired again and it keeps logging me out. Is that on purpose?')
        .sources[0]?.id,
    ).toBe('esis-security');
    expect(answer('For what purpose may we use the pupils’ data?').sources[0]?.id).toBe(
      'purpose-limitation',
    );
  });
});

describe('chat register for the DPO (words.md: "privacymeneer" read as "fg")', () => {
  const answer = answererWith();

  it('answers who the privacy person is from the DPO entry', () => {
    expect(answer('wie is die privacymevrouw van het bestuur eigenlijk').sources[0]?.id).toBe(
      'role-dpo',
    );
  });

  it('leaves a person named without privacy to other topics (near miss)', () => {
    expect(answer('wie is die meneer van het bestuur eigenlijk').sources[0]?.id).not.toBe(
      'role-dpo',
    );
  });
});

describe('chat words for health data (words.md: "adhd", "medicijnen" read as "gezondheid")', () => {
  const answer = answererWith();

  it('answers putting a diagnosis and medicines in the file from the special data entry', () => {
    expect(
      answer('mag ik gwn in het dossier zetten dat een kind adhd heeft en medicijnen krijgt')
        .sources[0]?.id,
    ).toBe('special-personal-data');
  });

  it('leaves giving medicines, which names no data, declined (near miss)', () => {
    expect(answer('moet ik de ouders toestemming vragen om medicijnen te geven?').answered).toBe(
      false,
    );
  });
});

describe('a named own system (ESIS) decides between two entries that cover the question equally', () => {
  const answer = answererWith();

  it('answers from the ESIS entry first and offers the general one, in Dutch and English', () => {
    for (const question of [
      'de vervanger wil mijn esis wachtwoord gebruiken, kan dat?',
      'Can the substitute use my ESIS password?',
    ]) {
      const result = answer(question);
      expect(result.sources[0]?.id).toBe('esis-substitute');
      expect(result.confidence).toBe('low');
      expect(result.suggestions.map((each) => each.id)).toContain('password-sharing');
    }
  });

  it('leaves the general entry first when no system is named (near miss)', () => {
    expect(answer('de vervanger wil mijn wachtwoord gebruiken, kan dat?').sources[0]?.id).toBe(
      'password-sharing',
    );
  });

  it('leaves a better-covering entry first though ESIS is named (near miss)', () => {
    expect(answer('mogen ouders lezen wat ik in esis over hun kind schrijf?').sources[0]?.id).toBe(
      'rights-inspection',
    );
    expect(answer('Can parents read what I write about their child in ESIS?').sources[0]?.id).toBe(
      'rights-inspection',
    );
  });
});

// questions-train-58 (the school office): a caller or a reporter who asks for someone's address is
// asking the school to hand personal data to a third party.
describe('someone outside the school asking for an address', () => {
  const answer = answererWith();

  it('answers a caller who says he is police from sharing with third parties, sure of it (nl)', () => {
    expect(
      answer(
        'Er belt iemand die zegt dat hij agent is en hij vraagt het adres van een leerling. Mag ik dat zomaar geven?',
      ),
    ).toMatchObject({
      confidence: 'high',
      sources: [expect.objectContaining({ id: 'sharing-third-parties' })],
    });
  });

  it('answers a copy of the file for the speech therapist in school from the same entry, sure of it (nl)', () => {
    expect(
      answer(
        'Mag ik een kopie van het leerlingdossier aan de logopedist geven die bij ons op school werkt?',
      ),
    ).toMatchObject({
      confidence: 'high',
      sources: [expect.objectContaining({ id: 'sharing-third-parties' })],
    });
  });

  it('answers a reporter asking for a teacher’s home address from the same entry (en)', () => {
    expect(
      answer(
        'A reporter phoned and wants the home address of one of our teachers. Can I give it to him?',
      ).sources[0]?.id,
    ).toBe('sharing-third-parties');
  });
});

// questions-train-58: who may see staff records is the authorisation table's question.
describe('who may see personnel files', () => {
  const answer = answererWith();

  it('answers from the authorisation table (en)', () => {
    expect(
      answer('Who is allowed to look at staff personnel files and salaries?').sources[0]?.id,
    ).toBe('authorisation-table');
  });
});

// questions-train-17, -18 and -58: a who-to-call question that names a privacy topic itself asks
// whom to call about it, after any story; a bare "wie moet ik bellen?" leaves the story the topic.
describe('whom to call about a data breach, after a sentence about oneself', () => {
  const answer = answererWith();

  it.each([
    ['nl', 'Ik ben net begonnen. Wie moet ik bellen als ik denk dat er een datalek is?'],
    ['en', 'I just started at the office. Who do I call if I think we have had a data breach?'],
  ])('answers from how to report a breach (%s)', (_lang, question) => {
    expect(answer(question).sources[0]?.id).toBe('breach-how-to-report');
  });

  it('still reads a stolen laptop as the topic of a bare who-to-call question (nl)', () => {
    expect(
      answer('Mijn laptop is gisteren uit de auto gestolen. Wie moet ik bellen?').sources[0]?.id,
    ).toBe('breach-lost-device');
  });
});

// questions-train-59 (the board office): what information security means is the introduction's
// question, and papers left behind on the bus are a possible breach to report.
describe('what information security means, and a bag of papers left on the bus', () => {
  const answer = answererWith();

  it('answers what information security covers from the introduction (en)', () => {
    expect(
      answer('Which three aspects of information security does the policy mention?').sources[0]?.id,
    ).toBe('ibp-what-is');
  });

  it('answers a list with pupils’ allergies left on the bus from how to report a breach (nl)', () => {
    expect(
      answer(
        'Ik heb de lijst met overblijfkinderen en hun allergieën altijd in mijn tas. Gisteren liet ik die tas in de bus liggen. Moet ik dat melden?',
      ).sources[0]?.id,
    ).toBe('breach-how-to-report');
  });
});

// questions-train-12, -17 and -27: a care report put where the whole team can read it belongs in a
// protected folder; the intention voice says so without asking a question.
describe('a care report put in the team’s shared folder', () => {
  const answer = answererWith();

  it('answers from the protected folders (nl)', () => {
    expect(
      answer(
        'Ik zet het verslag van het zorgoverleg even in de gedeelde map van het team, dan kan iedereen erbij.',
      ).sources[0]?.id,
    ).toBe('protected-folders');
  });
});

// questions-train-30, -51, -56 and -59: a school photographer who wants the class lists first is a
// supplier that needs a processing agreement before any list goes out.
describe('the school photographer asking for the class lists', () => {
  const answer = answererWith();

  it('answers from a supplier that is not on the list (nl)', () => {
    expect(
      answer('Ik wil de schoolfotograaf een lijst met namen en groepen van de leerlingen sturen.')
        .sources[0]?.id,
    ).toBe('processor-unlisted');
  });
});

// questions-train-45 and -49: whether a management assistant may read pupil files is a question of
// the roles in ESIS, not of who may see the records in general.
describe('a management assistant and the pupil files', () => {
  const answer = answererWith();

  it('answers from the ESIS roles (nl)', () => {
    expect(
      answer(
        'Euh, ik ben managementassistent, mag ik nou wel of niet in de leerlingdossiers kijken? Ik dacht eigenlijk alleen de administratie.',
      ).sources[0]?.id,
    ).toBe('esis-admin-roles');
  });
});

// questions-train-53: whether staff have a say in the privacy rules is the privacy
// regulation's question (its articles on participation), not one of sanctions.
describe('whether staff have a say in the privacy rules', () => {
  const answer = answererWith();

  it('answers from the privacy regulation (en)', () => {
    expect(answer('Do staff get any say in the privacy rules?').sources[0]?.id).toBe(
      'privacy-regulation',
    );
  });
});

// questions-train-6 and -58: a pass photo of each pupil in ESIS is no publication, so the consent
// form for publishing is not what decides it.
describe('a pass photo of each pupil in ESIS', () => {
  const answer = answererWith();

  it('answers from the uses that need no publication consent (nl)', () => {
    expect(
      answer(
        'Er komen dit jaar veel invallers bij ons en die kennen de kinderen niet. De managementassistent wil daarom bij elke leerling een pasfoto in ESIS zetten. Een ouder die het toestemmingsformulier voor publicatie niet heeft getekend, vraagt of dat dan wel mag. Hebben we daar toestemming voor nodig?',
      ).sources[0]?.id,
    ).toBe('photo-no-consent-needed');
  });
});

// questions-train-3: a big file mailed to the whole team is the attachment-size rule's question.
describe('a big presentation mailed to the whole team', () => {
  const answer = answererWith();

  it('answers from the attachment size (nl)', () => {
    expect(
      answer('Ik wil een presentatie van 12 MB als bijlage naar het hele team mailen').sources[0]
        ?.id,
    ).toBe('email-attachment-size');
  });
});

// questions-train-43 and -60: a list of parents' phone numbers pinned up is the clean-desk rule's.
describe('a phone list of parents pinned to a notice board', () => {
  const answer = answererWith();

  it('answers from the clean-desk rule (nl)', () => {
    expect(
      answer('Ik wil de telefoonlijst van de rijouders voor de excursie op het prikbord hangen.')
        .sources[0]?.id,
    ).toBe('clean-desk');
  });
});

// questions-train-20, -41, -44, -49, -58, -60 and -61: situations the tuning questions told in
// their own words, each answered from the entry whose situation line names it.
describe('situations from the tuning questions', () => {
  const answer = answererWith();

  it.each([
    [
      'a class photo on a colleague’s own Instagram (nl)',
      'Een collega heeft op haar privé-Instagram een foto van haar klas tijdens de Koningsspelen gezet, met gezichten zichtbaar. Ze heeft hem na een uur verwijderd toen ik er iets van zei. Wat zegt onze gedragscode hierover, nu ik als directeur moet reageren?',
      'photo-own-social-media',
    ],
    [
      'the ICT staff searching a colleague’s mailbox (nl)',
      'Ik ben ICT-er en ga zo de mailbox van een collega doorzoeken, want ik denk dat ze een dossier verkeerd heeft gestuurd.',
      'monitoring-email',
    ],
    [
      'the manager IBP beside the DPO (nl)',
      'Wat doet de DPO en wat doet de manager IBP als er een datalek is?',
      'role-dpo',
    ],
    [
      'a lunchtime volunteer who hears about families (en)',
      'I help at lunchtime and hear a lot about the kids and their families. Do I have to keep that to myself?',
      'confidentiality',
    ],
    [
      'a mailbox full of scans from the copier (nl)',
      'Zeg, ik scan nogal veel in op die multifunctional en nu zit mijn mailbox propvol. Moet ik daar eigenlijk zelf wat mee?',
      'email-mailbox-cleanup',
    ],
    [
      'who sees a staff member’s salary in AFAS (en)',
      "I'm a staff member on the MR. Who can see my salary details in AFAS?",
      'afas-access',
    ],
    [
      'registration forms left on the front desk all day (nl)',
      'Ik zit met een dingetje: de aanmeldformulieren van nieuwe kindjes liggen bij ons soms gewoon de hele dag op de balie. Is dat eigenlijk wel goed zo?',
      'clean-desk',
    ],
    [
      'a pupil’s whole file taken home to prepare a talk (nl)',
      'Morgenavond heb ik een lastig gesprek met de ouders van een leerling uit groep 6. Ik wil vanavond het hele dossier in mijn tas meenemen naar huis om het gesprek voor te bereiden.',
      'usb-forbidden',
    ],
    // A case the rules do not foresee is for the regulation's closing article.
    [
      'a privacy situation the rules do not cover (en)',
      "What happens if a privacy situation comes up that the rules don't cover?",
      'privacy-regulation',
    ],
    // A size question about the newsletter is about attachments, not private mail.
    [
      'the size of an attachment to the newsletter (nl, typed fast)',
      'hoe groot mag n bijlage zijn als ik de nieuwsbreif via schoolmail stuur',
      'email-attachment-size',
    ],
  ])('answers %s', (_name, question, id) => {
    expect(answer(question).sources[0]?.id).toBe(id);
  });
});

// questions-voices: a stolen work phone is a lost device to report, not only a password question.
describe('a stolen phone', () => {
  const answer = answererWith();

  it('answers from the lost-device rule (nl)', () => {
    expect(
      answer(
        'Mijn telefoon is gestolen. Moet ik dat melden en moet mijn wachtwoord dan veranderen?',
      ).sources[0]?.id,
    ).toBe('breach-lost-device');
  });
});

// questions-train-23: what data minimisation asks of a teacher in class.
describe('data minimisation in class', () => {
  const answer = answererWith();

  it('answers from the data-minimisation rule (nl)', () => {
    expect(
      answer('wat betekend dataminimalisatie nou voor mij als juf in de klas').sources[0]?.id,
    ).toBe('data-minimisation');
  });
});
