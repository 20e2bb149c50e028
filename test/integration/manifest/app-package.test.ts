// Builds the app package the way an admin does (`npm run package` with the example configuration
// and the environment's ids) next to a real build of the add-in, and checks what the admin center
// and Outlook will read: the schema, every referenced file, the icons, the addresses, and that the
// manifests name exactly the handlers the event script registers.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { convert } from 'office-addin-manifest-converter';
import { parseStringPromise } from 'xml2js';
import {
  HANDLER_NAMES,
  NOTICE_ICON_ID,
  TASKPANE_COMMAND_ID,
} from '../../../addin/launchevent/handler-names';
import { addinFileMounts } from '../../../bot/server/addin-files';
import { MANIFEST_SCHEMA_URL, MANIFEST_VERSION } from '../../../manifest/package-layout';
import {
  PACKAGE_ENV,
  readJson,
  readPng,
  readZip,
  runPackageCommand,
  urlsIn,
  validateLocalizationSchema,
  validateManifestSchema,
  type CommandResult,
  type UnifiedManifest,
} from '../../helpers/app-package';
import { buildAddinBundles } from '../../helpers/engine-bundle';
import { fakeOffice } from '../../../addin/preview/office-host/fake-mailbox';

const outDir = mkdtempSync(path.join(tmpdir(), 'privacywacht-package-'));
const addinDir = path.join(outDir, 'addin');
const publicUrl = PACKAGE_ENV.PRIVACYWACHT_PUBLIC_URL;
let result: CommandResult;
let zip: Record<string, Uint8Array>;
let manifest: UnifiedManifest;
let xml: string;

beforeAll(async () => {
  await buildAddinBundles(addinDir, ['events', 'taskpane']);
  result = await runPackageCommand(outDir, PACKAGE_ENV);
  zip = readZip(path.join(outDir, 'package/privacywacht.zip'));
  manifest = readJson<UnifiedManifest>(zip['manifest.json']);
  xml = readFileSync(path.join(outDir, 'package/manifest.xml'), 'utf8');
}, 180_000);

const extension = () => {
  const [only] = manifest.extensions ?? [];
  if (!only) throw new Error('no Outlook extension');
  return only;
};

