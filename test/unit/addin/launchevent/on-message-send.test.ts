// The OnMessageSend handler against a faked Outlook draft (office-addin-mock): reads the item
// through the real Office adapter, scans, and completes the event exactly once.
import { parseConfig } from '../../../../shared/policy/parse-config';
import { languageOf } from '../../../../shared/i18n/smart-alert-text';
import { scanMail } from '../../../../shared/scan/engine';
import { buildScanPolicy } from '../../../../shared/scan/scan-policy';
import type { ConfigInput } from '../../../../shared/policy/config-schema';
import {
  clientSupport,
  displayLanguage,
  loadAttachmentScan,
  readComposedMail,
} from '../../../../addin/office/compose-item';
import { handleMessageSend } from '../../../../addin/launchevent/on-message-send';
import type { SendCompletion } from '../../../../addin/launchevent/send-decision';
import { TASKPANE_COMMAND_ID } from '../../../../addin/launchevent/handler-names';
import { fakeOffice, type FakeDraft, type FakeOfficeOptions } from '../../../helpers/fake-mailbox';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';

const globals = globalThis as { Office?: unknown };
const colleague = { emailAddress: 'collega@kindante.nl' };
const parents = [
  { emailAddress: 'a@gmail.com' },
  { emailAddress: 'b@hotmail.com' },
  { emailAddress: 'c@ziggo.nl' },
];

interface Run {
  completions: SendCompletion[];
  pendingTimers: (() => void)[];
}

async function send(
  draft: FakeDraft,
  options: FakeOfficeOptions & {
    config?: Partial<ConfigInput>;
    scan?: typeof scanMail;
    neverFinish?: boolean;
  } = {},
): Promise<Run> {
  globals.Office = fakeOffice(draft, options).office;
  const parsed = parseConfig({ ...EXAMPLE_CONFIG, ...options.config });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  const config = parsed.config;
  const policy = buildScanPolicy(config);
  const run: Run = { completions: [], pendingTimers: [] };
  const done = handleMessageSend(
    { completed: (completion) => run.completions.push(completion) },
    {
      readMail: () =>
        options.neverFinish ? new Promise(() => undefined) : readComposedMail(config.encryption),
      loadAttachmentScan,
      scan: (mail, prescanned) => (options.scan ?? scanMail)(mail, policy, prescanned),
      settings: config.addin,
      language: languageOf(displayLanguage()),
      client: clientSupport(),
      setTimer: (callback) => run.pendingTimers.push(callback),
    },
  );
  if (options.neverFinish) run.pendingTimers.forEach((fire) => fire());
  await done;
  // Firing the budget timer after completion must not complete a second time.
  run.pendingTimers.forEach((fire) => fire());
  await Promise.resolve();
  return run;
}

afterEach(() => delete globals.Office);

