// Dutch verb forms the Snowball stemmer leaves apart: "bewaart", "gestuurd" and "gemaakt" do not
// stem like "bewaren", "sturen" and "maken". These are the forms to try, without the -t or -d
// ending and the ge- prefix; the analyzer keeps the first whose stem the knowledge base knows.

const MIN_LENGTH = 5;

/** @example verbFormCandidates('gestuurd') // ['gestuur', 'stuurd', 'stuur'] */
export function verbFormCandidates(word: string): string[] {
  if (word.length < MIN_LENGTH) return [];
  const candidates: string[] = [];
  const endsInTd = word.endsWith('t') || word.endsWith('d');
  if (endsInTd) candidates.push(word.slice(0, -1));
  if (word.startsWith('ge') && word.length > MIN_LENGTH) {
    const bare = word.slice(2);
    candidates.push(bare);
    if (endsInTd) candidates.push(bare.slice(0, -1));
  }
  return candidates;
}
