import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { watchPackFolder } from '../../../../bot/policy-pack/watch-pack-folder';

describe('watchPackFolder', () => {
  it('calls back once for a burst of changes to files in the knowledge folder', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-watch-'));
    mkdirSync(path.join(folder, 'knowledge'));
    let calls = 0;
    let stop = () => undefined as void;
    try {
      await new Promise<void>((resolve, reject) => {
        stop = watchPackFolder(
          folder,
          () => {
            calls++;
            resolve();
          },
          reject,
        );
        writeFileSync(path.join(folder, 'knowledge', 'a.md'), 'one');
        writeFileSync(path.join(folder, 'knowledge', 'a.md'), 'two');
      });
      expect(calls).toBe(1);
    } finally {
      stop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
