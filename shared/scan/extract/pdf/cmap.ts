// ToUnicode CMaps (ISO 32000-1 §9.10.3): which bytes make one character code (codespace ranges)
// and which text each code stands for (bfchar, bfrange). Identity-H fonts from LibreOffice, Word
// and Chromium spell their text only through these.
import { PdfKeyword, PdfParser } from './objects';

interface CodespaceRange {
  length: number;
  low: number;
  high: number;
}

interface CodeRange {
  low: number;
  high: number;
  /** The first code's text; following codes increment its last character. */
  start?: string;
  /** One text per code, from the array form. */
  each?: string[];
}

export class ToUnicodeMap {
  readonly codespace: CodespaceRange[] = [];
  private readonly single = new Map<number, string>();
  private readonly ranges: CodeRange[] = [];

  static parse(bytes: Uint8Array): ToUnicodeMap {
    const map = new ToUnicodeMap();
    const parser = new PdfParser(bytes);
    const operands: unknown[] = [];
    while (!parser.isAtEnd()) {
      let token;
      try {
        token = parser.readValue();
      } catch {
        break;
      }
      if (!(token instanceof PdfKeyword)) {
        operands.push(token);
        continue;
      }
      if (token.word === 'endcodespacerange') map.addCodespace(operands);
      else if (token.word === 'endbfchar') map.addChars(operands);
      else if (token.word === 'endbfrange') map.addRanges(operands);
      operands.length = 0;
    }
    return map;
  }

  lookup(code: number): string | undefined {
    const single = this.single.get(code);
    if (single !== undefined) return single;
    for (const range of this.ranges) {
      if (code < range.low || code > range.high) continue;
      if (range.each) return range.each[code - range.low];
      const start = range.start ?? '';
      const last = start.charCodeAt(start.length - 1);
      return start.slice(0, -1) + String.fromCharCode(last + code - range.low);
    }
    return undefined;
  }

  private addCodespace(operands: unknown[]): void {
    for (let i = 0; i + 1 < operands.length; i += 2) {
      const low = operands[i];
      const high = operands[i + 1];
      if (low instanceof Uint8Array && high instanceof Uint8Array)
        this.codespace.push({ length: low.length, low: toCode(low), high: toCode(high) });
    }
  }

  private addChars(operands: unknown[]): void {
    for (let i = 0; i + 1 < operands.length; i += 2) {
      const source = operands[i];
      const target = operands[i + 1];
      if (source instanceof Uint8Array && target instanceof Uint8Array)
        this.single.set(toCode(source), utf16be(target));
    }
  }

  private addRanges(operands: unknown[]): void {
    for (let i = 0; i + 2 < operands.length; i += 3) {
      const low = operands[i];
      const high = operands[i + 1];
      const target = operands[i + 2];
      if (!(low instanceof Uint8Array) || !(high instanceof Uint8Array)) continue;
      if (target instanceof Uint8Array)
        this.ranges.push({ low: toCode(low), high: toCode(high), start: utf16be(target) });
      else if (Array.isArray(target))
        this.ranges.push({
          low: toCode(low),
          high: toCode(high),
          each: target.map((item) => (item instanceof Uint8Array ? utf16be(item) : '')),
        });
    }
  }
}

export function toCode(bytes: Uint8Array): number {
  let code = 0;
  for (const byte of bytes) code = code * 256 + byte;
  return code;
}

/** UTF-16BE text (surrogate pairs included); a lone odd byte is dropped. */
function utf16be(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2)
    text += String.fromCharCode(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  return text;
}
