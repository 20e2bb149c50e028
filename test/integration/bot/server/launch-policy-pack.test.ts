// The service and its policy pack: a broken pack does not stop the service from starting (the error
// is logged with file and line), and a fixed pack is picked up while it runs, without a restart.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { bundledPackFolder } from '../../../../bot/policy-pack/pack-folder';
import { launchService } from '../../../../bot/server/launch-service';
import { createLogger } from '../../../../bot/server/logger';
import type { RunningService } from '../../../../bot/server/start-service';

jest.setTimeout(60_000);

let work: string;
let service: RunningService | undefined;
const events: Record<string, unknown>[] = [];
let onEvent: (() => void) | undefined;

afterEach(async () => {
  await service?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Resolves when a log line with this event has been written. */
function logged(event: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const check = () => {
      const found = events.find((each) => each['event'] === event);
      if (found) resolve(found);
    };
    onEvent = check;
    check();
  });
}

test('starts with a broken pack, reports it, and answers from the pack once it is fixed', async () => {
  work = mkdtempSync(path.join(tmpdir(), 'privacywacht-pack-service-'));
  const pack = path.join(work, 'mijn-pack');
  cpSync(bundledPackFolder(), pack, { recursive: true });
  const entry = path.join(pack, 'knowledge', 'breach-fine.md');
  const good = readFileSync(entry, 'utf8');
  writeFileSync(entry, good.replace('section: ', 'sectie: '));
  mkdirSync(path.join(work, 'dist'));
  const configFile = path.join(work, 'privacywacht.config.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      organisation: { name: 'Stichting Voorbeeld', domains: ['voorbeeld.nl'] },
      encryption: { method: 'subject-tag', subjectTag: '[versleuteld]' },
      policyPack: 'mijn-pack',
    }),
  );
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
        events.push(JSON.parse(line) as Record<string, unknown>);
      onEvent?.();
      done();
    },
  });
  const launched = await launchService({
    configFile,
    distFolder: path.join(work, 'dist'),
    port: 0,
    host: '127.0.0.1',
    logger: createLogger({ level: 'info', destination }),
    env: {
      PRIVACYWACHT_ENV: 'development',
      DATABASE_URL: `sqlite:${path.join(work, 'register.sqlite')}`,
    },
  });
  if (!launched.ok) throw new Error(launched.error);
  service = launched.service;

  expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  const ask = async (question: string) => {
    const url = service?.url ?? '';
    const { token } = (await (await fetch(`${url}/api/dev/token?persona=teacher`)).json()) as {
      token: string;
    };
    const response = await fetch(`${url}/api/knowledge?q=${encodeURIComponent(question)}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return (await response.json()) as { answered: boolean; sources: { id: string }[] };
  };
  const before = await ask('Hoe snel moet ik een datalek melden?');
  expect(before.answered).toBe(false);
  const invalid = await logged('policy-pack-invalid');
  expect(invalid['errors']).toEqual([
    'knowledge/breach-fine.md:3: unknown key "sectie"; allowed keys: id, section, related, review-by, supplier-names',
  ]);

  writeFileSync(entry, good);
  const loaded = await logged('policy-pack-loaded');
  expect(loaded['entries']).toBe(180);
  const after = await ask('Hoe snel moet ik een datalek melden?');
  expect(after.sources.map((source) => source.id)).toEqual(['breach-72-hours']);
});
