// The one-click fixes written to a faked Outlook draft (office-addin-mock): each changes the item
// as a sender would expect, and the draft then scans clean.
import { applyEncryption, applyMoveToBcc } from '../../../../addin/office/apply-fix';
import { scanMail } from '../../../../shared/scan/engine';
import { fakeOffice, type FakeDraft } from '../../../../addin/preview/office-host/fake-mailbox';
import { mailWith, testPolicy } from '../../../helpers/policy';

const globals = globalThis as { Office?: unknown };
const policy = testPolicy();

function open(draft: FakeDraft): FakeDraft {
  globals.Office = fakeOffice(draft).office;
  return draft;
}

const rulesOf = (draft: FakeDraft) =>
  scanMail(
    mailWith({
      subject: draft.subject,
      bodyText: undefined,
      bodyHtml: draft.body,
      to: draft.to.map((entry) => ({ address: entry.emailAddress })),
      cc: (draft.cc ?? []).map((entry) => ({ address: entry.emailAddress })),
      bcc: (draft.bcc ?? []).map((entry) => ({ address: entry.emailAddress })),
    }),
    policy,
  ).findings.map((finding) => finding.rule);

afterEach(() => delete globals.Office);

describe('one-click fixes on the draft', () => {
  it('moves parents to Bcc and keeps the colleague in To', async () => {
    const draft = open({
      subject: 'Gym',
      body: '<p>Geen gym.</p>',
      to: [
        { emailAddress: 'a@gmail.com' },
        { emailAddress: 'juf@kindante.nl' },
        { emailAddress: 'b@hotmail.com' },
      ],
      cc: [{ emailAddress: 'c@ziggo.nl' }],
    });
    expect(rulesOf(draft)).toEqual(['bcc']);
    await applyMoveToBcc(policy.organisationDomains);
    expect(draft.to.map((entry) => entry.emailAddress)).toEqual(['juf@kindante.nl']);
    expect((draft.bcc ?? []).map((entry) => entry.emailAddress)).toEqual([
      'a@gmail.com',
      'b@hotmail.com',
      'c@ziggo.nl',
    ]);
    expect(rulesOf(draft)).toEqual([]);
  });

  // Masking the numbers parses the body with the browser's DOMParser: its test runs in Chromium,
  // test/integration/addin/mask-numbers-html.test.ts.

  it.each([
    [
      { method: 'subject-tag' as const, subjectTag: '[versleuteld]' },
      (draft: FakeDraft) => draft.subject,
      '[versleuteld] Aanmelding',
    ],
    [
      { method: 'internet-header' as const, headerName: 'X-Encrypt', headerValue: 'ja' },
      (draft: FakeDraft) => draft.internetHeaders?.['X-Encrypt'],
      'ja',
    ],
    [
      { method: 'sensitivity-label' as const, labelId: 'abc' },
      (draft: FakeDraft) => draft.sensitivityLabel,
      'abc',
    ],
  ])('marks the draft for encrypted sending by %j', async (method, read, expected) => {
    const draft = open({
      subject: 'Aanmelding',
      body: '<p>BSN: 725763863</p>',
      to: [{ emailAddress: 'x@kindante.nl' }],
    });
    await applyEncryption(method);
    expect(read(draft)).toBe(expected);
  });

  it('changes nothing for the instructions method and returns the text to show', async () => {
    const draft = open({ subject: 'Aanmelding', body: '<p>x</p>', to: [] });
    await expect(
      applyEncryption({ method: 'instructions', text: 'Klik op Cryptshare' }),
    ).resolves.toEqual({ kind: 'instructions', text: 'Klik op Cryptshare' });
    expect(draft.subject).toBe('Aanmelding');
  });
});
