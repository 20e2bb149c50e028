// One read budget per mail: many small bombs, a zip entry that lies about its size, mails nested
// in mails, too many parts, and time running out — each bounded, each with a notice.
import { strToU8, zipSync } from 'fflate';
import { readAttachment } from '../../../../../shared/scan/extract/attachment-text';
import { parseMimeMessage } from '../../../../../shared/scan/extract/mime';
import { ReadBudget } from '../../../../../shared/scan/extract/read-budget';
import { scanMail } from '../../../../../shared/scan/engine';
import type { MailAttachment } from '../../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../../helpers/policy';
import { documentBytes } from '../../../../helpers/test-documents';

const policy = testPolicy();
const MEBIBYTE = 1024 * 1024;

function docxOf(documentXml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(documentXml) }, { level: 9 });
}

/** A docx whose body unpacks to about `megabytes` of text from a few kilobytes. */
function bombDocx(megabytes: number): Uint8Array {
  const paragraph =
    '<w:p><w:r><w:t>Notulen van het teamoverleg zonder bijzonderheden.</w:t></w:r></w:p>';
  return docxOf(
    `<w:document><w:body>${paragraph.repeat(Math.round((megabytes * MEBIBYTE) / paragraph.length))}</w:body></w:document>`,
  );
}

const attach = (name: string, content: Uint8Array): MailAttachment => ({
  name,
  size: content.length,
  content,
});

function eml(
  subject: string,
  body: string,
  attached?: { name: string; bytes: Uint8Array },
): Uint8Array {
  const boundary = `grens-${subject.toLowerCase()}`;
  const parts = [
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
  ];
  if (attached)
    parts.push(
      `--${boundary}`,
      `Content-Type: message/rfc822; name="${attached.name}"`,
      `Content-Disposition: attachment; filename="${attached.name}"`,
      '',
      String.fromCharCode(...attached.bytes),
    );
  parts.push(`--${boundary}--`, '');
  return strToU8(parts.join('\r\n'), true);
}

describe('one read budget per mail', () => {
  it('200 small docx files that each unpack to 9 MB: the budget stops reading, the rest get a notice', () => {
    const bomb = bombDocx(9);
    const attachments = Array.from({ length: 200 }, (_, i) => attach(`notulen-${i}.docx`, bomb));
    const result = scanMail(mailWith({ attachments }), policy);
    const overBudget = result.notices.filter((notice) => notice.code === 'attachment-over-budget');
    // 20 MB of budget holds two of them; every other file is named in a notice.
    expect(overBudget.length).toBeGreaterThanOrEqual(197);
    expect(overBudget[0]?.message.nl).toContain('niet gecontroleerd');
  });

  it('a zip entry that declares a small size is cut off at that size and reported, not inflated', () => {
    const honest = docxOf(
      `<w:document><w:body>${'<w:p><w:r><w:t>tekst</w:t></w:r></w:p>'.repeat(200_000)}</w:body></w:document>`,
    );
    const lying = honest.slice();
    const view = new DataView(lying.buffer);
    // Patch the declared (uncompressed) size in the local header and the central directory.
    view.setUint32(22, 100, true);
    let central = lying.length - 4;
    while (central > 0 && view.getUint32(central, true) !== 0x02014b50) central--;
    view.setUint32(central + 24, 100, true);
    const reading = readAttachment(
      attach('verslag.docx', lying),
      10 * MEBIBYTE,
      new ReadBudget(policy.mailReadLimits),
    );
    expect(reading.problems).toEqual([{ name: 'verslag.docx', code: 'attachment-truncated' }]);
    expect(reading.texts.map((text) => text.text).join('').length).toBeLessThanOrEqual(100);
  });

  it('a mail inside a mail inside a mail is read two levels deep; deeper is reported', () => {
    const innermost = eml('Derde', 'BSN 123456782', {
      name: 'vierde.eml',
      bytes: eml('Vierde', 'leeg'),
    });
    const nested = eml('Eerste', 'zie bijlage', {
      name: 'tweede.eml',
      bytes: eml('Tweede', 'zie bijlage', { name: 'derde.eml', bytes: innermost }),
    });
    const result = scanMail(mailWith({ attachments: [attach('eerste.eml', nested)] }), policy);
    expect(result.findings.some((finding) => finding.rule === 'bsn')).toBe(true);
    expect(result.notices).toEqual([
      expect.objectContaining({
        code: 'attachment-too-deep',
        attachment: 'eerste.eml › tweede.eml › derde.eml › vierde.eml',
      }),
    ]);
  });

  it('more parts than the budget allows: the remaining attachments are named in notices', () => {
    const small = testPolicy({ scan: { mailReadBudget: { megabytes: 20, parts: 3, seconds: 3 } } });
    const attachments = Array.from({ length: 5 }, (_, i) =>
      attach(`lijst-${i}.csv`, strToU8('Naam;Groep\nDaan;5\n')),
    );
    const result = scanMail(mailWith({ attachments }), small);
    expect(result.notices.map((notice) => notice.attachment)).toEqual([
      'lijst-3.csv',
      'lijst-4.csv',
    ]);
  });

  it('when time is up nothing more is read', () => {
    let now = 0;
    const budget = new ReadBudget({ bytes: MEBIBYTE, parts: 100, milliseconds: 1000 }, () => now);
    expect(budget.takePart()).toBe(true);
    now = 1001;
    expect(budget.takePart()).toBe(false);
    expect(budget.takeBytes(1)).toBe(false);
  });
});

describe('real-world encodings in attached mails', () => {
  it('an RFC 2231 file name split over two parameters decodes to its UTF-8 name', () => {
    const message = parseMimeMessage(documentBytes('eml-encoded-words.eml'));
    expect(message.attachments.map((attachment) => attachment.name)).toContain(
      'leerling dossier ë.pdf',
    );
    expect(message.subject).toContain('Dossier leerling Zoë');
  });

  it('Windows-1252 quoted-printable keeps curly quotes, € and the en dash', () => {
    const message = parseMimeMessage(documentBytes('eml-cp1252-qp.eml'));
    expect(message.text).toContain('“zorgoverleg” op 14 november – ’s ochtends');
  });

  it('ISO-8859-15 reads byte A4 as € and A6 as Š', () => {
    const message = parseMimeMessage(documentBytes('eml-iso-8859-15.eml'));
    expect(message.text).toContain('Šimek');
    expect(message.text).toContain('€');
  });
});
