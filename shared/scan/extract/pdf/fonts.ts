// A font as the text extractor needs it: how its string bytes split into codes, the text of each
// code, and each glyph's width (to tell a word gap from kerning and a table cell from a word).
import { ToUnicodeMap, toCode } from './cmap';
import type { PdfDocument } from './document';
import { glyphNameToText, namedEncoding } from './encodings';
import { isDict, nameOf, PdfName, PdfStream, type PdfDict, type PdfValue } from './objects';

export interface Glyph {
  text: string;
  /** Advance in text space units per unit of font size (glyph width / 1000). */
  width: number;
  /** Single-byte code 32: word spacing (Tw) applies. */
  isSpaceCode: boolean;
  /** The font gave no way to know this code's text. */
  isUnmapped: boolean;
}

/** Widths of standard-14 fonts are not in the file; an average keeps the gaps sensible. */
const DEFAULT_WIDTH = 0.5;

export class PdfFont {
  private readonly isComposite: boolean;
  private readonly toUnicode: ToUnicodeMap | undefined;
  private readonly encoding: (code: number) => string;
  private readonly differences = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private readonly defaultWidth: number;
  private readonly widthScale: number;
  /** Set when every code has the same length (the usual case), to skip the codespace search. */
  private readonly fixedCodeLength: number | undefined;

  constructor(document: PdfDocument, dict: PdfDict) {
    const subtype = nameOf(document.resolve(dict.get('Subtype')));
    this.isComposite = subtype === 'Type0';
    const toUnicode = document.resolve(dict.get('ToUnicode'));
    this.toUnicode =
      toUnicode instanceof PdfStream
        ? ToUnicodeMap.parse(document.streamBytes(toUnicode, 4 * 1024 * 1024).bytes)
        : undefined;
    const lengths = new Set(this.toUnicode?.codespace.map((range) => range.length));
    this.fixedCodeLength =
      lengths.size === 1
        ? [...lengths][0]
        : lengths.size === 0
          ? this.isComposite
            ? 2
            : 1
          : undefined;
    const encoding = document.resolve(dict.get('Encoding'));
    const encodingDict = isDict(encoding) ? encoding : undefined;
    this.encoding = namedEncoding(
      nameOf(encodingDict ? document.resolve(encodingDict.get('BaseEncoding')) : encoding),
    );
    if (encodingDict) this.readDifferences(document, encodingDict.get('Differences'));
    const fontMatrix = document.resolve(dict.get('FontMatrix'));
    const matrixScale =
      Array.isArray(fontMatrix) && typeof fontMatrix[0] === 'number' ? fontMatrix[0] : 0.001;
    this.widthScale = subtype === 'Type3' ? matrixScale : 0.001;
    if (this.isComposite) {
      const descendants = document.resolve(dict.get('DescendantFonts'));
      const descendant = Array.isArray(descendants)
        ? document.resolveDict(descendants[0])
        : undefined;
      const defaultWidth = descendant ? document.resolve(descendant.get('DW')) : undefined;
      this.defaultWidth = typeof defaultWidth === 'number' ? defaultWidth * 0.001 : 1;
      if (descendant) this.readCompositeWidths(document, descendant.get('W'));
    } else {
      this.defaultWidth = DEFAULT_WIDTH;
      this.readSimpleWidths(document, dict);
    }
  }

  /** Splits a shown string into glyphs. */
  decode(bytes: Uint8Array): Glyph[] {
    const glyphs: Glyph[] = [];
    for (let i = 0; i < bytes.length;) {
      const length = this.codeLength(bytes, i);
      let code = 0;
      for (let k = 0; k < length; k++) code = code * 256 + (bytes[i + k] ?? 0);
      i += length;
      const mapped = this.toUnicode?.lookup(code);
      const text =
        mapped ?? (this.isComposite ? '' : (this.differences.get(code) ?? this.encoding(code)));
      glyphs.push({
        text: text.replace(/\0/g, ''),
        width: this.widths.get(code) ?? this.defaultWidth,
        isSpaceCode: length === 1 && code === 32,
        isUnmapped: mapped === undefined && this.isComposite,
      });
    }
    return glyphs;
  }

  private codeLength(bytes: Uint8Array, at: number): number {
    if (this.fixedCodeLength !== undefined) return this.fixedCodeLength;
    const ranges = this.toUnicode?.codespace ?? [];
    if (ranges.length > 0) {
      for (let length = 1; length <= 4; length++) {
        const code = toCode(bytes.subarray(at, at + length));
        if (
          ranges.some((range) => range.length === length && code >= range.low && code <= range.high)
        )
          return length;
      }
    }
    return this.isComposite ? 2 : 1;
  }

  private readDifferences(document: PdfDocument, value: PdfValue | undefined): void {
    const differences = document.resolve(value);
    if (!Array.isArray(differences)) return;
    let code = 0;
    for (const item of differences) {
      if (typeof item === 'number') code = item;
      else if (item instanceof PdfName) this.differences.set(code++, glyphNameToText(item.name));
    }
  }

  private readSimpleWidths(document: PdfDocument, dict: PdfDict): void {
    const first = document.resolve(dict.get('FirstChar'));
    const widths = document.resolve(dict.get('Widths'));
    if (typeof first !== 'number' || !Array.isArray(widths)) return;
    widths.forEach((width, i) => {
      const resolved = document.resolve(width);
      if (typeof resolved === 'number') this.widths.set(first + i, resolved * this.widthScale);
    });
  }

  /** /W: `c [w1 w2 …]` or `cFirst cLast w`. */
  private readCompositeWidths(document: PdfDocument, value: PdfValue | undefined): void {
    const list = document.resolve(value);
    if (!Array.isArray(list)) return;
    for (let i = 0; i < list.length && this.widths.size < 65536;) {
      const first = document.resolve(list[i]);
      const next = document.resolve(list[i + 1]);
      if (typeof first !== 'number') break;
      if (Array.isArray(next)) {
        next.forEach((width, k) => {
          const resolved = document.resolve(width);
          if (typeof resolved === 'number') this.widths.set(first + k, resolved * 0.001);
        });
        i += 2;
      } else {
        const width = document.resolve(list[i + 2]);
        if (typeof next === 'number' && typeof width === 'number')
          for (let code = first; code <= next && code - first < 65536; code++)
            this.widths.set(code, width * 0.001);
        i += 3;
      }
    }
  }
}
