// A PDF's text, page by page in reading order, or the reason it has none we can read: it needs a
// password, it is a scan (pictures only), or it is damaged. Pure: runs in Outlook's
// JavaScript-only runtime, the task pane and Node alike.
import { BudgetExceeded, type ReadBudget } from '../read-budget';
import { PdfDocument } from './document';
import { layoutPage } from './layout';
import { isDict, nameOf, type PdfDict, type PdfValue } from './objects';
import { readPageContent, type FontCache } from './page-text';

export type PdfReading =
  | {
      ok: true;
      text: string;
      /** The budget ran out after some pages: `text` holds the pages read. */
      isTruncated: boolean;
    }
  | { ok: false; reason: 'password' | 'image-only' | 'damaged' | 'over-budget' };

/** Most glyphs without a known text means the font hides it (a CID font without ToUnicode). */
const UNMAPPED_SHARE = 0.5;
const MAX_PAGES_IN_TREE = 100_000;

export function readPdf(bytes: Uint8Array, budget: ReadBudget): PdfReading {
  try {
    const opened = PdfDocument.open(bytes, (count) => budget.takeBytes(count));
    if (!opened.ok)
      return { ok: false, reason: opened.reason === 'password' ? 'password' : 'damaged' };
    const document = opened.document;
    const pages: string[] = [];
    let hasImage = false;
    let glyphs = 0;
    let unmapped = 0;
    let isTruncated = false;
    const fonts: FontCache = new Map();
    for (const page of pageDicts(document)) {
      if (!budget.takePart()) {
        isTruncated = true;
        break;
      }
      try {
        const content = readPageContent(document, page, budget.bytesAvailable, fonts);
        hasImage ||= content.hasImage;
        glyphs += content.glyphs;
        unmapped += content.unmappedGlyphs;
        pages.push(layoutPage(content.runs));
      } catch (error) {
        if (!(error instanceof BudgetExceeded)) throw error;
        isTruncated = true;
        break;
      }
    }
    const text = pages.join('\n\n');
    if (glyphs > 0 && unmapped / glyphs > UNMAPPED_SHARE) return { ok: false, reason: 'damaged' };
    if (text.trim() === '' && !isTruncated) {
      return { ok: false, reason: hasImage ? 'image-only' : 'damaged' };
    }
    if (text.trim() === '' && isTruncated) return { ok: false, reason: 'over-budget' };
    return { ok: true, text, isTruncated };
  } catch (error) {
    if (error instanceof BudgetExceeded) return { ok: false, reason: 'over-budget' };
    return { ok: false, reason: 'damaged' };
  }
}

/** The page tree's leaves in order, each with its inherited resources. */
function* pageDicts(document: PdfDocument): Generator<PdfDict> {
  const catalog = document.resolveDict(document.catalog() ?? undefined);
  const root = catalog ? document.resolveDict(catalog.get('Pages')) : undefined;
  if (!root) return;
  const seen = new Set<PdfDict>();
  const pending: { node: PdfDict; resources: PdfValue | undefined }[] = [
    { node: root, resources: undefined },
  ];
  while (pending.length > 0 && seen.size < MAX_PAGES_IN_TREE) {
    const { node, resources: inherited } = pending.shift() ?? { node: root, resources: undefined };
    if (seen.has(node)) continue;
    seen.add(node);
    const resources = node.get('Resources') ?? inherited;
    const kids = document.resolve(node.get('Kids'));
    const type = nameOf(node.get('Type'));
    if (type === 'Page' || (!Array.isArray(kids) && type !== 'Pages')) {
      const page = new Map(node);
      if (resources !== undefined) page.set('Resources', resources);
      yield page;
      continue;
    }
    if (!Array.isArray(kids)) continue;
    const children = kids
      .map((kid) => document.resolveDict(kid))
      .filter((kid): kid is PdfDict => isDict(kid))
      .map((kid) => ({ node: kid, resources }));
    pending.unshift(...children);
  }
}
