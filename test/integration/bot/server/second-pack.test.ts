// The swap: a service configured with a second board's policy pack (packs/voorbeeld-stichting-de-linde)
// answers its staff from that pack, through the Bot Framework protocol and the tab's API, with that
// board's contacts and sections, and nothing of the bundled Kindante pack shows.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { launchService } from '../../../../bot/server/launch-service';
import { createLogger } from '../../../../bot/server/logger';
import type { RunningService } from '../../../../bot/server/start-service';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';
import { startConnectorStub, type ConnectorStub } from '../../../helpers/connector-stub';
import { postActivity, teamsMessage } from '../../../helpers/teams-activity';

jest.setTimeout(60_000);

const CONFIG = path.resolve(
  __dirname,
  '../../../../packs/voorbeeld-stichting-de-linde/privacywacht.config.json',
);
/** Whatever names Stichting Kindante: its name, domains, people, numbers and policy sections. */
const KINDANTE_TRACES = /kindante|bsdewissel|toussaint|rooij|golsteyn|046-|bijlage \d|§1[0-2] /i;

describe('a service with the second board’s policy pack', () => {
  let work: string;
  let stub: ConnectorStub;
  let service: RunningService;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'privacywacht-second-pack-'));
    mkdirSync(path.join(work, 'dist'));
    stub = await startConnectorStub();
    const launched = await launchService({
      configFile: CONFIG,
      distFolder: path.join(work, 'dist'),
      port: 0,
      host: '127.0.0.1',
      logger: createLogger({
        level: 'error',
        destination: new Writable({ write: (_c, _e, done) => done() }),
      }),
      env: {
        PRIVACYWACHT_ENV: 'development',
        DATABASE_URL: `sqlite:${path.join(work, 'register.sqlite')}`,
      },
    });
    if (!launched.ok) throw new Error(launched.error);
    service = launched.service;
  });
  afterAll(async () => {
    await service.close();
    await stub.close();
    rmSync(work, { recursive: true, force: true });
  });
  beforeEach(() => stub.calls.splice(0));

  async function ask(text: string): Promise<string> {
    await postActivity(service.url, teamsMessage(stub.url, { text }));
    await stub.waitForCalls(1);
    const [card] = stub.cards();
    expect(adaptiveCardErrors(card)).toEqual([]);
    return JSON.stringify(card);
  }

  it.each([
    [
      "Mag ik foto's van leerlingen op Facebook zetten?",
      'ook niet met toestemming',
      'Bron: Fotoprotocol De Linde §2',
    ],
    [
      'Hoe meld ik een datalek?',
      'het meldpunt datalekken van De Linde (010-5550123)',
      'Bron: Datalekprocedure De Linde §2',
    ],
    [
      'Hoe verstuur ik een versleutelde mail?',
      'gevoeligheidslabel Vertrouwelijk',
      'Bron: Handboek informatiebeveiliging De Linde H5',
    ],
    [
      'Bij wie kan ik terecht met een privacyvraag?',
      'de privacycoördinator van De Linde (privacy@delinde.example)',
      'Bron: Privacyreglement De Linde art. 2',
    ],
  ])('answers "%s" in Teams from its own pack', async (question, answer, source) => {
    const card = await ask(question);
    expect(card).toContain(answer);
    expect(card).toContain(source);
    expect(card).not.toMatch(KINDANTE_TRACES);
  });

  it('shows help in words of no particular board', async () => {
    const card = await ask('help');
    expect(card).not.toMatch(KINDANTE_TRACES);
    expect(card).not.toContain('domein ICT');
  });

  it('does not answer from the other board’s pack', async () => {
    // A question only the Kindante pack answers (its ESIS entries).
    const card = await ask('Wie mag een ESIS-account aanvragen?');
    expect(card).not.toMatch(/ESIS-account aanvragen doet/);
    expect(card).not.toMatch(KINDANTE_TRACES);
  });

  it('answers the tab from its own pack too', async () => {
    const { token } = (await (
      await fetch(`${service.url}/api/dev/token?persona=teacher`)
    ).json()) as { token: string };
    const response = await fetch(
      `${service.url}/api/knowledge?q=${encodeURIComponent('Mag ik met mijn eigen telefoon foto’s van leerlingen maken?')}`,
      { headers: { authorization: `Bearer ${token}` } },
    );
    const body = (await response.json()) as { sources: { id: string }[] };
    expect(body.sources.map((source) => source.id)).toEqual(['foto-eigen-telefoon']);
    expect(JSON.stringify(body)).not.toMatch(KINDANTE_TRACES);
  });
});
