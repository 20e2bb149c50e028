// installFolder finds the folder with package.json from the source and from the compiled dist/node/.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installFolder } from '../../../../bot/server/install-folder';

const root = mkdtempSync(path.join(tmpdir(), 'privacywacht-install-folder-'));
writeFileSync(path.join(root, 'package.json'), '{}');

describe('installFolder', () => {
  it.each([
    ['the source', 'bot/server'],
    ['the compiled output', 'dist/node/bot/server'],
  ])('finds the installation from %s (%s)', (_, folder) => {
    mkdirSync(path.join(root, folder), { recursive: true });
    expect(installFolder(path.join(root, folder))).toBe(root);
  });

  it('finds this repository from its own source file', () => {
    expect(installFolder()).toBe(path.resolve(__dirname, '../../../..'));
  });
});
