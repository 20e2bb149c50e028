// The request to a wrong recipient opened in Outlook's new-message form (office-addin-mock): the
// recipients the sender chose, the register's text, and nothing from the sent mail's content.
import { displayNewMessage } from '../../../../addin/office/new-message';
import { deletionRequestMessage } from '../../../../addin/taskpane/model/deletion-request';
import {
  fakeSentMailOffice,
  type FakeOfficeOptions,
  type FakeSentMail,
} from '../../../../addin/preview/office-host/fake-mailbox';

const globals = globalThis as { Office?: unknown };

const SENT: FakeSentMail = {
  subject: 'Zorgverslag Daan de Vries',
  to: [{ emailAddress: 'verkeerde.ouder@gmail.com' }, { emailAddress: 'juf@kindante.nl' }],
  cc: [{ emailAddress: 'andere.ouder@hotmail.com' }],
  sentAt: '2026-11-27T14:05:00Z',
  attachments: [{ name: 'zorgverslag-daan.pdf', size: 120_000 }],
};

function openSentMail(options: FakeOfficeOptions = {}) {
  const state = fakeSentMailOffice(SENT, options);
  globals.Office = state.office;
  return state;
}

afterEach(() => delete globals.Office);

describe('the deletion request as a new message', () => {
  it('opens a form to the one wrong recipient with the Dutch and English request', async () => {
    const state = openSentMail();
    await displayNewMessage(
      deletionRequestMessage({
        wrongRecipients: ['verkeerde.ouder@gmail.com'],
        organisationName: 'Stichting Kindante',
        incidentNumber: 'DL-2026-0012',
        sentAt: new Date(SENT.sentAt),
      }),
    );
    expect(state.newMessages).toHaveLength(1);
    const [form] = state.newMessages;
    expect(form?.toRecipients).toEqual(['verkeerde.ouder@gmail.com']);
    expect(form?.bccRecipients).toEqual([]);
    expect(form?.subject).toBe(
      'Verzoek: verwijder een per vergissing ontvangen e-mail (DL-2026-0012)',
    );
    expect(form?.htmlBody).toContain('Wilt u deze e-mail en de bijlagen verwijderen');
    expect(form?.htmlBody).toContain('Please delete this e-mail and its attachments');
    expect(form?.htmlBody).toContain('verstuurd op vr 27 nov 2026, 15:05');
  });

  it('puts several wrong recipients in Bcc, so they do not see each other', async () => {
    const state = openSentMail();
    await displayNewMessage(
      deletionRequestMessage({
        wrongRecipients: ['verkeerde.ouder@gmail.com', 'andere.ouder@hotmail.com'],
        organisationName: 'Stichting Kindante',
      }),
    );
    expect(state.newMessages[0]?.toRecipients).toEqual([]);
    expect(state.newMessages[0]?.bccRecipients).toEqual([
      'verkeerde.ouder@gmail.com',
      'andere.ouder@hotmail.com',
    ]);
  });

  it('carries nothing of the sent mail but its time: no subject, names or file names', async () => {
    const state = openSentMail();
    await displayNewMessage(
      deletionRequestMessage({
        wrongRecipients: ['verkeerde.ouder@gmail.com'],
        organisationName: 'Stichting Kindante',
        sentAt: new Date(SENT.sentAt),
      }),
    );
    const form = JSON.stringify(state.newMessages);
    for (const content of ['Zorgverslag', 'Daan', 'Vries', 'zorgverslag-daan.pdf', 'juf@'])
      expect(form).not.toContain(content);
  });

  it('rejects when Outlook cannot open the form, so the pane can say so', async () => {
    const state = openSentMail({ failNewMessage: true });
    await expect(
      displayNewMessage(
        deletionRequestMessage({
          wrongRecipients: ['verkeerde.ouder@gmail.com'],
          organisationName: 'Stichting Kindante',
        }),
      ),
    ).rejects.toThrow('could not be opened');
    expect(state.newMessages).toHaveLength(0);
  });
});
