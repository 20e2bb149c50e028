// Builds the add-in's engine bundle with the real webpack config and runs it where Outlook's
// JavaScript-only runtime would: one file, ES2016 syntax, no Node, no DOM, no TextDecoder/atob.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'acorn';
import { parseConfig } from '../../../shared/policy/parse-config';
import { scanMail } from '../../../shared/scan/engine';
import type { MailInput } from '../../../shared/scan/types';
import { launchChromium } from '../../helpers/chromium';
import { buildEngineBundle, loadEngineBundle } from '../../helpers/engine-bundle';
import { EXAMPLE_CONFIG, testPolicy } from '../../helpers/policy';
import { documentBytes, EXPECTED_DOCUMENTS } from '../../helpers/test-documents';

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
    // A handover sheet naming a pupil of groep 7: since the thirty-fourth session's model the
    // learned model reads it as a pupil-file document too ("overdracht", a name, "groep").
    expect(result.findings.map((finding) => finding.rule)).toEqual(['bsn', 'pupil-file', 'bcc']);
  });

  it('decides a mail with a PDF the same in the bare context, in Chromium and in Node', async () => {
    // A generous clock: the vm context is slow, and this compares what is read, not how fast.
    const slowRuntimes = { scan: { mailReadBudget: { megabytes: 20, parts: 2000, seconds: 60 } } };
    const parsed = parseConfig({ ...EXAMPLE_CONFIG, ...slowRuntimes });
    if (!parsed.ok) throw new Error('example config invalid');
    const config = JSON.parse(JSON.stringify(parsed.config)) as unknown;
    // The 200-page register is left to the Node tests: a vm context makes every global look-up slow.
    const pdfs = EXPECTED_DOCUMENTS.filter(
      (doc) => doc.kind === 'pdf' && doc.file !== 'pdf-writer-200-pages.pdf',
    );
    const mailWithPdf = (file: string): MailInput => {
      const content = documentBytes(file);
      return {
        to: [{ address: 'collega@kindante.nl' }],
        cc: [],
        bcc: [],
        subject: 'Zie bijlage',
        bodyText: '',
        attachments: [{ name: 'scan_0412.pdf', size: content.length, content }],
      };
    };
    const outcome = (result: ReturnType<typeof scanMail>) => ({
      verdict: result.verdict,
      rules: result.findings.map((finding) => finding.rule),
      notices: result.notices.map((notice) => notice.code),
    });
    const inNode = pdfs.map((doc) =>
      outcome(scanMail(mailWithPdf(doc.file), testPolicy(slowRuntimes))),
    );
    const engine = loadEngineBundle(source);
    const policy = engine.buildScanPolicy(config);
    const inVm = pdfs.map((doc) => outcome(engine.scanMail(mailWithPdf(doc.file), policy)));
    expect(inVm).toEqual(inNode);
    expect(inNode.filter((result) => result.verdict === 'block').length).toBeGreaterThanOrEqual(10);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: source });
      const mails = pdfs.map((doc) => {
        const mail = mailWithPdf(doc.file);
        return {
          ...mail,
          attachments: mail.attachments.map((a) => ({
            ...a,
            content: Array.from(a.content ?? []),
          })),
        };
      });
      const inBrowser = await page.evaluate(
        ({ mails: all, config: settings }) => {
          const bundled = (window as unknown as { PrivacywachtEngine: typeof engine })
            .PrivacywachtEngine;
          const browserPolicy = bundled.buildScanPolicy(settings);
          return all.map((mail) => {
            const result = bundled.scanMail(
              {
                ...mail,
                attachments: mail.attachments.map((a) => ({
                  ...a,
                  content: Uint8Array.from(a.content),
                })),
              },
              browserPolicy,
            );
            return {
              verdict: result.verdict,
              rules: result.findings.map((finding) => finding.rule),
              notices: result.notices.map((notice) => notice.code),
            };
          });
        },
        { mails, config },
      );
      expect(inBrowser).toEqual(inNode);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
