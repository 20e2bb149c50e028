import { findBookTitles, isAboutStory } from '../../../../../shared/scan/text/book-titles';
import { fold } from '../../../../../shared/scan/text/fold';

function titlesOf(text: string): string[] {
  return findBookTitles(text, fold(text)).spans.map(([start, end]) => text.slice(start, end));
}

describe('findBookTitles', () => {
  it.each([
    [
      'a title after "het boek" (nl)',
      "In groep 8 lezen we het boek 'Mijn vader zit in de gevangenis' van Eline de Kruijf.",
      "'Mijn vader zit in de gevangenis'",
    ],
    [
      'a title with "boek" said after it (nl)',
      "Ken jij 'De zomer van Otto'? Otto's vader zit vast. Heel mooi boek, maar best heftig.",
      "'De zomer van Otto'",
    ],
    [
      'a title for the reading club (nl)',
      "Voor de leesclub dacht ik aan 'De zomer van Jonas'. Ik heb 8 exemplaren besteld.",
      "'De zomer van Jonas'",
    ],
    [
      'a title for the reading circle (nl)',
      "Voor de leeskring in groep 6 wil ik 'De winter van Joost' gebruiken. Best heftig.",
      "'De winter van Joost'",
    ],
    [
      'a title with its main character after it (nl)',
      "Ik wil 'De winter van Joost' gebruiken. De vader van de hoofdpersoon zit in de gevangenis.",
      "'De winter van Joost'",
    ],
    [
      'a title with its main character after it (en)',
      "I'd like to use 'Winter with Sam'. The main character's father is in prison.",
      "'Winter with Sam'",
    ],
    [
      'a title from the library (en)',
      'For the reading group I borrowed “Brother Star” from the library.',
      '“Brother Star”',
    ],
    [
      'a title after "the book" (en)',
      'This term we read the book “My Dad Is in Prison” with group 8.',
      '“My Dad Is in Prison”',
    ],
  ])('finds %s', (_name, text, title) => {
    expect(titlesOf(text)).toEqual([title]);
  });

  it.each([
    [
      'a child’s words after "zei" (nl)',
      "Mees zei: 'Papa zit in de gevangenis.' Ik heb het boek over gevoelens erbij gepakt.",
    ],
    [
      'a child’s words after "said" (en)',
      'Kaylee said "My dad is in prison now" and went quiet. We read a book afterwards.',
    ],
    ['a quote with no book word (nl)', "Hij schreef in zijn schrift 'Ik ben bang thuis'."],
    ['apostrophes inside words (nl)', "Er zijn gezinnen met twee mama's en Otto's fiets."],
  ])('finds no title in %s', (_name, text) => {
    expect(titlesOf(text)).toEqual([]);
  });

  // Session 7: titles written without quotes, right before (nl) or after (en) reading or watching.
  it.each([
    [
      'a film watched (nl)',
      'Ik heb met groep 8 Inside Out 2 gekeken en het werkte super. Na de film praatten we over angst.',
      'Inside Out 2',
    ],
    [
      'a book with its author (nl)',
      'Na de vakantie gaan we in de klas samen Matilda van Roald Dahl lezen; het boek is best heftig.',
      'Matilda',
    ],
    [
      'a film watched (en)',
      'In group 8 we watched Inside Out 2 and it worked well. After the film we talked about fear.',
      'Inside Out 2',
    ],
    [
      'a book with its author (en)',
      'This term we are reading Matilda by Roald Dahl, a lovely book.',
      'Matilda',
    ],
  ])('finds %s unquoted', (_name, text, title) => {
    expect(titlesOf(text)).toEqual([title]);
  });

  it.each([
    ['a reader (nl)', 'Vandaag heeft Daan Jansen voorgelezen uit zijn boek.'],
    ['a companion (nl)', 'Ik heb met Sem Bakker gelezen in het boek.'],
    ['a teacher (nl)', 'Groep 5 heeft met juf Anna Janssen gekeken naar de film.'],
    ['a single name with no author (nl)', 'We gaan samen Matilda lezen, een mooi boek.'],
    ['a person watched (en)', 'I watched Sam Jones during the break; he read a book.'],
    ['no book or film word near (en)', 'In the hall we watched Inside Out 2 together.'],
  ])('finds no unquoted title in %s', (_name, text) => {
    expect(titlesOf(text)).toEqual([]);
  });

  it('reads what is said of an unquoted title’s character as the story’s (nl)', () => {
    const text =
      'We gaan samen Matilda van Roald Dahl lezen. Het boek is heftig: Matilda’s ouders verwaarlozen haar.';
    const folded = fold(text);
    const at = folded.indexOf('verwaarlozen');
    expect(isAboutStory(folded, findBookTitles(text, folded), at, at + 12)).toBe(true);
  });

  it('reads a sentence naming the title’s character as the story’s', () => {
    const text =
      "Ken jij 'De zomer van Otto'? Otto's vader zit vast. Daan zit in de gevangenis. Mooi boek.";
    const folded = fold(text);
    const titles = findBookTitles(text, folded);
    expect(
      isAboutStory(folded, titles, folded.indexOf('zit vast'), folded.indexOf('zit vast') + 8),
    ).toBe(true);
    const other = folded.indexOf('gevangenis');
    expect(isAboutStory(folded, titles, other, other + 10)).toBe(false);
  });

  it.each([
    [
      'a character introduced by "het gaat over" (nl)',
      "We lezen het boek 'De zomer dat papa weg was'. Het gaat over Milo, wiens vader in de gevangenis zit.",
      'gevangenis',
    ],
    [
      'a character introduced by "leesboek over" after the title (nl)',
      "Deze maand lezen we 'Mijn vader zit vast' (fictief leesboek over Bo, wiens vader in de gevangenis zit).",
      'gevangenis',
    ],
    [
      'a character introduced by "book about" after the title (en)',
      'This month we read “Dad Is Away”, a picture book about Bo, whose father is in prison.',
      'prison',
    ],
    [
      'a character introduced by "it is about" (en)',
      'We read the book “The Long Summer”. It is about Tariq, whose dad is in prison.',
      'prison',
    ],
  ])('reads %s as the story’s', (_name, text, word) => {
    const folded = fold(text);
    const at = folded.indexOf(word);
    expect(isAboutStory(folded, findBookTitles(text, folded), at, at + word.length)).toBe(true);
  });

  it('does not read a real child after a summary-less title as the story’s (nl)', () => {
    const text =
      "We lezen het boek 'De zomer dat papa weg was'. Daarnaast: de vader van Milo zit vast.";
    const folded = fold(text);
    const at = folded.indexOf('zit vast');
    expect(isAboutStory(folded, findBookTitles(text, folded), at, at + 8)).toBe(false);
  });

  it.each([
    ['nl', "We lezen het boek 'Mijn broer is een ster' over Jonas, een jongen met autisme."],
    ['en', 'We read the book “Brother Star” about Jonas, a boy with autism.'],
  ])(
    'takes the first name after the title and "over"/"about" for its character (%s)',
    (_lang, text) => {
      const folded = fold(text);
      const titles = findBookTitles(text, folded);
      expect([...titles.characters]).toEqual(['jonas']);
      const autism = folded.indexOf('autis');
      expect(isAboutStory(folded, titles, autism, autism + 6)).toBe(true);
    },
  );

  it.each([
    ['nl', "Het boek 'Kikker is bang' ligt klaar. Sem zit in de gevangenis, zegt zijn moeder."],
    ['en', 'The book “Frog Is Scared” is ready. Sem says his father is in prison.'],
  ])('keeps a name that is no character in a mail with a title (%s)', (_lang, text) => {
    const folded = fold(text);
    const titles = findBookTitles(text, folded);
    const prison = folded.search(/gevangenis|prison/);
    expect(isAboutStory(folded, titles, prison, prison + 6)).toBe(false);
  });

  it.each([
    [
      'nl',
      'We beginnen maandag met het nieuwe klassenleesboek. Samenvatting: het gaat over Tim (11) wiens vader in de gevangenis zit.',
      'gevangenis',
    ],
    [
      'en',
      'Next week we start the new class novel. In short, it is about Sam, whose mother is in prison.',
      'prison',
    ],
  ])(
    'reads the character of a story with no quoted title as the story’s (%s)',
    (_lang, text, word) => {
      const folded = fold(text);
      const titles = findBookTitles(text, folded);
      expect(titles.spans).toEqual([]);
      const at = folded.indexOf(word);
      expect(isAboutStory(folded, titles, at, at + word.length)).toBe(true);
    },
  );

  it.each([
    [
      'a name spoken of before the book (nl)',
      'Tim vergat zijn leesboek weer. Het gaat over Tim: zijn vader zit sinds vorige week in de gevangenis.',
      'gevangenis',
    ],
    [
      'a name spoken of before the book (en)',
      'Sam left his reading book at home. It is about Sam, really: his mother is in prison since May.',
      'prison',
    ],
    [
      '"het verhaal over" with no story word before it (nl)',
      'Ik hoorde het verhaal over Tim van zijn moeder: zijn vader zit in de gevangenis.',
      'gevangenis',
    ],
    [
      '"gaat over" after a log book, no story (nl)',
      'In het logboek staat het, het gaat over Tim: zijn vader zit in de gevangenis.',
      'gevangenis',
    ],
  ])('keeps %s as a real person', (_name, text, word) => {
    const folded = fold(text);
    const at = folded.indexOf(word);
    expect(isAboutStory(folded, findBookTitles(text, folded), at, at + word.length)).toBe(false);
  });
});

