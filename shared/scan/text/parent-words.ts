// The words for one parent of a child, shared by the readers of family matters.

/** One parent of the child: "ouders" or "parents" in a procedure text is nobody's home. */
export const ONE_PARENT_WORDS = new Set([
  'vader',
  'moeder',
  'papa',
  'mama',
  'stiefvader',
  'stiefmoeder',
  'father',
  'mother',
  'dad',
  'mum',
  'mom',
]);
