// The request to a wrong recipient: the same text from the incident card and the add-in, Dutch and
// English, and nothing from the mail itself.
import { draftDeletionRequest } from '../../../../shared/incidents/deletion-request';
import type { LetterDraft } from '../../../../shared/incidents/letter-draft';

const read = (letter: LetterDraft, language: 'nl' | 'en') =>
  [
    letter.subject[language],
    letter.greeting[language],
    ...letter.sections.flatMap((section) => [section.heading[language], section.text[language]]),
    letter.closing[language],
  ].join('\n');

describe('draftDeletionRequest', () => {
  it('asks the wrong recipient to delete the mail and confirm, in Dutch and English', () => {
    const letter = draftDeletionRequest({ number: 'DL-2026-0007' }, 'Stichting Kindante');
    expect(letter.subject.nl).toBe(
      'Verzoek: verwijder een per vergissing ontvangen e-mail (DL-2026-0007)',
    );
    expect(read(letter, 'nl')).toContain('verwijderen');
    expect(read(letter, 'nl')).toContain('bevestigen');
    expect(read(letter, 'nl')).toContain('Stichting Kindante');
    expect(read(letter, 'en')).toContain('Please confirm by replying');
  });

  it('leaves the number out when the request goes before the report', () => {
    const letter = draftDeletionRequest({}, 'Stichting Kindante');
    expect(letter.subject.nl).toBe('Verzoek: verwijder een per vergissing ontvangen e-mail');
    expect(read(letter, 'nl')).not.toMatch(/DL-|undefined|\(\s*\)/);
  });

  it('says when the mail was sent, in Amsterdam time, so the recipient can find it', () => {
    const letter = draftDeletionRequest(
      { sentAt: new Date('2026-11-27T14:05:00Z') },
      'Stichting Kindante',
    );
    expect(read(letter, 'nl')).toContain('(verstuurd op vr 27 nov 2026, 15:05)');
    expect(read(letter, 'en')).toContain('(sent on Fri, 27 Nov 2026, 15:05)');
  });
});
