import { strToU8, zipSync } from 'fflate';
import { scanMail } from '../../../../../shared/scan/engine';
import type { MailAttachment } from '../../../../../shared/scan/types';
import { makeDocx, makeXlsx } from '../../../../helpers/office-files';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const attach = (name: string, content: Uint8Array, contentType?: string): MailAttachment => ({
  name,
  size: content.length,
  content,
  ...(contentType ? { contentType } : {}),
});
const scan = (...attachments: MailAttachment[]) =>
  scanMail(mailWith({ bodyText: 'Zie bijlage.', attachments }), policy);
const bsnIn = (...attachments: MailAttachment[]) =>
  scan(...attachments).findings.filter((finding) => finding.rule === 'bsn');

describe('attachment text', () => {
  it('finds a BSN in a CSV attachment by its column', () => {
    const [finding] = bsnIn(
      attach('leerlingen.csv', strToU8('Naam;BSN;Groep\nDaan;987825707;5\n')),
    );
    expect(finding?.location).toEqual({ part: 'attachment', name: 'leerlingen.csv' });
    expect(finding?.excerpt).toContain('******707');
  });

  it('finds a BSN in a Word document table', () => {
    expect(
      bsnIn(
        attach(
          'overdracht.docx',
          makeDocx([
            ['Leerling', 'Daan'],
            ['BSN', '864623112'],
          ]),
        ),
      ),
    ).toHaveLength(1);
  });

  it('reads a Word table row by row, so a column keeps its header', () => {
    const table = (header: string) =>
      makeDocx([
        [header, 'Naam', 'Geldig tot'],
        ['437533463', 'Mila Geurts', '31-07-2026'],
        ['388397676', 'Noah Vranken', '31-07-2026'],
      ]);
    expect(bsnIn(attach('bieb.docx', table('Pasnummer')))).toEqual([]);
    expect(bsnIn(attach('bsn.docx', table('BSN')))).toHaveLength(2);
  });

  it('finds a BSN stored as a number in a spreadsheet, even with its leading zero dropped', () => {
    const sheet = makeXlsx([
      ['Naam', 'BSN'],
      ['Daan', 987825707],
      ['Emma', 58802897],
    ]);
    expect(bsnIn(attach('klas.xlsx', sheet)).map((finding) => finding.excerpt)).toEqual([
      'Daan ******707',
      'Emma *****897',
    ]);
  });

  it('reads inline-string cells of a spreadsheet', () => {
    const sheet = zipSync({
      'xl/worksheets/sheet1.xml': strToU8(
        '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>BSN</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>1622.75.869</t></is></c></row></sheetData></worksheet>',
      ),
    });
    expect(bsnIn(attach('export.xlsx', sheet)).map((finding) => finding.excerpt)).toEqual([
      '******869',
    ]);
  });

  it('ignores valid numbers in a spreadsheet column of invoice numbers', () => {
    expect(
      bsnIn(
        attach(
          'facturen.xlsx',
          makeXlsx([
            ['Factuurnummer', 'Bedrag'],
            [987825707, 12.5],
          ]),
        ),
      ),
    ).toEqual([]);
  });

  it('finds a BSN in an attached mail and names the nested file', () => {
    const inner = [
      'Subject: Fwd: gegevens',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Het BSN is 725763863.',
      '--b1',
      'Content-Type: text/csv; name="lijst.csv"',
      'Content-Disposition: attachment; filename="lijst.csv"',
      'Content-Transfer-Encoding: base64',
      '',
      Buffer.from('BSN\n864623112\n').toString('base64'),
      '--b1--',
      '',
    ].join('\r\n');
    const locations = bsnIn(attach('doorgestuurd.eml', strToU8(inner), 'message/rfc822')).map(
      (finding) => finding.location,
    );
    expect(locations).toEqual([
      { part: 'attachment', name: 'doorgestuurd.eml' },
      { part: 'attachment', name: 'doorgestuurd.eml › lijst.csv' },
    ]);
  });

  it('gives a notice, not an exception, for a broken Word file', () => {
    const result = scan(attach('kapot.docx', strToU8('PK\u0003\u0004 this is not really a zip')));
    expect(result.notices).toEqual([
      expect.objectContaining({ code: 'attachment-unreadable', attachment: 'kapot.docx' }),
    ]);
    expect(result.notices[0]?.message.nl).toContain('kon niet gelezen worden');
  });

  it('stops at the read limit and says so', () => {
    const small = testPolicy({ scan: { attachmentReadLimitMB: 0.001 } });
    const text = `${'x'.repeat(2000)} BSN 725763863`;
    const result = scanMail(mailWith({ attachments: [attach('lang.txt', strToU8(text))] }), small);
    expect(result.findings.filter((finding) => finding.rule === 'bsn')).toEqual([]);
    expect(result.notices.map((notice) => notice.code)).toEqual(['attachment-truncated']);
  });

  it('does not unpack a zip part larger than the read limit (zip bomb)', () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(5 * 1024 * 1024) });
    const small = testPolicy({ scan: { attachmentReadLimitMB: 1 } });
    const result = scanMail(mailWith({ attachments: [attach('bom.docx', bomb)] }), small);
    expect(result.notices.map((notice) => notice.code)).toEqual(['attachment-truncated']);
  });

  it('reads only the name of a PDF', () => {
    expect(bsnIn(attach('scan.pdf', strToU8('%PDF-1.7 BSN 725763863')))).toEqual([]);
  });
});

describe('attached mail headers', () => {
  it('decodes RFC 2047 subjects, so a BSN there is found too', () => {
    const subject = `=?utf-8?B?${Buffer.from('Aanmelding BSN 725763863').toString('base64')}?=`;
    const raw = ['Subject: ' + subject, 'Content-Type: text/plain', '', 'zie onderwerp'].join(
      '\r\n',
    );
    expect(bsnIn(attach('fw.eml', strToU8(raw)))).toHaveLength(1);
  });
});
