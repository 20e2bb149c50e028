// Fixed expressions whose verb does not mean what it means alone: "rekening houden met" is taking
// something into account, not keeping it ("houden" is read as "bewaren", a privacy topic), and
// "zich houden aan" is keeping to a rule. Read without that verb, "Moeten wij daar rekening mee
// houden?" names no privacy topic, and the lunch the story is about decides.

/** Forms of "houden". */
const HOLD = new Set(['houden', 'houd', 'houdt', 'hield', 'hielden', 'gehouden']);
/** The words that make "houden" part of an expression, and how far before it they may stand. */
const EXPRESSION_HEADS = new Set(['rekening']);
const REACH = 3;

/**
 * The folded words without a form of "houden" that belongs to "rekening houden (met)".
 * @example withoutIdiomVerbs(['moeten', 'wij', 'daar', 'rekening', 'mee', 'houden']) // ['moeten', 'wij', 'daar', 'rekening', 'mee']
 * @example withoutIdiomVerbs(['hoe', 'lang', 'houden', 'we', 'de', 'rekening']) // unchanged
 */
export function withoutIdiomVerbs(words: readonly string[]): string[] {
  return words.filter(
    (word, at) =>
      !HOLD.has(word) ||
      !words.slice(Math.max(0, at - REACH), at).some((before) => EXPRESSION_HEADS.has(before)),
  );
}
