// Dutch stemming with the Snowball algorithm, so "wachtwoorden" and "wachtwoord" meet.
import { newStemmer } from 'snowball-stemmers';

const dutch = newStemmer('dutch');

/** @example stemDutch('leerlingen') // 'leerling' */
export function stemDutch(word: string): string {
  return dutch.stem(word);
}
