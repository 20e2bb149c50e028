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
