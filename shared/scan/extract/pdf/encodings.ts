// Simple fonts without a ToUnicode map spell their codes through a named encoding and
// /Differences of glyph names (ISO 32000-1 Annex D). Enough for Latin text: WinAnsi, MacRoman,
// Standard, and the glyph names of the Latin-1 and Windows-1252 letters and signs.
import { windows1252Char } from '../charset';

/** Mac OS Roman 0x80–0xFF. */
const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»… ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';

type Encoding = (code: number) => string;

const winAnsi: Encoding = (code) => (code < 32 ? '' : windows1252Char(code));
const macRoman: Encoding = (code) =>
  code < 32 ? '' : code < 128 ? String.fromCharCode(code) : (MAC_ROMAN_HIGH[code - 128] ?? '');
const standard: Encoding = (code) => {
  if (code === 0x27) return '\u2019';
  if (code === 0x60) return '\u2018';
  return code >= 32 && code < 127 ? String.fromCharCode(code) : '';
};

export function namedEncoding(name: string | undefined): Encoding {
  if (name === 'MacRomanEncoding') return macRoman;
  if (name === 'StandardEncoding') return standard;
  return winAnsi;
}

const ACCENTS: Record<string, string> = {
  grave: '\u0300',
  acute: '\u0301',
  circumflex: '\u0302',
  tilde: '\u0303',
  dieresis: '\u0308',
  ring: '\u030a',
  cedilla: '\u0327',
  caron: '\u030c',
};

const SIGNS: Record<string, string> = {
  space: ' ',
  exclam: '!',
  quotedbl: '"',
  numbersign: '#',
  dollar: '$',
  percent: '%',
  ampersand: '&',
  quotesingle: "'",
  parenleft: '(',
  parenright: ')',
  asterisk: '*',
  plus: '+',
  comma: ',',
  hyphen: '-',
  period: '.',
  slash: '/',
  colon: ':',
  semicolon: ';',
  less: '<',
  equal: '=',
  greater: '>',
  question: '?',
  at: '@',
  bracketleft: '[',
  backslash: '\\',
  bracketright: ']',
  asciicircum: '^',
  underscore: '_',
  grave: '`',
  braceleft: '{',
  bar: '|',
  braceright: '}',
  asciitilde: '~',
  quoteleft: '\u2018',
  quoteright: '\u2019',
  quotedblleft: '\u201c',
  quotedblright: '\u201d',
  quotesinglbase: '\u201a',
  quotedblbase: '\u201e',
  endash: '\u2013',
  emdash: '\u2014',
  bullet: '\u2022',
  ellipsis: '\u2026',
  Euro: '\u20ac',
  section: '§',
  degree: '°',
  copyright: '©',
  registered: '®',
  trademark: '\u2122',
  germandbls: 'ß',
  AE: 'Æ',
  ae: 'æ',
  OE: 'Œ',
  oe: 'œ',
  Oslash: 'Ø',
  oslash: 'ø',
  fi: 'fi',
  fl: 'fl',
  ff: 'ff',
  ffi: 'ffi',
  ffl: 'ffl',
  nbspace: ' ',
  sterling: '£',
  cent: '¢',
  yen: '¥',
  multiply: '×',
  divide: '÷',
  plusminus: '±',
  guillemotleft: '«',
  guillemotright: '»',
  periodcentered: '·',
  dotlessi: 'ı',
  mu: 'µ',
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** A glyph name's text: "a" → "a", "eacute" → "é", "uni00EB" → "ë", "quoteright" → "’". */
export function glyphNameToText(name: string): string {
  if (name.length === 1) return name;
  const sign = SIGNS[name];
  if (sign !== undefined) return sign;
  const hex = name.startsWith('uni') ? name.slice(3, 7) : name.startsWith('u') ? name.slice(1) : '';
  if (hex && /^[0-9A-F]{4,6}$/i.test(hex)) return String.fromCodePoint(parseInt(hex, 16));
  const base = name.charAt(0);
  const accent = ACCENTS[name.slice(1)];
  if (accent && /^[a-z]$/i.test(base)) return (base + accent).normalize('NFC');
  return '';
}
