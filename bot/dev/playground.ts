// Runs the Microsoft 365 Agents Playground (a local Teams-like chat client) against the bot. It
// opens a browser through `xdg-open`, which a server or container does not have, so the child gets
// a no-op `xdg-open` first on its PATH; telemetry stays off. A test may give the Playground its own
// mock-data file (users, team, channels: the Playground's `.m365agentsplayground.yml`).
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface Playground {
  /** The chat page to open in a browser. */
  url: string;
  stop(): Promise<void>;
}

const LISTENING = /^Listening on (\d+)/;

export function startPlayground(options: {
  botEndpoint: string;
  port: number;
  /** The Playground's mock-data file; without it, its built-in users and team. */
  configFile?: string;
}): Promise<Playground> {
  const binFolder = mkdtempSync(path.join(tmpdir(), 'privacywacht-playground-'));
  const xdgOpen = path.join(binFolder, 'xdg-open');
  writeFileSync(xdgOpen, '#!/bin/sh\nexit 0\n');
  chmodSync(xdgOpen, 0o755);
  const child = spawn(
    process.execPath,
    [
      require.resolve('@microsoft/m365agentsplayground/cli.js'),
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry',
    ],
    {
      env: {
        ...process.env,
        PATH: `${binFolder}${path.delimiter}${process.env['PATH'] ?? ''}`,
        ...(options.configFile ? { M365_AGENTS_PLAYGROUND_CONFIG_PATH: options.configFile } : {}),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => rmSync(binFolder, { recursive: true, force: true }));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const port = LISTENING.exec(line)?.[1];
      if (port) resolve({ url: `http://localhost:${port}`, stop });
    });
    void exited.then(() => reject(new Error('the Agents Playground stopped before it was ready')));
  });
}
