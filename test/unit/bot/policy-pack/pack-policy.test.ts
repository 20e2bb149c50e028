import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBoardConfig, withPackPolicy } from '../../../../bot/policy-pack/pack-policy';
import { policySectionOf } from '../../../../shared/i18n/finding-messages';
import { useGuardTexts } from '../../../../shared/i18n/guard-texts';
import { smartAlertText } from '../../../../shared/i18n/smart-alert-text';
import { fixDoneText, ruleAdvice, taskpaneText } from '../../../../shared/i18n/taskpane-text';
import type { Config } from '../../../../shared/policy/config-schema';
import { scanMail } from '../../../../shared/scan/engine';
import { buildScanPolicy } from '../../../../shared/scan/scan-policy';
import { RULE_IDS, type MailInput } from '../../../../shared/scan/types';

const ROOT = path.resolve(__dirname, '../../../..');
const DE_LINDE_CONFIG = path.join(
  ROOT,
  'packs/voorbeeld-stichting-de-linde/privacywacht.config.json',
);
const KINDANTE_CONFIG = path.join(ROOT, 'privacywacht.config.json');

/** Whatever names Stichting Kindante: its name, domains, people, numbers, sections and departments. */
const KINDANTE_TRACES =
  /kindante|bsdewissel|toussaint|rooij|golsteyn|046-|bijlage \d|§1[0-2]|domein ICT|datadrive/i;

function boardConfig(file: string): Config {
  const loaded = loadBoardConfig(file);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.config;
}

function mail(bodyText: string, changes: Partial<MailInput> = {}): MailInput {
  return {
    from: { name: 'Sanne Bakker', address: 's.bakker@delinde.example' },
    to: [{ address: 'ouder@gmail.com' }],
    cc: [],
    bcc: [],
    subject: 'Overleg',
    bodyText,
    attachments: [],
    ...changes,
  };
}

afterEach(() => useGuardTexts(undefined));

describe('the configuration with its policy pack', () => {
  it("adds the pack's vocabulary to the configured words, each word once", () => {
    const config = boardConfig(DE_LINDE_CONFIG);
    const merged = withPackPolicy(
      { ...config, scan: { ...config.scan, allowedNumbers: ['8034.56.128'] } },
      {
        scan: {
          citizenNumberLabels: ['zorgnummer'],
          pupilTerms: ['Zorgkaart', 'lindeplan'],
          adultTerms: [],
          allowedNumbers: ['8034.56.128', '1234.56.782'],
        },
        guardTexts: { sections: {}, texts: {} },
      },
    );
    expect(merged.scan.allowedNumbers).toEqual(['8034.56.128', '1234.56.782']);
    expect(merged.scan.rules['pupil-file']?.extraKeywords).toEqual(['zorgkaart', 'lindeplan']);
    expect(merged.scan.rules.bsn?.extraKeywords).toEqual(['zorgnummer']);
  });

  it('fills the contacts of the guard texts from the configuration, not from the pack', () => {
    const texts = boardConfig(DE_LINDE_CONFIG).guardTexts?.texts;
    expect(texts?.['report-intro']?.nl).toMatch(
      /^Ging deze mail .* Bel dan vandaag nog het meldpunt datalekken van De Linde \(010-5550123\) en meld/,
    );
    expect(texts?.['report-intro']?.en).not.toContain('{contact.');
  });

  it('fails with the file and line when the pack is broken, so no build ships half a policy', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-pack-policy-'));
    try {
      cpSync(path.dirname(DE_LINDE_CONFIG), work, { recursive: true });
      writeFileSync(path.join(work, 'scan.md'), '---\npupil-terms: zorgkaart\n---\n');
      const loaded = loadBoardConfig(path.join(work, 'privacywacht.config.json'));
      expect(loaded).toEqual({
        ok: false,
        errors: [`${work}/scan.md:2: pupil-terms: expected a list of words, one "  - …" line each`],
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('the add-in built for the second board (De Linde)', () => {
  const linde = boardConfig(DE_LINDE_CONFIG);
  const kindante = boardConfig(KINDANTE_CONFIG);

  it.each([
    ['a word of its own for pupil information', 'Hierbij de zorgkaart van Daan.', 'warn', 'allow'],
    ['a label of its own for citizen numbers', 'Het zorgnummer is 812345678.', 'block', 'block'],
    ['its own registration number, never a BSN', 'Daan: 803456128', 'allow', 'block'],
  ])('scans with its vocabulary: %s', (_case, body, forLinde, forKindante) => {
    expect(scanMail(mail(body), buildScanPolicy(linde)).verdict).toBe(forLinde);
    expect(scanMail(mail(body), buildScanPolicy(kindante)).verdict).toBe(forKindante);
  });

  it('explains a citizen number by its own label word', () => {
    const [finding] = scanMail(
      mail('Het zorgnummer is 812345678.'),
      buildScanPolicy(linde),
    ).findings;
    expect(finding?.explanation).toMatch(/labelled/);
  });

  it('cites its own sections and speaks its own texts, with nothing of Kindante', () => {
    useGuardTexts(linde.guardTexts);
    const policy = buildScanPolicy(linde);
    const result = scanMail(
      mail('BSN 812345678, de zorgkaart en het verzuimdossier.', {
        to: [1, 2, 3, 4].map((n) => ({ address: `ouder${n}@gmail.com` })),
        cc: [{ address: 'sanne.prive@gmail.com', name: 'Sanne Bakker' }],
        attachments: [{ name: 'groot.pdf', size: 9 * 1024 * 1024 }],
      }),
      policy,
    );
    expect(new Set(result.findings.map((finding) => finding.rule)).size).toBeGreaterThanOrEqual(4);
    expect(result.findings.find((finding) => finding.rule === 'bcc')?.policySection).toBe(
      'Handboek informatiebeveiliging De Linde, H5 Mailen (BCC en ouder-app)',
    );
    const shown = (['nl', 'en'] as const).flatMap((language) => [
      ...result.findings.flatMap((finding) => [finding.message[language], finding.policySection]),
      smartAlertText(result, language).plain,
      ...RULE_IDS.flatMap((rule) => [policySectionOf(rule), ruleAdvice(rule, language) ?? '']),
      fixDoneText('encrypt', language),
      taskpaneText('reportIntro', language),
      taskpaneText('deadlineText', language),
    ]);
    expect(shown.filter((text) => KINDANTE_TRACES.test(text))).toEqual([]);
    expect(fixDoneText('encrypt', 'nl')).toMatch(/label Vertrouwelijk/);
    expect(taskpaneText('reportIntro', 'nl')).toMatch(
      /meldpunt datalekken van De Linde \(010-5550123\)/,
    );
  });

  it('carries everything in the configuration the build inlines, so it works offline', () => {
    const inlined = JSON.parse(JSON.stringify(linde)) as Config;
    expect(inlined.guardTexts).toEqual(linde.guardTexts);
    expect(inlined.scan.rules['pupil-file']?.extraKeywords).toContain('zorgkaart');
    expect(JSON.stringify(inlined)).not.toMatch(KINDANTE_TRACES);
  });
});