describe('the app package', () => {
  it('is built and says where it wrote', () => {
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('privacywacht.zip');
    expect(result.stdout).toContain('manifest.xml');
  });

  it('passes the JSON schema of its manifest version, and en.json the localization schema', async () => {
    expect(manifest.$schema).toBe(MANIFEST_SCHEMA_URL);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    expect(await validateManifestSchema(manifest)).toEqual([]);
    expect(validateLocalizationSchema(readJson(zip['en.json']))).toEqual([]);
  });

  it('notices a broken manifest (the schema check is not a formality)', async () => {
    const broken = structuredClone(manifest);
    const send = broken.extensions?.[0]?.autoRunEvents?.[0]?.events[0];
    if (send?.options) (send.options as { sendMode: string }).sendMode = 'sometimes';
    expect(await validateManifestSchema(broken)).toEqual([
      expect.stringContaining('/extensions/0/autoRunEvents/0/events/0/options/sendMode'),
    ]);
  });

  it('holds every file the manifest names, and nothing else', () => {
    const named = [
      'manifest.json',
      manifest.icons.color,
      manifest.icons.outline,
      ...(manifest.localizationInfo?.additionalLanguages ?? []).map((language) => language.file),
    ];
    expect(Object.keys(zip).sort()).toEqual([...named].sort());
  });

  it('has a 192 px colour icon and a 32 px outline icon, white on transparent', () => {
    const color = readPng(zip[manifest.icons.color] as Uint8Array);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = readPng(zip[manifest.icons.outline] as Uint8Array);
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    const alphas = new Set<number>();
    const nonWhite: number[] = [];
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      alphas.add(a ?? 0);
      if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) nonWhite.push(i / 4);
    }
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
    expect(nonWhite).toEqual([]);
  });

  it('uses only https addresses on its valid domains, each naming a file the service serves', () => {
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(10);
    expect(manifest.validDomains).toEqual(['privacywacht.kindante.nl']);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.protocol).toBe('https:');
      expect(manifest.validDomains).toContain(parsed.host);
      if (parsed.pathname.startsWith('/addin/'))
        expect(existsSync(path.join(addinDir, parsed.pathname.slice('/addin/'.length)))).toBe(true);
    }
  });

  it('gives each ribbon button its 16, 32 and 80 px icons at those sizes', () => {
    const icons = (extension().ribbons ?? []).flatMap((ribbon) =>
      ribbon.tabs.flatMap((tab) =>
        (tab.groups ?? []).flatMap((group) => group.controls?.flatMap((c) => c.icons) ?? []),
      ),
    );
    expect(new Set(icons.map((icon) => icon.size))).toEqual(new Set([16, 32, 80]));
    for (const icon of icons) {
      const file = path.join(addinDir, new URL(icon.url).pathname.slice('/addin/'.length));
      const png = readPng(readFileSync(file));
      expect([png.width, png.height]).toEqual([icon.size, icon.size]);
    }
  });

  it('holds the bot with datalek and help, in personal chat and in a team', () => {
    const [bot] = manifest.bots ?? [];
    expect(bot?.botId).toBe(PACKAGE_ENV.MicrosoftAppId);
    expect(bot?.scopes).toEqual(['personal', 'team']);
    const personal = bot?.commandLists?.find((list) => list.scopes.includes('personal'));
    expect(personal?.commands.map((command) => command.title)).toEqual(['datalek', 'help']);
  });

  it('holds the four static tabs on the served tab page', () => {
    expect(manifest.staticTabs?.map((tab) => [tab.entityId, tab.name, tab.contentUrl])).toEqual([
      ['my-reports', 'Mijn meldingen', `${publicUrl}/tab/index.html?view=my-reports`],
      ['register', 'Datalekregister', `${publicUrl}/tab/index.html?view=register`],
      ['policy', 'Privacybeleid', `${publicUrl}/tab/index.html?view=policy`],
      ['insight', 'Inzicht', `${publicUrl}/tab/index.html?view=insight`],
    ]);
  });

  it("asks the ICT team's owner to let the bot read its channel, to post each card once", () => {
    expect(manifest.authorization?.permissions?.resourceSpecific).toContainEqual({
      name: 'ChannelMessage.Read.Group',
      type: 'Application',
    });
  });

  it('asks for single sign-on with an application ID URI on its own host', () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: PACKAGE_ENV.MicrosoftAppId,
      resource: `api://privacywacht.kindante.nl/${PACKAGE_ENV.MicrosoftAppId}`,
    });
  });

  it('runs the three events with the configured send mode, on the built event page and script', () => {
    const [events, taskpane] = extension().runtimes ?? [];
    expect(events?.code).toEqual({
      page: `${publicUrl}/addin/commands.html`,
      script: `${publicUrl}/addin/events.js`,
    });
    expect(events?.actions?.map((action) => action.id).sort()).toEqual(
      Object.values(HANDLER_NAMES).sort(),
    );
    expect(extension().autoRunEvents?.[0]?.events).toEqual([
      {
        type: 'messageSending',
        actionId: HANDLER_NAMES.messageSend,
        options: { sendMode: 'softBlock' },
      },
      // Forwards, replies and reopened drafts: attachments already there are read before Send.
      { type: 'messageComposeOpened', actionId: HANDLER_NAMES.composeOpened },
      { type: 'messageRecipientsChanged', actionId: HANDLER_NAMES.recipientsChanged },
      { type: 'messageAttachmentsChanged', actionId: HANDLER_NAMES.attachmentsChanged },
    ]);
    // "Take action" in a Smart Alert opens the compose button's task pane: the first button.
    const compose = extension().ribbons?.[0];
    const button = compose?.tabs[0]?.groups?.[0]?.controls?.[0];
    expect(compose?.contexts).toEqual(['mailCompose']);
    expect(button?.id).toBe(TASKPANE_COMMAND_ID);
    expect(taskpane?.actions).toEqual([{ id: button?.actionId, type: 'openPage' }]);
    expect(taskpane?.code.page).toBe(`${publicUrl}/addin/taskpane.html`);
  });

  it('translates only strings that exist in manifest.json', () => {
    const english = readJson<Record<string, string>>(zip['en.json']);
    const keys = Object.keys(english).filter((key) => key !== '$schema');
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      // "bots[0].commandLists[1].commands[0].description" → walk the manifest along that path.
      const value = key
        .split(/[.[\]]/)
        .filter((part) => part !== '')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], manifest);
      expect([key, typeof value]).toEqual([key, 'string']);
    }
  });

  it("is the script the service's well-known list lets classic Outlook load", () => {
    const wellKnown = addinFileMounts({ folder: addinDir, publicUrl }).find((mount) =>
      mount.path.startsWith('/.well-known/'),
    );
    let listed: unknown;
    const response = { json: (body: unknown) => (listed = body) };
    (wellKnown?.handler as (request: unknown, response: unknown) => void)({}, response);
    expect(listed).toEqual({ allowed: [extension().runtimes?.[0]?.code.script] });
  });

  it('names exactly the handlers the built event script registers', () => {
    const state = fakeOffice({ subject: '', body: '', to: [] });
    vm.runInContext(
      readFileSync(path.join(addinDir, 'events.js'), 'utf8'),
      vm.createContext({ Office: state.office, setTimeout }),
    );
    const actions = extension().runtimes?.[0]?.actions?.map((action) => action.id) ?? [];
    expect([...state.handlers.keys()].sort()).toEqual(actions.sort());
  });
});

