// The Smart Alert's Markdown (errorMessageMarkdown, Mailbox 1.15) must say exactly what the plain
// errorMessage says: rendered by a CommonMark renderer, masked numbers, file names with underscores,
// "#", "[", backticks and entities from mail content stay the same characters.
import { HtmlRenderer, Parser } from 'commonmark';
import { noticeMessage } from '../../../../shared/i18n/finding-messages';
import { smartAlertText } from '../../../../shared/i18n/smart-alert-text';
import type { Finding, Notice, ScanResult } from '../../../../shared/scan/types';

/** The words a reader sees: rendered, tags dropped, entities decoded, white space collapsed. */
function renderedWords(markdown: string): string {
  const html = new HtmlRenderer().render(new Parser().parse(markdown));
  return html
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const bsn = (excerpt: string): Finding => ({
  rule: 'bsn',
  severity: 'critical',
  message: { nl: '', en: '' },
  location: { part: 'body' },
  excerpt,
  explanation: 'test',
  policySection: 'Bijlage 7',
});
const notice = (name: string): Notice => ({
  code: 'attachment-not-read',
  attachment: name,
  message: noticeMessage('attachment-not-read', name),
});
const result = (findings: Finding[], notices: Notice[]): ScanResult => ({
  verdict: findings.length > 0 ? 'block' : 'allow',
  findings,
  notices,
  isMarkedEncrypted: false,
});

describe('Smart Alert text in Markdown', () => {
  it.each([
    ['a masked BSN', result([bsn('BSN: *****6782')], [])],
    ['two masked numbers', result([bsn('BSN: ******782 en *****6782')], [])],
    ['underscores in a file name', result([], [notice('leerling_dossier_groep_6.xlsx')])],
    ['a heading sign and brackets', result([], [notice('# [lijst](https://x.nl) `code`.pdf')])],
    ['entities and tags', result([], [notice('a&amp;b <b>vet</b> &#42;.docx')])],
    ['a list marker at the start', result([], [notice('- 1. *x*.txt'), notice('2) y.txt')])],
    ['findings and notices together', result([bsn('*****6782')], [notice('__init__.py')])],
  ])('renders %s to the same words as the plain text', (_, scanned) => {
    for (const language of ['nl', 'en'] as const) {
      const text = smartAlertText(scanned, language);
      expect(renderedWords(text.markdown)).toBe(text.plain.replace(/\s+/g, ' '));
      expect(text.markdown.length).toBeLessThanOrEqual(500);
    }
  });

  it('stays within 500 characters in Markdown when escapes lengthen a long text', () => {
    const names = Array.from({ length: 30 }, (_, i) => notice(`*_*_${i}_*_*.xlsx`.repeat(3)));
    const text = smartAlertText(result([bsn('*****6782')], names), 'nl');
    expect(text.plain.length).toBeLessThanOrEqual(500);
    expect(text.markdown.length).toBeLessThanOrEqual(500);
    expect(text.markdown).not.toMatch(/(^|[^\\])\\$/);
  });
});
