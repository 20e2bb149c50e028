// Reads the pack's optional board files next to the knowledge: scan.md (the board's scan
// vocabulary), guard-texts.md (the guard's texts in the board's words) and words.md (the board's
// words for the question answerer). A pack without them adds no words and keeps the product's texts.
import { NO_GUARD_TEXTS, type GuardTexts } from '../../i18n/guard-texts';
import { GUARD_TEXTS_FILE, readGuardTextsFile } from './guard-texts-file';
import type { PackError } from './pack-error';
import { NO_SCAN_VOCABULARY, readScanFile, SCAN_FILE, type PackScanVocabulary } from './scan-file';
import { NO_PACK_WORDS, readWordsFile, WORDS_FILE, type PackWords } from './words-file';

export interface BoardFiles {
  scan: PackScanVocabulary;
  guardTexts: GuardTexts;
  words: PackWords;
}

/** Parses scan.md, guard-texts.md and words.md when present; their problems are added to `errors`. */
export function readBoardFiles(
  files: readonly { path: string; text: string }[],
  errors: PackError[],
): BoardFiles {
  const board: BoardFiles = {
    scan: NO_SCAN_VOCABULARY,
    guardTexts: NO_GUARD_TEXTS,
    words: NO_PACK_WORDS,
  };
  const scanFile = files.find((file) => file.path === SCAN_FILE);
  if (scanFile) {
    const read = readScanFile(scanFile.path, scanFile.text);
    if (read.ok) board.scan = read.scan;
    else errors.push(...read.errors);
  }
  const textsFile = files.find((file) => file.path === GUARD_TEXTS_FILE);
  if (textsFile) {
    const read = readGuardTextsFile(textsFile.path, textsFile.text);
    if (read.ok) board.guardTexts = read.guardTexts;
    else errors.push(...read.errors);
  }
  const wordsFile = files.find((file) => file.path === WORDS_FILE);
  if (wordsFile) {
    const read = readWordsFile(wordsFile.path, wordsFile.text);
    if (read.ok) board.words = read.words;
    else errors.push(...read.errors);
  }
  return board;
}
