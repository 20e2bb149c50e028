// Runs a page's content stream far enough to know where each piece of text is drawn: the text
// operators (BT…ET, Tf, Td, TD, Tm, T*, Tj, TJ, ', "), the graphics state (q, Q, cm) and form
// XObjects. Pictures are only noted, so a page that is all picture can be called a scan.
import type { PdfDocument } from './document';
import { PdfFont } from './fonts';
import {
  nameOf,
  PdfKeyword,
  PdfName,
  PdfParser,
  PdfRef,
  PdfStream,
  type PdfDict,
  type PdfValue,
} from './objects';
import type { TextRun } from './layout';

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const MAX_FORM_DEPTH = 8;
const MAX_OPERANDS = 4096;
/** A TJ adjustment (thousandths of an em) this large is a gap between words, not kerning. */
const KERNING_LIMIT = 150;

export interface PageContent {
  runs: TextRun[];
  hasImage: boolean;
  /** Glyphs whose text the font does not give (no ToUnicode on a CID font). */
  unmappedGlyphs: number;
  glyphs: number;
}

interface TextState {
  font: PdfFont | undefined;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  horizontalScale: number;
  leading: number;
  rise: number;
}

interface GraphicsState {
  ctm: Matrix;
  text: TextState;
}

/** Fonts already read, by their reference: pages of one document share their fonts and CMaps. */
export type FontCache = Map<number | PdfValue, PdfFont | undefined>;

export function readPageContent(
  document: PdfDocument,
  page: PdfDict,
  byteLimit: number,
  fonts: FontCache,
): PageContent {
  const content: PageContent = { runs: [], hasImage: false, unmappedGlyphs: 0, glyphs: 0 };
  const reader = new ContentReader(document, content, byteLimit, fonts);
  const streams = document.resolve(page.get('Contents'));
  const parts = Array.isArray(streams) ? streams.map((part) => document.resolve(part)) : [streams];
  const bytes = joinStreams(
    document,
    parts.filter((part): part is PdfStream => part instanceof PdfStream),
    byteLimit,
  );
  reader.run(bytes, document.resolveDict(page.get('Resources')), IDENTITY, 0);
  return content;
}

function joinStreams(document: PdfDocument, streams: PdfStream[], limit: number): Uint8Array {
  const decoded = streams.map((stream) => document.streamBytes(stream, limit).bytes);
  const out = new Uint8Array(decoded.reduce((sum, part) => sum + part.length + 1, 0));
  let offset = 0;
  for (const part of decoded) {
    out.set(part, offset);
    out[offset + part.length] = 10; // a content stream may be split mid-line, never mid-token
    offset += part.length + 1;
  }
  return out;
}

class ContentReader {
  constructor(
    private readonly document: PdfDocument,
    private readonly content: PageContent,
    private readonly byteLimit: number,
    private readonly fonts: FontCache,
  ) {}

