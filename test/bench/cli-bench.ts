// Benchmark of the command line (npm run bench): `privacywacht scan` on one 5 KB mail as a whole
// process, started as an admin would after `npm run build` (compiled dist/node/, no tsx); goal
// < 300 ms wall (issue #15). The same run from the TypeScript source through tsx is shown beside it.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { compiledRunEnv } from '../helpers/node-build';
import { summarise } from './timing';

const ROOT = path.resolve(__dirname, '../..');
/** A 5 KB mail from the corpus: a letter to a partner organisation with a BSN in it. */
const MAIL = path.join(ROOT, 'test/fixtures/corpus/content/bsn-dotted-423-tlv-aanvraag-swv.eml');
const CONFIG = path.join(ROOT, 'privacywacht.config.json');

function timeScan(bin: string, env: NodeJS.ProcessEnv, runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [bin, 'scan', '--config', CONFIG, MAIL], {
      env,
      encoding: 'utf8',
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0) throw new Error(`privacywacht scan failed: ${result.stderr}`);
  }
  return times;
}

/** @param install A built installation (buildNodeInstall), as after `npm run build`. */
export function runCliBench(install: string): void {
  const env = compiledRunEnv();
  // The first run fills the file system cache; it is not counted.
  timeScan(path.join(install, 'bin/privacywacht.cjs'), env, 1);
  const compiled = summarise(timeScan(path.join(install, 'bin/privacywacht.cjs'), env, 20));
  const fromSource = summarise(
    timeScan(path.join(ROOT, 'bin/privacywacht.cjs'), { ...env, PRIVACYWACHT_FROM_SOURCE: '1' }, 5),
  );
  const kilobytes = (statSync(MAIL).size / 1024).toFixed(1);
  process.stdout.write(
    `privacywacht scan, ${kilobytes} KB mail, from dist/node   median ${compiled.median.toFixed(0)} ms, p95 ${compiled.p95.toFixed(0)} ms (goal < 300)\n` +
      `privacywacht scan, same mail, from source via tsx      median ${fromSource.median.toFixed(0)} ms\n`,
  );
}
