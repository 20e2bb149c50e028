import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKnowledgeSource } from '../../../../bot/policy-pack/knowledge-source';
import { createLiveAnswerer } from '../../../../bot/policy-pack/live-answerer';
import { bundledPackFolder } from '../../../../bot/policy-pack/pack-folder';
import { readPackFolder } from '../../../../bot/policy-pack/read-pack-folder';
import type { PackError } from '../../../../shared/policy/pack/pack-error';
import { formatPackError } from '../../../../shared/policy/pack/pack-error';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';

const QUESTION = 'Hoe snel moet ik een datalek melden?';
const ENTRY = path.join('knowledge', 'breach-72-hours.md');

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-pack-'));
  cpSync(bundledPackFolder(), folder, { recursive: true });
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function config() {
  const parsed = parseConfig(EXAMPLE_CONFIG);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

function edit(file: string, change: (text: string) => string): void {
  const at = path.join(folder, file);
  writeFileSync(at, change(readFileSync(at, 'utf8')));
}

describe('the knowledge source', () => {
  it('answers from a changed pack after a reload, without a restart', () => {
    const source = createKnowledgeSource(
      () => readPackFolder(folder),
      () => undefined,
    );
    const answer = createLiveAnswerer(config(), source);
    expect(answer(QUESTION).answer).toMatch(/72 uur/);
    edit(ENTRY, (text) => text.replace(/## Antwoord\n\n.*\n/, '## Antwoord\n\nBinnen een dag.\n'));
    expect(source.reload().ok).toBe(true);
    expect(answer(QUESTION).answer).toBe('Binnen een dag.');
  });

  it('keeps serving the last good pack when the pack breaks, and reports the file and line', () => {
    const reported: PackError[][] = [];
    const source = createKnowledgeSource(
      () => readPackFolder(folder),
      (errors) => reported.push([...errors]),
    );
    const answer = createLiveAnswerer(config(), source);
    const before = answer(QUESTION);
    edit(ENTRY, (text) => text.replace('review-by: 2027-08-01', 'review-by: volgend jaar'));
    expect(source.reload().ok).toBe(false);
    expect(answer(QUESTION)).toEqual(before);
    expect(source.current().knowledge).toHaveLength(180);
    expect(reported.flat().map(formatPackError)).toEqual([
      `knowledge/breach-72-hours.md:8: review-by: expected the review date as YYYY-MM-DD, e.g. 2027-08-01`,
    ]);
    expect(source.errors()).toEqual(reported[0]);
  });

  it('starts with a broken pack: declines every question and reports, instead of not starting', () => {
    edit('contents.md', (text) => `${text}- gone\n`);
    const reported: PackError[][] = [];
    const source = createKnowledgeSource(
      () => readPackFolder(folder),
      (errors) => reported.push([...errors]),
    );
    const result = createLiveAnswerer(config(), source)(QUESTION);
    expect(result.answered).toBe(false);
    expect(reported.flat().map(formatPackError)).toEqual([
      expect.stringMatching(
        /^contents\.md:\d+: "gone" is listed, but knowledge\/gone\.md does not exist$/,
      ),
    ]);
  });

  it('survives a reader that throws', () => {
    const reported: PackError[][] = [];
    const source = createKnowledgeSource(
      () => {
        throw new Error('disk gone');
      },
      (errors) => reported.push([...errors]),
    );
    expect(source.current().knowledge).toEqual([]);
    expect(reported.flat()[0]?.message).toBe('disk gone');
  });

  it('reports a pack folder that does not exist', () => {
    const result = readPackFolder(path.join(folder, 'nope'));
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([
      `${path.join(folder, 'nope', 'knowledge')}: file not found`,
    ]);
  });
});
