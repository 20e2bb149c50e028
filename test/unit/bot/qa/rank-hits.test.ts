import type { Hit, QueryWord } from '../../../../bot/qa/knowledge-index';
import { isConfident, isInScope, rankHits } from '../../../../bot/qa/rank-hits';
import { kindanteKnowledge } from '../../../helpers/knowledge';

const entry = (id: string) => {
  const found = kindanteKnowledge().find((each) => each.id === id);
  if (!found) throw new Error(id);
  return found;
};

const word = (text: string, weight: number): QueryWord => ({
  word: text,
  terms: [text],
  whole: [text],
  parts: [],
  weight,
  isKnown: true,
});

const hit = (
  id: string,
  score: number,
  credits: Record<string, number>,
  title: string[] = [],
): Hit => ({
  entry: entry(id),
  score,
  termCredit: new Map(Object.entries(credits)),
  titleTerms: new Set(title),
});

describe('rankHits', () => {
  const words = [word('invaller', 4), word('esis', 3)];

  it('prefers, between entries a story matches alike, the one covering its asking sentence', () => {
    const story = [word('map', 3), word('ouders', 3), word('melden', 3)];
    const hits = [
      hit('breach-wrong-recipient', 10, { map: 1, ouders: 1 }),
      hit('breach-how-to-report', 9, { map: 1, melden: 1 }),
    ];
    expect(rankHits(story, hits)[0]?.hit.entry.id).toBe('breach-wrong-recipient');
    expect(rankHits(story, hits, [word('melden', 3)])[0]?.hit.entry.id).toBe(
      'breach-how-to-report',
    );
  });

  it('puts the entry that covers every telling word above one with a higher search score', () => {
    const ranked = rankHits(words, [
      hit('password-sharing', 10, { invaller: 1 }),
      hit('esis-substitute', 7, { invaller: 1, esis: 1 }),
    ]);
    expect(ranked.map((each) => each.hit.entry.id)).toEqual([
      'esis-substitute',
      'password-sharing',
    ]);
    expect(ranked[0]?.coverage).toBe(1);
  });

  it('trusts a full match but not one word of a longer question', () => {
    const [full] = rankHits(words, [hit('esis-substitute', 7, { invaller: 1, esis: 1 })]);
    const [partial] = rankHits(
      [...words, word('morgen', 2)],
      [hit('esis-security', 3, { esis: 1 })],
    );
    expect(full && isConfident(full, words)).toBe(true);
    expect(partial && isConfident(partial, [...words, word('morgen', 2)])).toBe(false);
  });

  it('trusts a short question that names an entry’s title topic', () => {
    const cryptshare = [word('cryptshar', 3.6)];
    const [best] = rankHits(cryptshare, [
      hit('email-cryptshare', 5, { cryptshar: 1 }, ['cryptshar']),
    ]);
    expect(best && isConfident(best, cryptshare)).toBe(true);
  });

  it('puts a long story in scope on many matched words, though its details lower coverage', () => {
    const story = [word('printer', 3), word('uitdraai', 3), ...details(10)];
    const [best] = rankHits(story, [hit('secure-printing', 5, { printer: 1, uitdraai: 1 })]);
    expect(best && best.coverage < 0.2 && best.coverage >= 0.13).toBe(true);
    expect(best && isInScope(best, true)).toBe(true);
    expect(best && isInScope(best, false)).toBe(false);
  });

  it('puts a long story in scope on its asking sentence\'s most telling word ("Hoe voorkomen we dit?")', () => {
    const story = [word('voorkom', 4), ...details(7)];
    const [best] = rankHits(story, [hit('breach-prevent', 5, { voorkom: 1 })]);
    expect(best && best.coverage >= 0.13).toBe(true);
    expect(best && isInScope(best, true)).toBe(true);
    // A word less telling than that is still a coincidence.
    const weaker = [word('voorkom', 3.8), ...details(7)];
    const [near] = rankHits(weaker, [hit('breach-prevent', 5, { voorkom: 1 })]);
    expect(near && isInScope(near, true)).toBe(false);
  });

  it('keeps an English story with one telling word matched out of scope', () => {
    const story = [word('phone', 4), ...details(8)];
    const [best] = rankHits(story, [hit('phone-work-mobile', 5, { phone: 1 })]);
    expect(best && isInScope(best, true)).toBe(false);
  });
});

/** Incidental words of a story that no entry matches ("jassenkapstok", "taxi"). */
function details(count: number): QueryWord[] {
  return Array.from({ length: count }, (_, at) => word(`detail${at}`, 3.5));
}
