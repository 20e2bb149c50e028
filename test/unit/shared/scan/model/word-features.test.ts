import { fold } from '../../../../../shared/scan/text/fold';
import { featureHash, WordFeatures } from '../../../../../shared/scan/model/word-features';

function read(text: string): { words: WordFeatures; folded: string; keys: string[][] } {
  const words = new WordFeatures();
  const folded = fold(text);
  const count = words.read(text);
  return {
    words,
    folded,
    keys: Array.from({ length: count }, (_, index) => words.keysOf(folded, index)),
  };
}

describe('the learned model’s word features', () => {
  it.each<[string, string, string[]]>([
    ['a stem of six letters and, for a long word, its tail', 'medicijnen', ['u:medici', 't:ijnen']],
    ['a compound by its head and its tail', 'Medicatiegebruik', ['u:medica', 't:bruik']],
    [
      'a listed given name as a name, not as itself',
      'gisteren Daan',
      ['u:#name', 'b:gister #name'],
    ],
    ['a number as a number', 'dossier 123456782', ['u:#num', 'b:dossie #num']],
    [
      'an unknown capitalised word inside a sentence',
      'met Kowalczyk',
      ['u:kowalc', 't:lczyk', 'b:met kowalc', 'c:#cap'],
    ],
    ['a word joined by a dash', 'burn-out', ['u:burn-o']],
  ])('reads %s', (_name, text, expected) => {
    const { keys } = read(text);
    expect(keys[keys.length - 1]).toEqual(expected);
  });

  it('hashes each key exactly as the fast reader does, so the model file and the scan agree', () => {
    const text =
      'Hoi Karin, Daan (groep 5) krijgt sinds 12 maart medicatie; zijn vader Kowalczyk zit vast.';
    const { words, keys } = read(text);
    keys.forEach((wordKeys, index) => {
      const hashes = [
        words.unigram[index],
        words.tail[index],
        words.bigram[index],
        words.capital[index],
      ];
      for (const key of wordKeys) expect(hashes).toContain(featureHash(key));
    });
  });

  it('reads past a Latin letter whose lower case is no Latin letter ("Ə"), without empty words', () => {
    // Such a letter once began a word that ended before it: the reader stood still on it forever.
    const { words, keys } = read('De ƏƁ-lijst van Əli Məmmədov is hier');
    expect(words.count).toBe(9); // De, lijst, van, li, M, mm, dov, is, hier
    expect(keys[keys.length - 1]).toEqual(['u:hier', 'b:is hier']);
  });

  it('reads a long text into reused arrays without losing words', () => {
    const text = 'Daan heeft medicatie. '.repeat(2000);
    const { words } = read(text);
    expect(words.count).toBe(6000);
    expect(words.ends[5999]).toBe(text.length - 2);
  });
});

// Train round 25 (long threads): the model learned "zondag" and "r" from "Verzonden: zondag …" and
// "r.lemmens@…" in quoted headers; who sent a quoted message and when says nothing of its content.
describe('the learned model’s word features, quoted headers', () => {
  function words(text: string): string[] {
    const { folded, words: read } = readAll(text);
    return Array.from({ length: read.count }, (_, index) =>
      folded.slice(read.starts[index], read.ends[index]),
    );
  }
  function readAll(text: string): { folded: string; words: WordFeatures } {
    const read = new WordFeatures();
    read.read(text);
    return { folded: fold(text), words: read };
  }

  it.each([
    [
      'nl (Outlook)',
      'Hoi Fleur,\n\n________________________________\nVan: Petra Houben <administratie@bsdewissel.nl>\nVerzonden: zondag 18 mei 2025 22:15\nAan: Ruud Lemmens <r.lemmens@bsdewissel.nl>\nOnderwerp: VOG aanvragen\n\nRuud, zo gaat het.',
      ['hoi', 'fleur', 'onderwerp', 'vog', 'aanvragen', 'ruud', 'zo', 'gaat', 'het'],
    ],
    [
      'en (Gmail, quoted)',
      'Thanks!\n\nOn Sun, 18 May 2025 at 22:15, Daniel Brooks <d.brooks@x.nl> wrote:\n> Subject is the trip.',
      ['thanks', 'subject', 'is', 'the', 'trip'],
    ],
  ])('skips the sender, addressee and date lines (%s)', (_name, text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['nl', 'Van maandag tot vrijdag is Daan ziek.', 7],
    ['en', 'To be honest, on Monday she was ill:', 8],
  ])('reads a sentence that merely starts like a header (%s)', (_lang, text, count) => {
    expect(words(text)).toHaveLength(count);
  });
});
