import { draftSubjectNotice, type LetterDraft } from '../../../../bot/incidents/subject-notice';
import { makeIncident } from '../../../helpers/incidents';

const CONTACT = {
  role: { nl: 'de functionaris gegevensbescherming', en: 'the data protection officer' },
  email: 'fg@school.nl',
};
const read = (letter: LetterDraft, language: 'nl' | 'en') =>
  [
    letter.subject[language],
    letter.greeting[language],
    ...letter.sections.flatMap((section) => [section.heading[language], section.text[language]]),
    letter.closing[language],
  ].join('\n');

describe('draftSubjectNotice', () => {
  it('tells parents what happened, which data, what it may mean, what was done and whom to ask', () => {
    const incident = makeIncident({
      kind: 'hacked-account',
      dataKinds: ['names-addresses', 'bsn', 'pupil-file'],
      measuresTaken: 'Wachtwoord direct gewijzigd.',
    });
    const text = read(draftSubjectNotice(incident, 'Stichting Kindante', CONTACT), 'nl');
    expect(text).toContain('Beste ouder of verzorger,');
    expect(text).toContain('toegang gehad tot het account van een medewerker');
    expect(text).toContain(
      'namen en adresgegevens, burgerservicenummers (BSN) en gegevens uit het leerlingdossier',
    );
    expect(text).toContain('voor een ander uit te geven');
    expect(text).toContain('Wachtwoord direct gewijzigd.');
    expect(text).toContain('functionaris gegevensbescherming (fg@school.nl)');
    expect(text).toContain('DL-2026-0001');
  });

  it('writes to staff when it is staff data, in English too', () => {
    const incident = makeIncident({ subjectGroups: ['staff'], dataKinds: ['passwords'] });
    const letter = draftSubjectNotice(incident, 'Stichting Kindante', {
      role: { nl: 'de privacyfunctionaris', en: 'the privacy officer' },
    });
    expect(read(letter, 'nl')).toContain('Beste collega,');
    expect(read(letter, 'en')).toContain('Change your password');
    expect(read(letter, 'en')).toContain('Please contact the privacy officer and mention');
  });

  it('leaves no placeholders and no empty sections', () => {
    for (const kind of ['lost-device', 'paper-lost', 'other'] as const) {
      const letter = draftSubjectNotice(
        makeIncident({ kind, dataKinds: ['other'], measuresTaken: '' }),
        'Stichting Kindante',
        CONTACT,
      );
      for (const language of ['nl', 'en'] as const) {
        const text = read(letter, language);
        expect(text).not.toMatch(/\[|undefined|\{/);
        for (const section of letter.sections) expect(section.text[language].trim()).not.toBe('');
      }
    }
  });
});
