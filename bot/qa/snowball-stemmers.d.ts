// Types for snowball-stemmers (a JavaScript port of the Snowball stemmers), which ships none.
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
}
