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
});
