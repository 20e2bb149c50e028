// The held-out sets are folders beside the tuning data, named heldout, heldout-2, … for mail and
// qa-heldout, qa-heldout-2, … for questions; found by name rather than listed, so a new set is
// measured the day it lands.
import { readdirSync } from 'node:fs';

/** heldout → 1, heldout-4 → 4: sets sort by number, not by name (heldout-10 after heldout-9). */
function setNumber(folder: string): number {
  return Number(/-(\d+)$/u.exec(folder)?.[1] ?? 1);
}

/** The held-out folders under `fixtures` whose names are `prefix` or `prefix-N`, in number order. */
export function heldOutFolders(fixtures: string, prefix: 'heldout' | 'qa-heldout'): string[] {
  const named = new RegExp(`^${prefix}(?:-\\d+)?$`, 'u');
  return readdirSync(fixtures)
    .filter((name) => named.test(name))
    .sort((a, b) => setNumber(a) - setNumber(b));
}
