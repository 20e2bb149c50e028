// Other sensitive terms near a hit: a weak term counts only with a second, compatible term within
// reach, and strong neighbours or adults-only companions tip whose the term is.
import { type Category, REACH, type WeightedHit } from './sensitive-hits';

/** In general mails (newsletters, trainings) a name must be this close to the term. */
const CLOSE_REACH = 100;

/** Categories whose weak terms may pair up: pupil matters with pupil matters, adult with adult. */
const COMPANIONS: Record<Category, readonly Category[]> = {
  'pupil-record': ['pupil-record', 'health', 'home'],
  home: ['pupil-record', 'health', 'home'],
  health: ['pupil-record', 'health', 'home', 'adult-record'],
  'adult-record': ['adult-record', 'health'],
};

/** A weak term needs a second, different, compatible term within reach (hits are sorted by start). */
export function hasCompanionTerm(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= 0 && other < hits.length; other += step) {
      const candidate = hits[other];
      if (!candidate || Math.abs(candidate.start - hit.start) > REACH) break;
      // A second sign, in other words: "buikpijn" is not both "~pijn" and "buikpijn", nor "is
      // opgepakt door" both "is opgepakt" and "opgepakt door".
      if (
        candidate.term !== hit.term &&
        (candidate.start >= hit.end || candidate.end <= hit.start) &&
        COMPANIONS[hit.category].includes(candidate.category)
      )
        return true;
    }
  }
  return false;
}

/** The second signs of a weak term within reach are all adults' records ("zwanger", "ziekmelding"). */
export function hasOnlyAdultCompanions(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  let hasAdult = false;
  for (const step of [-1, 1]) {
    for (let other = index + step; other >= 0 && other < hits.length; other += step) {
      const candidate = hits[other];
      if (!candidate || Math.abs(candidate.start - hit.start) > REACH) break;
      if (candidate.start === hit.start) continue;
      if (candidate.category !== 'adult-record') return false;
      hasAdult = true;
    }
  }
  return hasAdult;
}

/** Another strong term of the same category within close reach: "waarschuwing … personeelsdossier". */
export function hasStrongNeighbour(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  return hits.some(
    (other) =>
      other !== hit &&
      other.weight === 2 &&
      other.category === hit.category &&
      other.term !== hit.term &&
      // "Uw salarisstrook … (four lines) … Bruto salaris: € 3.806,22": a figure is further down.
      Math.abs(other.start - hit.start) <= (other.isAmount === true ? REACH : CLOSE_REACH),
  );
}

/**
 * A strong term of the same category within reach, not a job title or address: the record that
 * makes a weak word next to it ("ziek gemeld") one person's, even in a text that reads as general.
 */
export function hasStrongRecordNear(index: number, hits: WeightedHit[]): boolean {
  const hit = hits[index];
  if (!hit) return false;
  for (const step of [-1, 1])
    for (let other = index + step; other >= 0 && other < hits.length; other += step) {
      const candidate = hits[other];
      if (!candidate || Math.abs(candidate.start - hit.start) > REACH) break;
      if (
        candidate.weight === 2 &&
        candidate.category === hit.category &&
        candidate.start !== hit.start &&
        candidate.isLabelOnly !== true
      )
        return true;
    }
  return false;
}
