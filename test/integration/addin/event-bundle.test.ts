// The built event script, loaded into a bare `vm` context whose only host object is a fake Office
// global — as classic Outlook's JavaScript-only runtime would run it: it registers its handler at
// the top level and completes a send event, needing no DOM and no Node.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { HANDLER_NAMES } from '../../../addin/launchevent/handler-names';
import { buildAddinBundles } from '../../helpers/engine-bundle';
import { fakeOffice, type FakeDraft } from '../../helpers/fake-mailbox';

const outDir = mkdtempSync(path.join(tmpdir(), 'privacywacht-events-'));
let source: string;

beforeAll(async () => {
  await buildAddinBundles(outDir);
  source = readFileSync(path.join(outDir, 'events.js'), 'utf8');
}, 120_000);

function loadWithDraft(draft: FakeDraft): Map<string, (event: unknown) => void> {
  const { office, handlers } = fakeOffice(draft);
  const context = vm.createContext({ Office: office, setTimeout });
  vm.runInContext(source, context);
  return handlers;
}

function completeSend(
  handlers: Map<string, (event: unknown) => void>,
): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    handlers.get(HANDLER_NAMES.messageSend)?.({ completed: resolve });
  });
}

describe('the event script bundle', () => {
  it('is ES2016 syntax and small enough to load fast', () => {
    expect(() => parse(source, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
    expect(gzipSync(source).length).toBeLessThan(100 * 1024);
  });

  it('registers its send handler at load, without Office.onReady', () => {
    expect([...loadWithDraft({ subject: '', body: '', to: [] }).keys()]).toEqual([
      HANDLER_NAMES.messageSend,
    ]);
  });

  it('blocks a BSN and lets a clean mail go, using the configuration built into it', async () => {
    const blocked = await completeSend(
      loadWithDraft({
        subject: 'Aanmelding',
        body: 'BSN: 725763863',
        to: [{ emailAddress: 'x@kindante.nl' }],
      }),
    );
    expect(blocked).toMatchObject({ allowEvent: false, cancelLabel: 'Versleuteld sturen' });
    const clean = await completeSend(
      loadWithDraft({
        subject: '[versleuteld] Aanmelding',
        body: 'BSN: 725763863',
        to: [{ emailAddress: 'x@kindante.nl' }],
      }),
    );
    expect(clean).toEqual({ allowEvent: true });
  });
});