  run(bytes: Uint8Array, resources: PdfDict | undefined, startMatrix: Matrix, depth: number): void {
    const parser = new PdfParser(bytes);
    const stack: GraphicsState[] = [];
    let state: GraphicsState = {
      ctm: startMatrix,
      text: {
        font: undefined,
        fontSize: 0,
        charSpacing: 0,
        wordSpacing: 0,
        horizontalScale: 1,
        leading: 0,
        rise: 0,
      },
    };
    let textMatrix: Matrix = IDENTITY;
    let lineMatrix: Matrix = IDENTITY;
    const operands: PdfValue[] = [];
    const moveLine = (tx: number, ty: number) => {
      lineMatrix = multiply([1, 0, 0, 1, tx, ty], lineMatrix);
      textMatrix = lineMatrix;
    };
    const show = (value: PdfValue | undefined) => {
      if (value instanceof Uint8Array) textMatrix = this.showText([value], state, textMatrix);
      else if (Array.isArray(value)) textMatrix = this.showText(value, state, textMatrix);
    };
    while (!parser.isAtEnd()) {
      let token: PdfValue | PdfKeyword;
      try {
        token = parser.readValue();
      } catch {
        return; // the rest of a damaged stream is lost, what came before stays
      }
      if (!(token instanceof PdfKeyword)) {
        if (operands.length < MAX_OPERANDS) operands.push(token);
        continue;
      }
      const n = (i: number) => {
        const value = operands[operands.length - i];
        return typeof value === 'number' ? value : 0;
      };
      switch (token.word) {
        case 'q':
          stack.push({ ctm: state.ctm, text: { ...state.text } });
          break;
        case 'Q':
          state = stack.pop() ?? state;
          break;
        case 'cm':
          state.ctm = multiply([n(6), n(5), n(4), n(3), n(2), n(1)], state.ctm);
          break;
        case 'BT':
          textMatrix = IDENTITY;
          lineMatrix = IDENTITY;
          break;
        case 'Tf':
          state.text.font = this.font(resources, operands[operands.length - 2]);
          state.text.fontSize = n(1);
          break;
        case 'Tc':
          state.text.charSpacing = n(1);
          break;
        case 'Tw':
          state.text.wordSpacing = n(1);
          break;
        case 'Tz':
          state.text.horizontalScale = n(1) / 100;
          break;
        case 'TL':
          state.text.leading = n(1);
          break;
        case 'Ts':
          state.text.rise = n(1);
          break;
        case 'Td':
          moveLine(n(2), n(1));
          break;
        case 'TD':
          state.text.leading = -n(1);
          moveLine(n(2), n(1));
          break;
        case 'Tm':
          lineMatrix = [n(6), n(5), n(4), n(3), n(2), n(1)];
          textMatrix = lineMatrix;
          break;
        case 'T*':
          moveLine(0, -state.text.leading);
          break;
        case 'Tj':
          show(operands[operands.length - 1]);
          break;
        case 'TJ':
          show(operands[operands.length - 1]);
          break;
        case "'":
          moveLine(0, -state.text.leading);
          show(operands[operands.length - 1]);
          break;
        case '"':
          state.text.wordSpacing = n(3);
          state.text.charSpacing = n(2);
          moveLine(0, -state.text.leading);
          show(operands[operands.length - 1]);
          break;
        case 'Do':
          this.drawXObject(resources, operands[operands.length - 1], state.ctm, depth);
          break;
        case 'BI':
          this.content.hasImage = true;
          skipInlineImage(parser);
          break;
      }
      operands.length = 0;
    }
  }

  /**
   * Shows the strings of a Tj or TJ. Kerning inside a TJ stays inside one run; an adjustment as
   * wide as a word gap starts a new run, so the layout sees the gap.
   */
  private showText(items: readonly PdfValue[], state: GraphicsState, start: Matrix): Matrix {
    const { font, fontSize, charSpacing, wordSpacing, horizontalScale, rise } = state.text;
    if (!font) return start;
    const glyphSpace: Matrix = [fontSize * horizontalScale, 0, 0, fontSize, 0, rise];
    // Every glyph and adjustment moves the text matrix along its x axis only: advances add up.
    let runStart = 0;
    let advance = 0;
    let text = '';
    const flush = () => {
      if (text !== '') {
        const origin = multiply(multiply(glyphSpace, translate(runStart, start)), state.ctm);
        const end = multiply(multiply(glyphSpace, translate(advance, start)), state.ctm);
        const size = Math.hypot(origin[2], origin[3]) || Math.abs(fontSize) || 1;
        this.content.runs.push({ x: origin[4], y: origin[5], endX: end[4], size, text });
      }
      text = '';
      runStart = advance;
    };
    for (const item of items) {
      if (typeof item === 'number') {
        const shift = (-item / 1000) * fontSize * horizontalScale;
        if (Math.abs(item) >= KERNING_LIMIT) flush();
        advance += shift;
        if (text === '') runStart = advance;
        continue;
      }
      if (!(item instanceof Uint8Array)) continue;
      for (const glyph of font.decode(item)) {
        this.content.glyphs++;
        if (glyph.isUnmapped) this.content.unmappedGlyphs++;
        text += glyph.text;
        advance +=
          (glyph.width * fontSize + charSpacing + (glyph.isSpaceCode ? wordSpacing : 0)) *
          horizontalScale;
      }
    }
    flush();
    return translate(advance, start);
  }