// Train round 19: reviews and lesson plans. A title after "leesclub:", titles as list items under
// a lead that names books, the author and a description after a title, and a summary opening with
// its character's age.
describe('findBookTitles, reviews, lists and summaries', () => {
  it.each([
    [
      'a title after a colon with a book word before it (nl)',
      'Mijn tip voor de schoolbieb deze maand: "Het leven volgens Bente". Vanaf groep 6.',
      '"Het leven volgens Bente"',
    ],
    [
      'a title after a colon with a book word before it (en)',
      'My tip for the school library: "The Wild Robot". From group 6.',
      '"The Wild Robot"',
    ],
  ])('finds %s', (_name, text, title) => {
    expect(titlesOf(text)).toEqual([title]);
  });

  it.each([
    ['a child’s written words after a colon (nl)', "In zijn schrift stond: 'Ik ben bang thuis'."],
    ['a child’s written words after a colon (en)', 'In her diary it said: "I am scared at home".'],
  ])('finds no title in %s', (_name, text) => {
    expect(titlesOf(text)).toEqual([]);
  });

  it('finds titles opening list items under a lead that names picture books (nl)', () => {
    const text =
      'Ik heb een lijstje gemaakt van prentenboeken over moeilijke onderwerpen:\n\n- "Het eiland van opa" (over de dood van een opa)\n- "Twee huizen" (scheiding)\n- "Mama is zo moe" (een ouder die depressief is)\n';
    expect(titlesOf(text)).toEqual(['"Het eiland van opa"', '"Twee huizen"', '"Mama is zo moe"']);
    const folded = fold(text);
    const titles = findBookTitles(text, folded);
    for (const word of ['scheiding', 'depressief', 'opa)']) {
      const at = folded.indexOf(word);
      expect(isAboutStory(folded, titles, at, at + word.length)).toBe(true);
    }
  });

  // content-train-58: book tips listed by topic, a label and a colon before the titles.
  it.each([
    [
      'nl',
      "Een paar mensen vroegen om prentenboeken over lastige onderwerpen:\n\n- Rouw: 'Kikker en het vogeltje' (Max Velthuijs) en 'Een huis vol herinneringen'\n- Scheiding: 'Twee huizen'\n",
      ["'Kikker en het vogeltje'", "'Een huis vol herinneringen'", "'Twee huizen'"],
    ],
    [
      'en',
      "Some of you asked for picture books on hard topics:\n\n- Grief: 'Badger's Parting Gifts' (Susan Varley) and 'The Memory Box'\n- Divorce: 'Two Homes'\n",
      ["'Badger's Parting Gifts'", "'The Memory Box'", "'Two Homes'"],
    ],
  ])('finds titles after a topic label in items of a book list (%s)', (_language, text, titles) => {
    expect(titlesOf(text)).toEqual(titles);
  });

  // content-train-71: book tips in sections, a heading for each topic and blank lines between.
  it.each([
    [
      'nl',
      'Een lijstje prentenboeken voor in de klas bij moeilijke onderwerpen. Ze staan in de bieb.\n\nScheiding\n- "Twee huizen" (groep 1-3)\n- "Mijn papa woont ergens anders" (groep 3-5)\n\nRouw\n- "Kikker en het vogeltje" (groep 1-4)\n- "Het afscheid van Das" (groep 3-6)\n\nZiekte in het gezin\n- "Mama is ziek" (groep 2-4)\n',
      '"Mama is ziek"',
    ],
    [
      'en',
      'A list of picture books for hard topics, all in the school library.\n\nDivorce\n- "Two Homes" (ages 4-6)\n- "Dad Lives Somewhere Else" (ages 6-8)\n\nGrief\n- "Grandpa and the Garden" (ages 4-7)\n- "The Memory Box" (ages 6-9)\n\nIllness at home\n- "Mum Is Ill" (ages 5-7)\n',
      '"Mum Is Ill"',
    ],
  ])('finds titles in every section of a book list (%s)', (_language, text, last) => {
    expect(titlesOf(text)).toHaveLength(5);
    expect(titlesOf(text)).toContain(last);
  });

  it('finds no title in a section of quotes under a lead that names no book (nl)', () => {
    expect(
      titlesOf(
        'Wat de kinderen vertelden tijdens de kring.\n\nThuis\n- "Papa slaapt op de bank"\n\nOp school\n- "Ik word gepest"\n',
      ),
    ).toEqual([]);
  });

  it('finds no title in a list item that quotes someone (nl)', () => {
    const text = "Aantekeningen bij het boek dat we lezen:\n\n- Mees zei: 'Papa zit vast'\n";
    expect(titlesOf(text)).toEqual([]);
  });

  it('finds no title in a list of pupils’ quotes with no book word (nl)', () => {
    expect(
      titlesOf(
        'Wat de kinderen zeiden:\n\n- "Papa slaapt op de bank"\n- "Ik mag niet naar huis"\n',
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Mijn bijdrage voor de leesclub: "Wonder" van R.J. Palacio. Auggie Pullman is tien en heeft een zeldzame afwijking aan zijn gezicht. Hij heeft 27 operaties gehad.',
      ['auggie', 'pullman'],
      'operaties',
    ],
    [
      'en',
      'For the story lesson I prepared this. The story: Tom is 10 and his dad has just lost his job. His best friend Priya notices he is quiet.',
      ['tom'],
      'lost his job',
    ],
  ])(
    'reads a summary opening with the character’s age as the story’s (%s)',
    (_lang, text, names, word) => {
      const folded = fold(text);
      const titles = findBookTitles(text, folded);
      expect([...titles.characters]).toEqual(names);
      const at = folded.indexOf(word);
      expect(isAboutStory(folded, titles, at, at + word.length)).toBe(true);
    },
  );

  it.each([
    [
      'nl',
      "We lazen 'De Gruffalo' voor. Daarna vertelde Sem (6) dat zijn vader in de gevangenis zit.",
      'gevangenis',
    ],
    ['en', 'The story: Tom (group 6) told me his dad is in prison now.', 'prison'],
  ])('keeps a real child with an age or class that opens no summary (%s)', (_lang, text, word) => {
    const folded = fold(text);
    const at = folded.indexOf(word);
    expect(isAboutStory(folded, findBookTitles(text, folded), at, at + word.length)).toBe(false);
  });
});