describe('OnMessageSend', () => {
  it('lets an ordinary mail go', async () => {
    const { completions } = await send({
      subject: 'Rooster',
      body: 'Tot morgen!',
      to: [colleague],
    });
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  it('warns for parents in To, offers "Naar BCC" opening the task pane, and allows sending anyway', async () => {
    const { completions } = await send({ subject: 'Gym', body: 'Morgen geen gym.', to: parents });
    expect(completions).toEqual([
      {
        allowEvent: false,
        errorMessage:
          'Deze mail heeft ontvangers die elkaars adres zien. Zet de externe ontvangers in BCC.',
        errorMessageMarkdown:
          'Deze mail heeft ontvangers die elkaars adres zien. Zet de externe ontvangers in BCC.',
        cancelLabel: 'Naar BCC',
        commandId: TASKPANE_COMMAND_ID,
        contextData: JSON.stringify({ rules: ['bcc'] }),
        sendModeOverride: 'promptUser',
      },
    ]);
  });

  it('blocks a BSN in a plain mail with a masked number and "Versleuteld sturen"', async () => {
    const { completions } = await send({
      subject: 'Aanmelding',
      body: 'BSN van Daan: 725763863',
      to: [colleague],
    });
    expect(completions).toHaveLength(1);
    const [completion] = completions;
    expect(completion).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Versleuteld sturen',
      commandId: TASKPANE_COMMAND_ID,
    });
    expect(completion?.errorMessage).toBe(
      'Deze mail bevat een burgerservicenummer (BSN) (******863). Zo mag hij niet weg: kies versleuteld sturen of haal het nummer weg.',
    );
    expect(completion?.sendModeOverride).toBeUndefined();
    expect(JSON.stringify(completion)).not.toContain('725763863');
  });

  it('reads the body as HTML, so a BSN column in a table labels an 8-digit number', async () => {
    const table =
      '<table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Daan</td><td>58802897</td></tr></table>';
    const { completions } = await send({ subject: 'Lijst', body: table, to: [colleague] });
    expect(completions[0]).toMatchObject({ allowEvent: false, cancelLabel: 'Versleuteld sturen' });
  });

  it('speaks English in an English Outlook', async () => {
    const { completions } = await send(
      { subject: 'x', body: 'BSN 725763863', to: [colleague] },
      { displayLanguage: 'en-GB' },
    );
    expect(completions[0]?.errorMessage).toContain(
      'This mail contains a citizen service number (BSN) (******863)',
    );
    expect(completions[0]?.cancelLabel).toBe('Send encrypted');
  });

  it('lets a BSN go once the mail carries the encryption subject tag', async () => {
    const { completions } = await send({
      subject: '[versleuteld] Aanmelding',
      body: 'BSN: 725763863',
      to: [colleague],
    });
    expect(completions).toEqual([{ allowEvent: true }]);
  });

  it('recognises the internet-header and sensitivity-label methods on the item', async () => {
    const header = {
      encryption: {
        method: 'internet-header' as const,
        headerName: 'X-Kindante-Encrypt',
        headerValue: 'ja',
      },
    };
    const byHeader = await send(
      {
        subject: 'x',
        body: 'BSN 725763863',
        to: [colleague],
        internetHeaders: { 'X-Kindante-Encrypt': 'ja' },
      },
      { config: header },
    );
    expect(byHeader.completions).toEqual([{ allowEvent: true }]);
    const labelId = '5a2b7c1e-0f3d-4e6a-9b8c-1d2e3f4a5b6c';
    const label = { encryption: { method: 'sensitivity-label' as const, labelId } };
    const byLabel = await send(
      { subject: 'x', body: 'BSN 725763863', to: [colleague], sensitivityLabel: labelId },
      { config: label },
    );
    expect(byLabel.completions).toEqual([{ allowEvent: true }]);
  });

  it('judges attachments by name and size on send', async () => {
    const { completions } = await send({
      subject: 'Stukken',
      body: 'Zie bijlage.',
      to: [colleague],
      attachments: [{ name: 'OPP_Daan_groep6.docx', size: 20_000 }],
    });
    expect(completions[0]).toMatchObject({
      allowEvent: false,
      cancelLabel: 'Versleuteld sturen',
      contextData: JSON.stringify({ rules: ['pupil-file'] }),
    });
  });

  it('degrades on an older client: no attachment list before Mailbox 1.8, no Take Action before 1.14', async () => {
    const { completions } = await send(
      {
        subject: 'Stukken',
        body: 'Beste ouders, geen gym.',
        to: parents,
        attachments: [{ name: 'OPP_Daan.docx', size: 1 }],
      },
      { mailboxVersion: '1.7' },
    );
    expect(completions).toEqual([
      {
        allowEvent: false,
        errorMessage:
          'Deze mail heeft ontvangers die elkaars adres zien. Zet de externe ontvangers in BCC.',
      },
    ]);
  });

  it('fails safe when reading the item fails: a notice, and the sender may still send', async () => {
    const { completions } = await send(
      { subject: 'x', body: 'y', to: [colleague] },
      { failBody: true },
    );
    expect(completions).toEqual([
      {
        allowEvent: false,
        errorMessage: expect.stringContaining('kon deze mail niet controleren') as unknown,
        sendModeOverride: 'promptUser',
      },
    ]);
  });

  it('fails safe when the scanner throws', async () => {
    const broken = () => {
      throw new Error('bug');
    };
    const { completions } = await send(
      { subject: 'x', body: 'y', to: [colleague] },
      { scan: broken },
    );
    expect(completions).toHaveLength(1);
    expect(completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  });

  it('fails safe when the scan runs out of time, and completes only once', async () => {
    const { completions } = await send(
      { subject: 'x', body: 'y', to: [colleague] },
      { neverFinish: true },
    );
    expect(completions).toEqual([
      {
        allowEvent: false,
        errorMessage: expect.stringContaining('kon deze mail niet controleren') as unknown,
        sendModeOverride: 'promptUser',
      },
    ]);
  });

  it('blocks instead when the admin configured scan failures to block', async () => {
    const { completions } = await send(
      { subject: 'x', body: 'y', to: [colleague] },
      { failBody: true, config: { addin: { onScanFailure: 'block' } } },
    );
    expect(completions).toEqual([
      {
        allowEvent: false,
        errorMessage:
          'Privacywacht kon deze mail niet controleren. Probeer het over een minuut opnieuw.',
      },
    ]);
  });
});
