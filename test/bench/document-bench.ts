// Benchmark of document reading (npm run bench). Goals (issue #12): a 10 MB PDF of 200 pages read
// at ≥ 10 MB/s; a mail with 200 small docx files that each unpack to 9 MB decided by
// `privacywacht scan`, as a whole process, in < 2 s and < 300 MB RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync, zlibSync } from 'fflate';
import { readPdf } from '../../shared/scan/extract/pdf/read-pdf';
import { ReadBudget } from '../../shared/scan/extract/read-budget';
import { compiledRunEnv } from '../helpers/node-build';

const PAGES = 200;
/** Per page: a scanned-logo-sized picture, which the reader must skip, not decode. */
const PICTURE_BYTES = 48 * 1024;

/** A 200-page PDF of about 10 MB: a page of pupil-register text and a picture on every page. */
function largePdf(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const write = (part: Uint8Array | string) => {
    const bytes = typeof part === 'string' ? strToU8(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (num: number, body: string, stream?: Uint8Array) => {
    offsets[num] = length;
    write(`${num} 0 obj\n${body}\n`);
    if (stream) {
      write('stream\n');
      write(stream);
      write('\nendstream\n');
    }
    write('endobj\n');
  };
  write('%PDF-1.7\n');
  const kids: string[] = [];
  let seed = 7;
  const picture = Uint8Array.from(
    { length: PICTURE_BYTES },
    () => (seed = (seed * 1103515245 + 12345) & 0xff),
  );
  object(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  object(
    4,
    `<< /Type /XObject /Subtype /Image /Width 256 /Height 192 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${PICTURE_BYTES} >>`,
    picture,
  );
  for (let page = 0; page < PAGES; page++) {
    const lines = Array.from(
      { length: 40 },
      (_, line) =>
        `(Leerling ${page * 40 + line}: Daan Bakker, groep 5a, notitie: verlengde instructie bij rekenen.) Tj 0 -14 Td`,
    );
    const content = zlibSync(
      strToU8(`q 120 0 0 90 400 700 cm /Im1 Do Q BT /F1 10 Tf 50 780 Td ${lines.join(' ')} ET`),
    );
    const pictureCopy = picture.map((byte) => byte ^ page);
    const base = 10 + page * 3;
    object(
      base,
      `<< /Type /XObject /Subtype /Image /Width 256 /Height 192 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${PICTURE_BYTES} >>`,
      pictureCopy,
    );
    object(base + 1, `<< /Filter /FlateDecode /Length ${content.length} >>`, content);
    object(
      base + 2,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 ${base} 0 R >> >> /Contents ${base + 1} 0 R >>`,
    );
    kids.push(`${base + 2} 0 R`);
  }
  object(2, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${PAGES} >>`);
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  const size = 10 + PAGES * 3;
  const xrefAt = length;
  const entries = Array.from({ length: size }, (_, num) =>
    offsets[num] === undefined
      ? '0000000000 65535 f \n'
      : `${String(offsets[num]).padStart(10, '0')} 00000 n \n`,
  );
  write(
    `xref\n0 ${size}\n${entries.join('')}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`,
  );
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function bombMailEml(): string {
  const paragraph =
    '<w:p><w:r><w:t>Notulen van het teamoverleg zonder bijzonderheden.</w:t></w:r></w:p>';
  const docx = zipSync(
    {
      'word/document.xml': strToU8(
        `<w:document><w:body>${paragraph.repeat(Math.round((9 * 1024 * 1024) / paragraph.length))}</w:body></w:document>`,
      ),
    },
    { level: 9 },
  );
  const base64 = Buffer.from(docx).toString('base64').replace(/.{76}/g, '$&\r\n');
  const parts = Array.from(
    { length: 200 },
    (_, i) =>
      `--grens\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="notulen-${i}.docx"\r\nContent-Disposition: attachment; filename="notulen-${i}.docx"\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64}\r\n`,
  );
  return `From: juf@kindante.nl\r\nTo: team@kindante.nl\r\nSubject: Notulen\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="grens"\r\n\r\n--grens\r\nContent-Type: text/plain\r\n\r\nZie bijlagen.\r\n${parts.join('')}--grens--\r\n`;
}

/** @param install A built installation (buildNodeInstall): the bomb is scanned as an admin runs it. */
export function runDocumentBench(install: string): void {
  const pdf = largePdf();
  const megabytes = pdf.length / (1024 * 1024);
  const times: number[] = [];
  let pages = 0;
  for (let run = 0; run < 5; run++) {
    const start = process.hrtime.bigint();
    const reading = readPdf(
      pdf,
      new ReadBudget({ bytes: 500 * 1024 * 1024, parts: 10_000, milliseconds: 60_000 }),
    );
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!reading.ok) throw new Error(`large PDF not read: ${reading.reason}`);
    pages = reading.text.split('\n\n').length;
  }
  const median = [...times].sort((a, b) => a - b)[2] ?? 0;
  process.stdout.write(
    `${megabytes.toFixed(1)} MB PDF, ${pages} pages    median ${median.toFixed(0)} ms  ${(megabytes / (median / 1000)).toFixed(1)} MB/s (goal ≥ 10)\n`,
  );

  const folder = mkdtempSync(path.join(tmpdir(), 'privacywacht-bomb-'));
  const file = path.join(folder, 'bomb.eml');
  writeFileSync(file, bombMailEml());
  // Python's getrusage gives the child's peak RSS; the CLI runs as a user would start it.
  const measured = spawnSync(
    'python3',
    [
      '-c',
      'import resource,subprocess,sys,time\nt=time.time()\nr=subprocess.run(sys.argv[1:],capture_output=True)\nprint(round((time.time()-t)*1000), resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss//1024, r.returncode)',
      process.execPath,
      path.join(install, 'bin/privacywacht.cjs'),
      'scan',
      '--format',
      'json',
      file,
    ],
    { encoding: 'utf8', env: compiledRunEnv() },
  );
  const [milliseconds, rssMegabytes] = measured.stdout.trim().split(' ');
  process.stdout.write(
    `200-bomb mail, privacywacht scan   ${milliseconds} ms (goal < 2000), peak RSS ${rssMegabytes} MB (goal < 300)\n`,
  );
}
