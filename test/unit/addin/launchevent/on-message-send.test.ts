// The OnMessageSend handler against a faked Outlook draft (office-addin-mock): reads the item
// through the real Office adapters, judges every attachment, scans, and completes exactly once.
import { TASKPANE_COMMAND_ID } from '../../../../addin/launchevent/handler-names';
import type { SendCompletion } from '../../../../addin/launchevent/send-decision';
import type { scanMail } from '../../../../shared/scan/engine';
import { closeDrafts, openDraft, type HarnessOptions } from '../../../helpers/addin-harness';
import type { FakeDraft } from '../../../../addin/preview/office-host/fake-mailbox';
import { makeXlsx } from '../../../helpers/office-files';

const colleague = { emailAddress: 'collega@kindante.nl' };
const parents = [
  { emailAddress: 'a@gmail.com' },
  { emailAddress: 'b@hotmail.com' },
  { emailAddress: 'c@ziggo.nl' },
];

async function send(
  draft: FakeDraft,
  options: HarnessOptions & { neverFinish?: boolean; scan?: typeof scanMail } = {},
): Promise<{ completions: SendCompletion[] }> {
  const harness = openDraft(
    draft,
    options.neverFinish ? { ...options, expire: 'budget' } : options,
  );
  return { completions: await harness.send() };
}

afterEach(closeDrafts);

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
        errorMessageMarkdown: expect.stringContaining('kon deze mail niet controleren') as unknown,
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
        errorMessageMarkdown: expect.stringContaining('kon deze mail niet controleren') as unknown,
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
        errorMessageMarkdown:
          'Privacywacht kon deze mail niet controleren. Probeer het over een minuut opnieuw.',
      },
    ]);
  });

  it('completes once, fail-safe, when the compose form was already closed', async () => {
    const { completions } = await send(
      { subject: 'x', body: 'y', to: [colleague] },
      { isItemClosed: true },
    );
    expect(completions).toEqual([expect.objectContaining({ sendModeOverride: 'promptUser' })]);
  });
});

describe('OnMessageSend with attachments no earlier event read', () => {
  const bsnSheet = makeXlsx([
    ['Naam', 'BSN'],
    ['Daan', 725763863],
  ]);
  const forward = (content: Uint8Array): FakeDraft => ({
    subject: 'FW: leerlingenlijst',
    body: '<p>Zie onderstaande.</p>',
    to: [colleague],
    attachments: [{ name: 'export.xlsx', size: content.length, content }],
  });

  it('reads a forwarded xlsx on send and blocks its BSN', async () => {
    const { completions } = await send(forward(bsnSheet));
    expect(completions).toEqual([
      expect.objectContaining({ allowEvent: false, cancelLabel: 'Versleuteld sturen' }),
    ]);
    expect(completions[0]?.errorMessage).toContain('(******863)');
  });

  it('lets a reply with a harmless attachment go', async () => {
    const agenda = makeXlsx([['Agenda'], ['Opening'], ['Rondvraag']]);
    expect((await send(forward(agenda))).completions).toEqual([{ allowEvent: true }]);
  });

  it.each([
    ['Outlook does not give the content', { name: 'lijst.xlsx', size: 900 }],
    ['the file is a cloud link', { name: 'lijst.xlsx', size: 900, format: 'url' as const }],
  ])('warns, with "send anyway", when %s', async (_, attachment) => {
    const { completions } = await send({ ...forward(bsnSheet), attachments: [attachment] });
    expect(completions).toEqual([
      expect.objectContaining({ allowEvent: false, sendModeOverride: 'promptUser' }),
    ]);
    expect(completions[0]?.errorMessage).toContain(
      'Bijlage "lijst.xlsx" kon niet worden gecontroleerd',
    );
  });

  it('warns about an attachment Outlook does not give in time', async () => {
    const stuck = { name: 'groot.xlsx', size: 900, content: bsnSheet, isStuck: true };
    const { completions } = await send(
      { ...forward(bsnSheet), attachments: [stuck] },
      { expire: 'read-deadline' },
    );
    expect(completions[0]).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(completions[0]?.errorMessage).toContain('Outlook gaf de inhoud niet (op tijd)');
  });

  it('on a client without "send anyway" (1.12), warns once and sends on the second press', async () => {
    const draft = { ...forward(bsnSheet), attachments: [{ name: 'lijst.xlsx', size: 900 }] };
    const harness = openDraft(draft, { mailboxVersion: '1.12' });
    const first = await harness.send();
    expect(first).toEqual([
      {
        allowEvent: false,
        errorMessage: expect.stringContaining(
          'Druk nogmaals op Verzenden om toch te versturen.',
        ) as unknown,
      },
    ]);
    expect(await harness.send()).toEqual([{ allowEvent: true }]);
    // Another unchecked attachment asks again.
    draft.attachments.push({ name: 'nog-een.xlsx', size: 10 });
    expect((await harness.send())[0]?.allowEvent).toBe(false);
  });
});

describe('OnMessageSend when our own check fails', () => {
  const broken: typeof scanMail = () => {
    throw new Error('bug');
  };
  const mail: FakeDraft = { subject: 'x', body: 'y', to: [colleague] };

  it.each([
    ['1.12', 'softBlock', { allowEvent: true }],
    ['1.13', 'softBlock', { allowEvent: true }],
    ['1.13', 'promptUser', { allowEvent: false }],
    ['1.14', 'softBlock', { allowEvent: false, sendModeOverride: 'promptUser' }],
  ] as const)(
    'never leaves the sender stuck: Mailbox %s, %s',
    async (mailboxVersion, sendMode, expected) => {
      const harness = openDraft(mail, {
        mailboxVersion,
        scan: broken,
        config: { addin: { sendMode } },
      });
      const completions = await harness.send();
      expect(completions).toHaveLength(1);
      expect(completions[0]).toMatchObject(expected);
      if (expected.allowEvent)
        expect(harness.state.roamingSettings.get('privacywacht.insight')).toMatchObject({
          events: [{ type: 'check-fault', month: '2026-09', fault: 'scan-failure-let-through' }],
        });
    },
  );

  it.each(['1.12', '1.13', '1.14'])(
    'blocks on Mailbox %s only when the admin configured scan failures to block',
    async (mailboxVersion) => {
      const completions = await openDraft(mail, {
        mailboxVersion,
        scan: broken,
        config: { addin: { onScanFailure: 'block' } },
      }).send();
      expect(completions).toEqual([
        expect.objectContaining({
          allowEvent: false,
          errorMessage: expect.stringContaining('Probeer het over een minuut') as unknown,
        }),
      ]);
      expect(completions[0]?.sendModeOverride).toBeUndefined();
    },
  );
});
