// Typo tolerance for question words the knowledge base never uses: "wachtwoort", "vergrendelne",
// "gebruken" become the known word one slip away (a letter missing, extra, wrong or two swapped).
// A symmetric-delete index (as SymSpell does) finds them in microseconds, not by comparing with
// every word of the vocabulary.

/** Shorter words are too often other real words one letter apart ("reken", "weken"). */
const MIN_LENGTH = 6;
/** A slip besides a lost or added doubled letter is read only in a word this long. */
const MIN_COLLAPSED_LENGTH = 8;
/** The known head of a compound whose tail has the slip: "kind" in "kindgegevns". */
const MIN_HEAD = 4;
/**
 * A tail with a slip this long is read even after a head the vocabulary does not know
 * ("sollicitatie" in "sollicitatiebreiven"): the tail is what a Dutch compound is about.
 */
const MIN_TAIL_OF_NEW_HEAD = 7;

/**
 * @example createTypoCorrector(new Set(['wachtwoord']))('wachtwoort') // 'wachtwoord'
 */
export function createTypoCorrector(
  vocabulary: ReadonlySet<string>,
): (word: string) => string | undefined {
  // Each known word under itself and under every form with one letter deleted.
  const byDeletion = new Map<string, string[]>();
  const add = (key: string, word: string) => {
    const words = byDeletion.get(key) ?? [];
    if (!words.includes(word)) words.push(word);
    byDeletion.set(key, words);
  };
  for (const word of [...vocabulary].sort()) {
    if (word.length < MIN_LENGTH - 1 || /\d/.test(word)) continue;
    add(word, word);
    for (const deleted of deletions(word)) add(deleted, word);
  }
  const correctWhole = (word: string): string | undefined => {
    const candidates = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const known of byDeletion.get(key) ?? []) {
        if (isOneSlipApart(word, known)) candidates.add(known);
      }
    }
    // Deterministic: the same first letter (slips are rarely at the start), then the longest.
    return [...candidates].sort(
      (a, b) =>
        Number(b[0] === word[0]) - Number(a[0] === word[0]) ||
        b.length - a.length ||
        a.localeCompare(b),
    )[0];
  };
  // The same words with every doubled letter single ("toestemming" as "toesteming").
  const byCollapsed = new Map<string, string[]>();
  for (const word of [...vocabulary].sort()) {
    if (word.length < MIN_COLLAPSED_LENGTH - 1 || /\d/.test(word)) continue;
    for (const key of [collapsed(word), ...deletions(collapsed(word))]) {
      const words = byCollapsed.get(key) ?? [];
      if (!words.includes(word)) words.push(word);
      byCollapsed.set(key, words);
    }
  }
  /**
   * A lost doubling besides a lost or added letter: "toestming" (one "m" and an "e" gone) is
   * "toestemming". Only for long words, and only when one word is that near.
   */
  const correctDoubling = (word: string): string | undefined => {
    if (word.length < MIN_COLLAPSED_LENGTH) return undefined;
    const typed = collapsed(word);
    const candidates = new Set<string>();
    for (const key of [typed, ...deletions(typed)]) {
      for (const known of byCollapsed.get(key) ?? []) {
        const knownCollapsed = collapsed(known);
        // A doubling lost (the known word has more) and a letter lost or added, no other slip.
        const isLostDoubling = doublings(known) > doublings(word);
        const isLetterLost = Math.abs(typed.length - knownCollapsed.length) === 1;
        if (isLostDoubling && isLetterLost && isOneSlipApart(typed, knownCollapsed))
          candidates.add(known);
      }
    }
    // Only one word so near: two would be a guess.
    return candidates.size === 1 ? [...candidates][0] : undefined;
  };
  return (word) => {
    if (word.length < MIN_LENGTH || vocabulary.has(word)) return undefined;
    // "eindverantwoordelyk", "verplichtingen blyven": Dutch typed with "y" for "ij".
    const withIj = word.replace(/y/gu, 'ij');
    if (withIj !== word && vocabulary.has(withIj)) return withIj;
    return correctWhole(word) ?? correctTail(word) ?? correctDoubling(word);
  };

  /**
   * A compound whose head is a known word and whose tail is one slip from one: "kindgegevns" is
   * "kind" + "gegevens". The whole compound need not be known; its parts are.
   */
  function correctTail(word: string): string | undefined {
    for (let cut = word.length - MIN_LENGTH; cut >= MIN_HEAD; cut--) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      if (!vocabulary.has(head) || vocabulary.has(tail)) continue;
      const corrected = correctWhole(tail);
      if (corrected !== undefined) return head + corrected;
    }
    return correctTailOfNewHead(word);
  }

  /**
   * A compound with a new head whose long tail has the slip: "sollicitatiebreiven" is a
   * "sollicitatie" + "brieven". Only a wrong or swapped letter, never in the tail's first letter:
   * a cut one letter into a known word ("luizenc" + "ontrole") is no head with a slipped tail.
   */
  function correctTailOfNewHead(word: string): string | undefined {
    for (let cut = word.length - MIN_TAIL_OF_NEW_HEAD; cut >= MIN_HEAD + 1; cut--) {
      const tail = word.slice(cut);
      if (vocabulary.has(tail)) return undefined;
      const corrected = correctWhole(tail);
      if (corrected !== undefined && corrected[0] === tail[0] && corrected.length === tail.length)
        return word.slice(0, cut) + corrected;
    }
    return undefined;
  }
}

/** Every run of one letter as a single letter: "toestemming" → "toesteming". */
function collapsed(word: string): string {
  return word.replace(/(.)\1+/gu, '$1');
}

/** How many runs of one letter the word has: "toestemming" has one. */
function doublings(word: string): number {
  return word.match(/(.)\1+/gu)?.length ?? 0;
}

function deletions(word: string): string[] {
  const forms: string[] = [];
  for (let index = 0; index < word.length; index++)
    forms.push(word.slice(0, index) + word.slice(index + 1));
  return forms;
}

/** One insertion, deletion, substitution or swap of neighbours (Damerau distance 1). */
function isOneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length + restB.length <= 1) return true; // one letter inserted or deleted
  if (restA.length === 1 && restB.length === 1) return true; // one letter substituted
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}
