import { DEFAULT_MODEL } from '../../../../../shared/scan/model/learned-model';
import {
  scoreText,
  wordWeight,
  type ModelHead,
} from '../../../../../shared/scan/model/window-scorer';
import { WordFeatures } from '../../../../../shared/scan/model/word-features';

/** The best window the slow way: every word's weight, every window summed. */
function slowBest(text: string, head: ModelHead) {
  const words = new WordFeatures();
  const count = words.read(text);
  const size = DEFAULT_MODEL.window;
  const weights = Array.from({ length: count }, (_, i) =>
    wordWeight(DEFAULT_MODEL, words, i, head),
  );
  let best = { score: -Infinity, start: 0, end: 0 };
  for (let from = 0; from === 0 || from + size <= count; from++) {
    const to = Math.min(count, from + size);
    const score = weights.slice(from, to).reduce((sum, weight) => sum + weight, 0);
    if (score > best.score)
      best = { score, start: words.starts[from] ?? 0, end: words.ends[to - 1] ?? 0 };
  }
  return { ...best, score: best.score + DEFAULT_MODEL.bias[head] };
}

describe('scoring a text by its best window', () => {
  const paragraphs = [
    'Beste ouders, volgende week gaan we naar het museum.',
    'Gisteravond is de vader van Sven door de politie opgehaald en hij zit nu vast.',
    'Collega Sandra zit thuis met een burn-out en start in januari met re-integratie.',
    'Wilt u een lunchpakket meegeven? De kosten zijn € 7,50.',
  ];

  it.each([
    ['a short text (fewer words than a window)', 'Daan krijgt medicatie.'],
    ['a mail of a few paragraphs', paragraphs.join('\n\n')],
    // Longer than a block of words: the ring carries windows across blocks.
    ['a long text', Array.from({ length: 400 }, (_, i) => paragraphs[(i * 7) % 4]).join(' ')],
  ])('finds the same window as summing every window, in %s', (_name, text) => {
    const fast = scoreText(DEFAULT_MODEL, text);
    for (const head of ['pupil', 'adult'] as const) {
      const slow = slowBest(text, head);
      expect(fast[head].score).toBeCloseTo(slow.score, 4);
      expect(text.slice(fast[head].start, fast[head].end)).toBe(text.slice(slow.start, slow.end));
    }
  });
});
