import { buildApDraft, formatApDraft, TO_FILL_IN } from '../../../../bot/incidents/ap-draft';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

describe('the AP notification draft', () => {
  const incident = makeIncident({
    status: 'subjects-decided',
    assignee: ICT_MEMBER,
    dataKinds: ['names-addresses', 'bsn'],
    subjectsDecision: { informed: true, explanation: 'Brief aan ouders op 31 maart.' },
  });
  const answers = new Map(
    buildApDraft(incident, 'Stichting Kindante').sections.flatMap((section) =>
      section.answers.map(({ question, answer }) => [question, answer] as const),
    ),
  );

  it('answers the form from the register entry', () => {
    expect(answers.get('Organisatie')).toBe('Stichting Kindante');
    expect(answers.get('Naam contactpersoon')).toBe('Ed van ICT');
    expect(answers.get('Wanneer is het ontdekt?')).toBe('vr 27 mrt 2026, 11:00');
    expect(answers.get('Om welke soorten persoonsgegevens gaat het?')).toBe(
      'NAW-gegevens; Burgerservicenummer (BSN)',
    );
    expect(answers.get('Aantal betrokkenen (minimaal–maximaal)')).toContain('28–28');
    expect(answers.get('Groepen betrokkenen')).toBe(
      'Leerlingen, Ouders, minderjarigen (leerlingen)',
    );
    expect(answers.get('Waren de gegevens versleuteld of onbegrijpelijk gemaakt?')).toBe('Nee');
    expect(answers.get('Zijn de betrokkenen geïnformeerd?')).toBe(
      'Ja: Brief aan ouders op 31 maart.',
    );
  });

  it('marks what the register cannot know instead of guessing', () => {
    expect(answers.get('Functie en telefoonnummer')).toBe(TO_FILL_IN);
    expect(answers.get('Aantal records')).toBe(TO_FILL_IN);
    expect(answers.get('Welke gevolgen kan het lek hebben voor de betrokkenen?')).toContain(
      'bsn of onderwijsnummer',
    );
  });

  it('prints as text to paste, one answer per line', () => {
    const text = formatApDraft(buildApDraft(incident, 'Stichting Kindante'));
    expect(text.startsWith('Concept AP-melding DL-2026-0001\n')).toBe(true);
    expect(text).toContain(
      '\n2. Tijdlijn\n- Wanneer is het datalek ontstaan? vr 27 mrt 2026, 09:00\n',
    );
  });
});
