// Dutch stemming with the Snowball algorithm, so "wachtwoorden" and "wachtwoord" meet.
import { newStemmer } from 'snowball-stemmers';

const dutch = newStemmer('dutch');

/** Stemming is the costly step of reading a word, and questions repeat words: each is stemmed once. */
const MAX_CACHED_STEMS = 50_000;
const cache = new Map<string, string>();

/** @example stemDutch('leerlingen') // 'leerling' */
export function stemDutch(word: string): string {
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = dutch.stem(word);
    // Bounded: a long-running bot sees endless new words.
    if (cache.size < MAX_CACHED_STEMS) cache.set(word, stem);
  }
  return stem;
}
