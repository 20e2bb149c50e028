// One-off migration (issue 19), kept to show how packs/kindante/ was made: reads the knowledge base
// as TypeScript arrays from a commit before the move, writes it as the kindante policy pack
// (contents.md and knowledge/<id>.md), and records what it answered then — entry fingerprints,
// per-question outcomes and scores — in test/fixtures/policy-pack/kindante-migration.json, which
// test/unit/packs/kindante-migration.test.ts holds the pack to.
//   npx tsx test/eval/migrate-knowledge-to-pack.ts [commit]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAnswerer } from '../../bot/qa/answerer';
import type { KnowledgeEntry } from '../../shared/policy/knowledge/types';
import { formatEntryFile } from '../../shared/policy/pack/format-entry-file';
import { CONTENTS_FILE, KNOWLEDGE_FOLDER } from '../../shared/policy/pack/parse-pack';
import { parseConfig } from '../../shared/policy/parse-config';
import { fingerprintEntries } from '../helpers/knowledge-fingerprint';
import { EXAMPLE_CONFIG } from '../helpers/policy';
import { runQuestionSets } from '../helpers/qa-question-sets';

/** The last commit with the knowledge base as TypeScript arrays. */
const DEFAULT_COMMIT = 'ee44c77bff3ccb33a0dd2c546c82707535d9bc8f';
const ROOT = path.resolve(__dirname, '../..');
const PACK = path.join(ROOT, 'packs', 'kindante');
const BASELINE = path.join(ROOT, 'test', 'fixtures', 'policy-pack', 'kindante-migration.json');
/** The yearly review: before the school year after the move. */
const REVIEW_BY = '2027-08-01';

/** The theme files of the old knowledge base, in its order, with the heading in contents.md. */
const THEMES: readonly [file: string, exported: string, heading: string][] = [
  ['breach', 'BREACH_ENTRIES', 'Datalekken'],
  ['email', 'EMAIL_ENTRIES', 'E-mail'],
  ['sharing', 'SHARING_ENTRIES', 'Gegevens delen'],
  ['photos', 'PHOTO_ENTRIES', 'Foto’s en video'],
  ['rights', 'RIGHTS_ENTRIES', 'Rechten van leerlingen, ouders en medewerkers'],
  ['retention', 'RETENTION_ENTRIES', 'Bewaartermijnen'],
  ['passwords', 'PASSWORD_ENTRIES', 'Wachtwoorden'],
  ['workplace', 'WORKPLACE_ENTRIES', 'Werkplek'],
  ['devices', 'DEVICE_ENTRIES', 'Apparaten en thuiswerken'],
  ['accounts', 'ACCOUNT_ENTRIES', 'Accounts en rechten'],
  ['esis', 'ESIS_ENTRIES', 'ESIS'],
  ['processors', 'PROCESSOR_ENTRIES', 'Leveranciers en verwerkersovereenkomsten'],
  ['principles', 'PRINCIPLE_ENTRIES', 'Het beleid en de uitgangspunten'],
  ['organisation', 'ORGANISATION_ENTRIES', 'Organisatie'],
  ['conduct', 'CONDUCT_ENTRIES', 'Gedragscode ICT'],
  ['social-media', 'SOCIAL_MEDIA_ENTRIES', 'Sociale media'],
  ['monitoring', 'MONITORING_ENTRIES', 'Controle door de werkgever'],
];

type OldEntry = Omit<KnowledgeEntry, 'reviewBy' | 'supplierNames'>;

async function main(): Promise<void> {
  const commit = process.argv[2] ?? DEFAULT_COMMIT;
  const temp = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-knowledge-'));
  try {
    const archive = execFileSync('git', ['archive', commit, 'shared/policy/knowledge'], {
      cwd: ROOT,
    });
    execFileSync('tar', ['-x', '-C', temp], { input: archive });
    const folder = path.join(temp, 'shared', 'policy', 'knowledge');
    const load = async (file: string) =>
      (await import(path.join(folder, `${file}.ts`))) as Record<string, unknown>;
    const all = (await load('index'))['KNOWLEDGE_BASE'] as OldEntry[];
    const supplierNames = (await load('processors'))['SUPPLIER_NAMES'] as Map<string, string[]>;

    const themes = await Promise.all(
      THEMES.map(async ([file, exported, heading]) => ({
        heading,
        entries: (await load(file))[exported] as OldEntry[],
      })),
    );
    const inThemes = themes.flatMap((theme) => theme.entries);
    if (inThemes.length !== all.length || inThemes.some((entry, at) => entry !== all[at]))
      throw new Error('the themes do not add up to KNOWLEDGE_BASE in its order');

    const entries: KnowledgeEntry[] = all.map((entry) => {
      const names = supplierNames.get(entry.id);
      return { ...entry, reviewBy: REVIEW_BY, ...(names ? { supplierNames: [...names] } : {}) };
    });

    const knowledgeFolder = path.join(PACK, KNOWLEDGE_FOLDER);
    mkdirSync(knowledgeFolder, { recursive: true });
    for (const name of readdirSync(knowledgeFolder)) rmSync(path.join(knowledgeFolder, name));
    for (const entry of entries)
      writeFileSync(path.join(knowledgeFolder, `${entry.id}.md`), formatEntryFile(entry));
    writeFileSync(
      path.join(PACK, CONTENTS_FILE),
      [
        '# Kennisbank Stichting Kindante',
        '',
        'Elke regel noemt een antwoord in de map knowledge/ (knowledge/<id>.md). De volgorde telt: als',
        'twee antwoorden even goed passen bij een vraag, geeft de bot het antwoord dat hier eerst staat.',
        ...themes.flatMap((theme) => [
          '',
          `## ${theme.heading}`,
          '',
          ...theme.entries.map((entry) => `- ${entry.id}`),
        ]),
        '',
      ].join('\n'),
    );

    const parsed = parseConfig(EXAMPLE_CONFIG);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const baseline = {
      about: `The knowledge base before it moved into packs/kindante (commit ${commit}), as answered by the answerer of that commit's successor. Written by test/eval/migrate-knowledge-to-pack.ts.`,
      commit,
      entries: fingerprintEntries(entries),
      questionSets: runQuestionSets(createAnswerer(parsed.config, entries)),
    };
    mkdirSync(path.dirname(BASELINE), { recursive: true });
    writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 1)}\n`);
    process.stdout.write(
      `${entries.length} entries in ${themes.length} themes → ${path.relative(ROOT, PACK)}\n`,
    );
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