  private font(
    resources: PdfDict | undefined,
    nameValue: PdfValue | undefined,
  ): PdfFont | undefined {
    const name = nameOf(nameValue);
    const fonts = resources ? this.document.resolveDict(resources.get('Font')) : undefined;
    const reference = name && fonts ? fonts.get(name) : undefined;
    if (reference === undefined) return undefined;
    // Each page's resources hold their own PdfRef objects: key indirect fonts by object number.
    const key = reference instanceof PdfRef ? reference.num : reference;
    if (this.fonts.has(key)) return this.fonts.get(key);
    const dict = this.document.resolveDict(reference);
    const font = dict ? new PdfFont(this.document, dict) : undefined;
    this.fonts.set(key, font);
    return font;
  }

  private drawXObject(
    resources: PdfDict | undefined,
    nameValue: PdfValue | undefined,
    ctm: Matrix,
    depth: number,
  ): void {
    const name = nameValue instanceof PdfName ? nameValue.name : undefined;
    const objects = resources ? this.document.resolveDict(resources.get('XObject')) : undefined;
    const object = name && objects ? this.document.resolve(objects.get(name)) : undefined;
    if (!(object instanceof PdfStream)) return;
    const subtype = nameOf(object.dict.get('Subtype'));
    if (subtype === 'Image') {
      this.content.hasImage = true;
      return;
    }
    if (subtype !== 'Form' || depth >= MAX_FORM_DEPTH) return;
    const matrixValue = this.document.resolve(object.dict.get('Matrix'));
    const formMatrix: Matrix =
      Array.isArray(matrixValue) &&
      matrixValue.length === 6 &&
      matrixValue.every((v) => typeof v === 'number')
        ? (matrixValue as Matrix)
        : IDENTITY;
    const formResources = this.document.resolveDict(object.dict.get('Resources'));
    const bytes = this.document.streamBytes(object, this.byteLimit).bytes;
    this.run(bytes, formResources ?? resources, multiply(formMatrix, ctm), depth + 1);
  }
}

/** After BI: the image's dictionary, ID, its raw data, then EI (ISO 32000-1 §8.9.7). */
function skipInlineImage(parser: PdfParser): void {
  const bytes = parser.bytes;
  for (let i = parser.position; i + 1 < bytes.length; i++) {
    if (
      bytes[i] === 73 &&
      bytes[i + 1] === 68 &&
      isBoundary(bytes[i - 1]) &&
      isBoundary(bytes[i + 2])
    ) {
      for (let k = i + 3; k + 1 < bytes.length; k++) {
        if (
          bytes[k] === 69 &&
          bytes[k + 1] === 73 &&
          isBoundary(bytes[k - 1]) &&
          isBoundary(bytes[k + 2])
        ) {
          parser.position = k + 2;
          return;
        }
      }
      break;
    }
  }
  parser.position = bytes.length;
}

function isBoundary(byte: number | undefined): boolean {
  return (
    byte === undefined || byte === 32 || byte === 10 || byte === 13 || byte === 9 || byte === 0
  );
}

/** `start` moved `tx` along its own x axis. */
function translate(tx: number, start: Matrix): Matrix {
  return [
    start[0],
    start[1],
    start[2],
    start[3],
    start[4] + tx * start[0],
    start[5] + tx * start[1],
  ];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
