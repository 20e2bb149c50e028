// Every regular expression in the product must be linear by construction: Outlook's runtimes have
// no linear-time engine, so a super-linear pattern could freeze a teacher's send. This reads every
// regex literal (and `new RegExp("…")` with a literal) from the source and checks it with
// redos-detector; eslint-plugin-regexp checks the same at lint time.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSafe } from 'redos-detector';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../../../..');
const SOURCE_FOLDERS = ['shared', 'bot', 'addin', 'manifest'];

function sourceFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function regexesIn(file: string): { where: string; regex: RegExp }[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: { where: string; regex: RegExp }[] = [];
  const where = (node: ts.Node) =>
    `${path.relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const lastSlash = text.lastIndexOf('/');
      found.push({
        where: where(node),
        regex: new RegExp(text.slice(1, lastSlash), text.slice(lastSlash + 1)),
      });
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp') {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        found.push({
          where: where(node),
          regex: new RegExp(pattern.text, flags && ts.isStringLiteralLike(flags) ? flags.text : ''),
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const regexes = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(path.join(ROOT, folder))).flatMap(
  regexesIn,
);

describe('regular expressions in the product', () => {
  it('are found by this check (it is not checking nothing)', () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it.each(regexes.map(({ where, regex }) => [where, regex] as const))(
    '%s %s has no catastrophic backtracking',
    (_where, regex) => {
      const result = isSafe(regex);
      expect({ safe: result.safe, error: result.error }).toEqual({ safe: true, error: null });
    },
  );

  it('the check itself rejects a known catastrophic pattern', () => {
    // eslint-disable-next-line regexp/no-super-linear-backtracking, regexp/no-super-linear-move -- the known-bad pattern proves the check works
    const catastrophic = /(a*)*b/;
    expect(isSafe(catastrophic).safe).toBe(false);
  });
});
