// The arrows between the folders point one way (STYLE.md §1–2, issue 15): the incident core never
// imports the cards or the Teams wiring (they turn its intents into cards), shared/ never imports
// the bot, and the tab's bundle takes no server code (types only; the pure modules it runs are in
// shared/). Read from the source, so a new import the wrong way fails here at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** Static imports, re-exports, `import type`, dynamic import() and require(). */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
}

/** An import or export statement at the start of a line, up to its semicolon. */
const STATEMENT = /^(?:import|export)\b[^;]*;/gm;

/** `import type {…}`, `import { type A, type B }`, `export type {…}`: gone from the bundle. */
function isTypeOnly(statement: string): boolean {
  if (/^(?:import|export)\s+type\b/.test(statement)) return true;
  const names = /^(?:import|export)\s*\{([^}]*)\}/.exec(statement)?.[1];
  return (
    names !== undefined &&
    names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== '')
      .every((name) => name.startsWith('type '))
  );
}

/** Every relative import of a file, as a repository path ("bot/cards/incident-card"). */
function importsOf(file: string, { runtimeOnly = false } = {}): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const text = runtimeOnly
    ? source.replace(STATEMENT, (statement) => (isTypeOnly(statement) ? '' : statement))
    : source;
  return [...text.matchAll(SPECIFIER)]
    .map((match) => match[2] ?? '')
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) =>
      path
        .relative(ROOT, path.resolve(ROOT, path.dirname(file), specifier))
        .split(path.sep)
        .join('/'),
    );
}

const isUnder = (target: string, folder: string) =>
  target === folder || target.startsWith(`${folder}/`);

/** "file → target" for each import of a file under `from` that lands under one of `forbidden`. */
function wrongWay(
  from: string,
  forbidden: string[],
  { runtimeOnly = false, allowed = [] as string[] } = {},
): string[] {
  return sourceFiles(from).flatMap((file) =>
    importsOf(file, { runtimeOnly })
      .filter(
        (target) =>
          forbidden.some((folder) => isUnder(target, folder)) &&
          !allowed.some((folder) => isUnder(target, folder)),
      )
      .map((target) => `${file} → ${target}`),
  );
}

describe('the direction of imports', () => {
  it('finds the imports it checks', () => {
    // Guards the test itself: a reader that finds nothing would pass whatever the code does.
    expect(importsOf('bot/cards/incident-card.ts')).toContain('bot/incidents/incident-view');
    expect(importsOf('bot/teams/incident-cards.ts')).toContain('bot/cards/incident-card');
    // A type-only import counts for the direction, not for the bundle.
    expect(importsOf('bot/teams/incident-cards.ts')).toContain('bot/incidents/incident-intents');
    expect(importsOf('bot/teams/incident-cards.ts', { runtimeOnly: true })).not.toContain(
      'bot/incidents/incident-intents',
    );
    expect(importsOf('bot/teams/incident-cards.ts', { runtimeOnly: true })).toContain(
      'bot/cards/incident-card',
    );
  });

  it('keeps the incident core free of cards and Teams: it emits intents as plain data', () => {
    expect(wrongWay('bot/incidents', ['bot/cards', 'bot/teams'])).toEqual([]);
  });

  it('keeps shared/ free of the bot', () => {
    expect(wrongWay('shared', ['bot'])).toEqual([]);
  });

  it('keeps server code out of the tab bundle: from the bot it takes types only', () => {
    expect(wrongWay('bot/tab', ['bot'], { runtimeOnly: true, allowed: ['bot/tab'] })).toEqual([]);
  });
});
