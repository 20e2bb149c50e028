// Short context around a finding for the sender: whitespace collapsed, long digit runs masked.
import { maskDigitRuns } from '../text/mask';

const CONTEXT = 30;

export function excerptAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(text.length, end + CONTEXT);
  const piece = maskDigitRuns(text.slice(from, to)).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${piece}${to < text.length ? '…' : ''}`;
}
