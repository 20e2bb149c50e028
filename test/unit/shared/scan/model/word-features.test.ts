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
