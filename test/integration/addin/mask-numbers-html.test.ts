// "Nummers onherkenbaar maken" through the DOM, in real Chromium: the fix bundled for the browser
// once, run with DOMParser on bodies as Outlook and Word write them. Only digits change; markup,
// styles, entities and numbers that are not citizen numbers stay.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bundleForBrowser } from '../../helpers/browser-bundle';
import { launchChromium } from '../../helpers/chromium';
import type { MaskPage } from './mask-numbers-html.page';

/** New Outlook and Outlook on the web: a whole document, paragraphs as div.elementToProof. */
const OUTLOOK_BODY = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Beste Marieke,</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Het BSN van Daan is <b>1234.56.782</b>&nbsp;en van zijn zus&nbsp;<span style="color: rgb(192, 0, 0);">725</span>&nbsp;763&nbsp;863.</div>
<div id="Signature"><p>Met vriendelijke groet,<br>Anouk van der Berg</p></div>
</body>
</html>`;

/** Classic Outlook on Windows (Word as editor): MsoNormal, <o:p>, unquoted attributes, CRLF wraps. */
const WORD_BODY = [
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
  '<head>',
  '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
  '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
  '<style><!--',
  '/* Font Definitions */',
  '@font-face',
  '\t{font-family:"Cambria Math";',
  '\tpanose-1:2 4 5 3 5 4 6 3 2 4;}',
  'p.MsoNormal, li.MsoNormal, div.MsoNormal',
  '\t{margin:0cm;',
  '\tfont-size:11.0pt;',
  '\tfont-family:"Calibri",sans-serif;}',
  '--></style><!--[if gte mso 9]><xml>',
  '<o:shapedefaults v:ext="edit" spidmax="1026" />',
  '</xml><![endif]-->',
  '</head>',
  '<body lang=NL link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>',
  '<div class=WordSection1>',
  '<p class=MsoNormal>Beste collega,<o:p></o:p></p>',
  '<p class=MsoNormal><o:p>&nbsp;</o:p></p>',
  "<p class=MsoNormal>Hierbij de gegevens van Daan, BSN <span style='color:#C00000'>123</span>&nbsp;<span",
  "style='color:#C00000'>456&nbsp;782</span>.<o:p></o:p></p>",
  '<p class=MsoNormal>BSN van Sem: 111',
  '222 333<o:p></o:p></p>',
  '<p class=MsoNormal><o:p>&nbsp;</o:p></p>',
  "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>",
  ' <tr>',
  "  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>",
  '  <p class=MsoNormal><b>Naam<o:p></o:p></b></p>',
  '  </td>',
  "  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>",
  '  <p class=MsoNormal><b>BSN<o:p></o:p></b></p>',
  '  </td>',
  ' </tr>',
  ' <tr>',
  "  <td width=302 valign=top style='width:226.55pt;border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt 0cm 5.4pt'>",
  '  <p class=MsoNormal>Sara<o:p></o:p></p>',
  '  </td>',
  "  <td width=302 valign=top style='width:226.55pt;border-top:none;border-left:none;padding:0cm 5.4pt 0cm 5.4pt'>",
  "  <p class=MsoNormal><span lang=EN-US style='mso-ansi-language:EN-US'>7257.63.863</span><o:p></o:p></p>",
  '  </td>',
  ' </tr>',
  '</table>',
  '<p class=MsoNormal>Factuurnummer 192285142, bel me op 06-12345678.<o:p></o:p></p>',
  '<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p>',
  '</div>',
  '</body>',
  '</html>',
].join('\r\n');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  const outDir = mkdtempSync(path.join(tmpdir(), 'privacywacht-mask-'));
  await buildPage(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ content: readFileSync(path.join(outDir, 'mask-page.js'), 'utf8') });
}, 120_000);

afterAll(() => browser?.close());

type PageWindow = { maskPage: MaskPage };

const mask = (html: string) =>
  page.evaluate((value) => (window as unknown as PageWindow).maskPage.mask(value), html);
const markup = (html: string) =>
  page.evaluate((value) => (window as unknown as PageWindow).maskPage.markup(value), html);
const visibleText = (html: string) =>
  page
    .evaluate((value) => (window as unknown as PageWindow).maskPage.visibleText(value), html)
    .then((text) => text.replace(/\u00a0/g, ' '));

describe('masking numbers in an HTML body, in Chromium', () => {
  it.each([
    [
      'a number split across tags',
      '<p>BSN <span>123</span> 456 782</p>',
      '<p>BSN <span>***</span> *** 782</p>',
    ],
    [
      '&nbsp; and numeric entities between the groups',
      '<p>BSN:&#160;123&nbsp;456&#x20;782 &amp; &eacute;&eacute;n &lt;kind&gt;</p>',
      '<p>BSN:&nbsp;***&nbsp;*** 782 &amp; één &lt;kind&gt;</p>',
    ],
    [
      'a soft hyphen, zero-width space and thin space inside the number',
      '<p>BSN 1234&shy;56&#8203;782 en 725&thinsp;763&thinsp;863</p>',
      '<p>BSN ****\u00ad**\u200b782 en ***\u2009***\u2009863</p>',
    ],
    [
      'formatting around and inside the number',
      '<p><b>BSN</b>: <span style="color:red"><i>1234</i>.56.<u>782</u></span></p>',
      '<p><b>BSN</b>: <span style="color:red"><i>****</i>.**.<u>782</u></span></p>',
    ],
    [
      'numbers in table cells, not joined across cells',
      '<table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Daan</td><td>123456782</td></tr>' +
        '<tr><td>Sara</td><td><span>7257</span>.63.863</td></tr><tr><td>123</td><td>456 782</td></tr></table>',
      '<table><tbody><tr><th>Naam</th><th>BSN</th></tr><tr><td>Daan</td><td>******782</td></tr>' +
        '<tr><td>Sara</td><td><span>****</span>.**.863</td></tr><tr><td>123</td><td>456 782</td></tr></tbody></table>',
    ],
    [
      'the link text but not the link',
      '<p><a href="https://x.nl/?bsn=123456782" title="123456782">123456782</a></p>',
      '<p><a href="https://x.nl/?bsn=123456782" title="123456782">******782</a></p>',
    ],
  ])('masks %s', async (_name, html, expected) => {
    await expect(mask(html)).resolves.toBe(expected);
  });

  it.each([
    ['an invoice number', '<p>Factuurnummer: <b>192285142</b></p>'],
    ['a number failing the eleven-test', '<p>BSN 123456789</p>'],
    ['a phone number', '<p>Bel 06-12345678 of +31 6 12345678</p>'],
    ['an IBAN', '<p>IBAN NL91&nbsp;ABNA&nbsp;0417&nbsp;1643&nbsp;00</p>'],
    ['digits in separate paragraphs', '<div>BSN 123</div><div>456782</div>'],
    ['digits in separate cells', '<table><tr><td>123</td><td>456782</td></tr></table>'],
    ['a BSN only in an attribute', '<a href="https://x.nl/?bsn=123456782">dossier</a>'],
  ])('leaves the body untouched for %s', async (_name, html) => {
    await expect(mask(html)).resolves.toBe(html);
  });

  it('masks a body from new Outlook and keeps its divs, styles and &nbsp;', async () => {
    const masked = await mask(OUTLOOK_BODY);
    expect(masked).toContain('<b>****.**.782</b>&nbsp;en van zijn zus&nbsp;');
    expect(masked).toContain('<span style="color: rgb(192, 0, 0);">***</span>&nbsp;***&nbsp;863.');
    expect(masked).toContain('<style type="text/css" style="display:none;"> P {margin-top:0;');
    await expect(markup(masked)).resolves.toEqual(await markup(OUTLOOK_BODY));
    const text = await visibleText(masked);
    expect(text).toContain('Het BSN van Daan is ****.**.782 en van zijn zus *** *** 863.');
    expect(text).toContain('Met vriendelijke groet,');
  });

  it('masks a body from Word (classic Outlook) and keeps MsoNormal, <o:p>, spans and the table', async () => {
    const masked = await mask(WORD_BODY);
    expect(masked).toContain(
      '<span style="color:#C00000">***</span>&nbsp;<span style="color:#C00000">***&nbsp;782</span>',
    );
    expect(masked).toContain('<o:p>&nbsp;</o:p>');
    expect(masked).toContain('xmlns:o="urn:schemas-microsoft-com:office:office"');
    expect(masked).toContain('<!--[if gte mso 9]><xml>');
    expect(masked).toContain('p.MsoNormal, li.MsoNormal, div.MsoNormal');
    await expect(markup(masked)).resolves.toEqual(await markup(WORD_BODY));
    const text = await visibleText(masked);
    expect(text).toContain('BSN *** *** 782.');
    expect(text).toContain('BSN van Sem: *** *** 333');
    expect(text).toContain('****.**.863');
    expect(text).toContain('Factuurnummer 192285142, bel me op 06-12345678.');
    expect(text).not.toMatch(/123.?456.?782|111.?222|7257/);
  });

  it('the task-pane fix masks subject and body of the draft, which then scans clean', async () => {
    const draft = await page.evaluate(
      (body) =>
        (window as unknown as PageWindow).maskPage.applyToDraft({ subject: 'BSN 725763863', body }),
      WORD_BODY,
    );
    expect(draft.subject).toBe('BSN ******863');
    expect(draft.body).toContain('<span style="color:#C00000">***</span>');
    expect(draft.rules).not.toContain('bsn');
  });
});

/** Bundles mask-numbers-html.page.ts for the browser: the same code the task pane bundle holds. */
function buildPage(outDir: string): Promise<void> {
  return bundleForBrowser(
    { 'mask-page': path.join(__dirname, 'mask-numbers-html.page.ts') },
    outDir,
  );
}
