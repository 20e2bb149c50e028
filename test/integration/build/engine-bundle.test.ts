// Builds the add-in's engine bundle with the real webpack config and runs it where Outlook's
// JavaScript-only runtime would: one file, ES2016 syntax, no Node, no DOM, no TextDecoder/atob.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'acorn';
import { parseConfig } from '../../../shared/policy/parse-config';
import { buildEngineBundle, loadEngineBundle } from '../../helpers/engine-bundle';
import { EXAMPLE_CONFIG } from '../../helpers/policy';

const outDir = mkdtempSync(path.join(tmpdir(), 'privacywacht-build-'));

describe('the engine bundle', () => {
  let source: string;

  beforeAll(async () => {
    source = await buildEngineBundle(outDir);
  }, 120_000);

  it('is one self-contained file per entry, with no chunks', () => {
    expect(readdirSync(outDir).sort()).toEqual(['commands.html', 'events.js', 'scan-engine.js']);
    expect(source).not.toMatch(/\bimport\(|require\(/);
  });

  it('uses nothing newer than ES2016 syntax', () => {
    expect(() => parse(source, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it('scans a mail in a bare JavaScript context without Node or DOM globals', () => {
    const engine = loadEngineBundle(source);
    const parsed = parseConfig(EXAMPLE_CONFIG);
    if (!parsed.ok) throw new Error('example config invalid');
    const policy = engine.buildScanPolicy(JSON.parse(JSON.stringify(parsed.config)));
    const docx = readFileSync(path.join(__dirname, '../../fixtures/office/bsn-table.docx'));
    const result = engine.scanMail(
      {
        from: { name: 'Anouk van der Berg', address: 'a.vanderberg@kindante.nl' },
        to: [{ address: 'a@gmail.com' }, { address: 'b@hotmail.com' }, { address: 'c@ziggo.nl' }],
        cc: [],
        bcc: [],
        subject: 'Overdracht',
        bodyText: 'Zie bijlage.',
        attachments: [
          { name: 'overdracht.docx', size: docx.length, content: new Uint8Array(docx) },
        ],
      },
      policy,
    );
    expect(result.verdict).toBe('block');
    expect(result.findings.map((finding) => finding.rule)).toEqual(['bsn', 'bcc']);
  });
});
