// OnMessageCompose and OnMessageAttachmentsChanged against the fake mailbox: attachments already on
// a forward or a reopened draft are read before Send, kept compactly in session data (one key per
// attachment, within Outlook's size limit), and the send handler decides from them.
import { CACHE_KEY_PREFIX } from '../../../../addin/launchevent/attachment-cache';
import { sessionAttachmentCache } from '../../../../addin/office/attachment-cache-store';
import { closeDrafts, openDraft } from '../../../helpers/addin-harness';
import {
  sessionDataLimit,
  type FakeDraft,
} from '../../../../addin/preview/office-host/fake-mailbox';
import { makePdf, makeXlsx } from '../../../helpers/office-files';

const colleague = { emailAddress: 'ib@kindante.nl' };
const bsnSheet = makeXlsx([
  ['Naam', 'Groep', 'BSN'],
  ['Daan', '6', 725763863],
]);
const bsnPdf = makePdf(['Aanmelding zorgteam', 'Leerling: Daan, BSN 725763863']);

function draftWith(...files: { name: string; content: Uint8Array }[]): FakeDraft {
  return {
    subject: 'Aanmelding',
    body: '<p>Zie bijlage.</p>',
    to: [colleague],
    attachments: files.map(({ name, content }) => ({ name, size: content.length, content })),
  };
}

const cachedValues = (sessionData: Map<string, string>) =>
  [...sessionData].filter(([key]) => key.startsWith(CACHE_KEY_PREFIX)).map(([, value]) => value);

afterEach(closeDrafts);

describe('attachments already on the mail when the compose form opens', () => {
  it('a forward with an xlsx holding a BSN is read at open and blocked on send', async () => {
    const harness = openDraft(draftWith({ name: 'export.xlsx', content: bsnSheet }));
    await harness.composeOpened();
    expect(harness.state.notifications.get('privacywacht-attachments')?.message).toContain(
      'Bijlage "export.xlsx": Deze mail bevat een burgerservicenummer (******863)',
    );
    const stored = cachedValues(harness.state.sessionData);
    expect(stored).toHaveLength(1);
    expect(stored.join()).not.toContain('725763863');
    expect(stored.join()).not.toContain('Groep');
    expect(await harness.send()).toEqual([
      expect.objectContaining({ allowEvent: false, cancelLabel: 'Versleuteld sturen' }),
    ]);
  });

  it('a reopened draft with a PDF holding a BSN is blocked', async () => {
    const harness = openDraft(draftWith({ name: 'aanmelding.pdf', content: bsnPdf }));
    await harness.composeOpened();
    const [completion] = await harness.send();
    expect(completion).toMatchObject({ allowEvent: false, cancelLabel: 'Versleuteld sturen' });
    expect(completion?.errorMessage).toContain('(******863)');
  });

  it('a reply with a harmless attachment is let through', async () => {
    const harness = openDraft(
      draftWith({ name: 'agenda.xlsx', content: makeXlsx([['Agenda'], ['Opening']]) }),
    );
    await harness.composeOpened();
    expect(await harness.send()).toEqual([{ allowEvent: true }]);
  });

  it('an attachment whose content Outlook does not give is warned about on send, not allowed', async () => {
    const draft = draftWith();
    draft.attachments = [{ name: 'scan-dossier.xlsx', size: 4000 }];
    const harness = openDraft(draft);
    await harness.composeOpened();
    expect(cachedValues(harness.state.sessionData)).toEqual([]);
    const [completion] = await harness.send();
    expect(completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(completion?.errorMessage).toContain('kon niet worden gecontroleerd');
  });
});

describe('the attachment cache in session data', () => {
  it('keeps both entries when two event instances write at the same time', async () => {
    const draft = draftWith({ name: 'a.xlsx', content: bsnSheet });
    const harness = openDraft(draft);
    const opened = harness.composeOpened();
    // The sender attaches a second file while the first event is still reading.
    draft.attachments?.push({ name: 'b.pdf', size: bsnPdf.length, content: bsnPdf });
    await Promise.all([
      opened,
      harness.attachmentsChanged({ attachmentStatus: 'added', attachmentDetails: {} }),
    ]);
    const entries = await sessionAttachmentCache.load();
    expect([...entries.values()].map((entry) => entry.f[0]?.n).sort()).toEqual(['a.xlsx', 'b.pdf']);
  });

  it("never loses one writer's entry to another writing its own", async () => {
    openDraft(draftWith());
    const entry = (name: string) => ({
      f: [],
      w: [{ c: 'attachment-password' as const, n: name }],
    });
    await Promise.all([
      sessionAttachmentCache.save(`${CACHE_KEY_PREFIX}1|a|x`, entry('a')),
      sessionAttachmentCache.save(`${CACHE_KEY_PREFIX}2|b|y`, entry('b')),
    ]);
    expect([...(await sessionAttachmentCache.load()).keys()].sort()).toEqual([
      `${CACHE_KEY_PREFIX}1|a|x`,
      `${CACHE_KEY_PREFIX}2|b|y`,
    ]);
  });

  it('at the 50,000-character limit, an entry that does not fit is not cached and send reads the file itself', async () => {
    const harness = openDraft(draftWith({ name: 'export.xlsx', content: bsnSheet }), {
      mailboxVersion: '1.15',
    });
    // Another part of the add-in (or an earlier version) left session data close to the limit.
    harness.state.sessionData.set('other', 'x'.repeat(sessionDataLimit('1.15') - 40));
    await harness.composeOpened();
    expect(cachedValues(harness.state.sessionData)).toEqual([]);
    expect(await harness.send()).toEqual([
      expect.objectContaining({ allowEvent: false, cancelLabel: 'Versleuteld sturen' }),
    ]);
  });

  it('drops the entry of an attachment the sender removes', async () => {
    const draft = draftWith({ name: 'export.xlsx', content: bsnSheet });
    const harness = openDraft(draft);
    await harness.composeOpened();
    const [removed] = draft.attachments ?? [];
    draft.attachments = [];
    await harness.attachmentsChanged({
      attachmentStatus: 'removed',
      attachmentDetails: { id: 'att-0', name: removed?.name, size: removed?.size },
    });
    expect(cachedValues(harness.state.sessionData)).toEqual([]);
    expect(await harness.send()).toEqual([{ allowEvent: true }]);
  });

  it('ignores session data it did not write', async () => {
    const harness = openDraft(draftWith({ name: 'export.xlsx', content: bsnSheet }));
    harness.state.sessionData.set(`${CACHE_KEY_PREFIX}x`, '{"f":[{"r":"bsn"}],"w":[]}');
    harness.state.sessionData.set(`${CACHE_KEY_PREFIX}y`, 'not json');
    expect((await sessionAttachmentCache.load()).size).toBe(0);
  });
});