describe('the XML add-in manifest', () => {
  // xml2js: attributes under $, child elements as arrays; a text-only element is a plain string.
  type Node = { $?: Record<string, string> } & { [child: string]: (Node | string)[] | undefined };
  let root: Node;
  const elements = (children: unknown): Node[] =>
    Array.isArray(children)
      ? children.filter((child): child is Node => typeof child === 'object')
      : [];
  const all = (node: Node, name: string): Node[] => [
    ...elements(node[name]),
    ...Object.entries(node)
      .filter(([key]) => key !== '$')
      .flatMap(([, children]) => elements(children).flatMap((child) => all(child, name))),
  ];
  const child = (node: Node | undefined, name: string) => elements(node?.[name])[0];
  const attribute = (name: string, key: string) => all(root, name).map((node) => node.$?.[key]);
  const resource = (kind: string, id: string | undefined) =>
    all(root, kind).find((node) => node.$?.['id'] === id)?.$?.['DefaultValue'];

  beforeAll(async () => {
    root = ((await parseStringPromise(xml)) as { OfficeApp: Node }).OfficeApp;
  });

  it('is a mail add-in with VersionOverrides 1.1 inside 1.0', () => {
    expect(root.$?.['xsi:type']).toBe('MailApp');
    const outer = child(root, 'VersionOverrides');
    expect(outer?.$?.['xsi:type']).toBe('VersionOverridesV1_0');
    expect(child(outer, 'VersionOverrides')?.$?.['xsi:type']).toBe('VersionOverridesV1_1');
    expect(root['Version']?.[0]).toBe(`${manifest.version}.0`);
    expect(root['Permissions']?.[0]).toBe('ReadWriteItem');
  });

  it('launches the same handlers on the same events, with the configured send mode', () => {
    expect(all(root, 'LaunchEvent').map((event) => event.$)).toEqual([
      { Type: 'OnMessageSend', FunctionName: HANDLER_NAMES.messageSend, SendMode: 'SoftBlock' },
      { Type: 'OnMessageCompose', FunctionName: HANDLER_NAMES.composeOpened },
      { Type: 'OnMessageRecipientsChanged', FunctionName: HANDLER_NAMES.recipientsChanged },
      { Type: 'OnMessageAttachmentsChanged', FunctionName: HANDLER_NAMES.attachmentsChanged },
    ]);
  });

  it('loads the same page and, in classic Outlook, the same script as manifest.json', () => {
    const [runtime] = all(root, 'Runtime');
    const events = extension().runtimes?.[0]?.code;
    expect(resource('bt:Url', runtime?.$?.['resid'])).toBe(events?.page);
    const javascript = child(runtime, 'Override');
    expect(resource('bt:Url', javascript?.$?.['resid'])).toBe(events?.script);
    expect(javascript?.$?.['type']).toBe('javascript');
  });

  it('declares the same web application info as manifest.json, for sign-in on Mac', () => {
    const [info] = all(root, 'WebApplicationInfo');
    expect({ id: info?.['Id']?.[0], resource: info?.['Resource']?.[0] }).toEqual(
      manifest.webApplicationInfo,
    );
  });

  it('has the task pane button Smart Alerts opens, and the information bar icon', () => {
    expect(attribute('Control', 'id')).toContain(TASKPANE_COMMAND_ID);
    expect(resource('bt:Image', NOTICE_ICON_ID)).toBe(`${publicUrl}/addin/assets/icon-16.png`);
  });

  it('points every resid at a defined resource, and every resource at a file the service serves', () => {
    const [resources] = all(root, 'Resources');
    if (!resources) throw new Error('no Resources');
    const defined = (kind: string) => all(resources, kind).map((node) => node.$ ?? {});
    const ids = new Set(
      ['bt:Image', 'bt:Url', 'bt:String'].flatMap((kind) => defined(kind).map((r) => r['id'])),
    );
    const resids = xml.match(/resid="[^"]*"/g)?.map((match) => match.slice(7, -1)) ?? [];
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(ids).toContain(resid);
    for (const { DefaultValue: url = '' } of [...defined('bt:Image'), ...defined('bt:Url')]) {
      expect(url.startsWith(`${publicUrl}/addin/`)).toBe(true);
      expect(existsSync(path.join(addinDir, url.slice(`${publicUrl}/addin/`.length)))).toBe(true);
    }
  });

  it('is a separate add-in that manifest.json hides where the unified one runs', () => {
    const id = root['Id']?.[0];
    expect(id).not.toBe(manifest.id);
    expect(extension().alternates).toEqual([
      { hide: { customOfficeAddin: { officeAddinId: id } } },
    ]);
  });

  it("is read by Microsoft's converter as the same add-in as manifest.json", async () => {
    const xmlFile = path.join(outDir, 'package/manifest.xml');
    const converted = path.join(outDir, 'converted');
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await convert(xmlFile, converted, false);
    } finally {
      log.mockRestore();
    }
    const read = readJson<UnifiedManifest>(readFileSync(path.join(converted, 'manifest.json')));
    const [readExtension] = read.extensions ?? [];
    expect(readExtension?.autoRunEvents?.[0]?.events).toEqual(
      extension().autoRunEvents?.[0]?.events,
    );
    expect(read.webApplicationInfo).toEqual(manifest.webApplicationInfo);
    expect(readExtension?.runtimes?.map((runtime) => runtime.code)).toEqual(
      extension().runtimes?.map((runtime) => runtime.code),
    );
    const buttons = (extension_: typeof readExtension) =>
      (extension_?.ribbons ?? []).map((ribbon) => [
        ribbon.contexts,
        ribbon.tabs[0]?.groups?.[0]?.controls?.map((control) => control.id),
      ]);
    expect(buttons(readExtension)).toEqual(buttons(extension()));
  });
});
