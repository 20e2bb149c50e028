import { suggestBreachDecisions } from '../../../../bot/incidents/breach-suggestions';
import type { IncidentReport } from '../../../../bot/incidents/report';
import { assessSeverity, prefillAssessment } from '../../../../bot/incidents/severity';

type Situation = Pick<
  IncidentReport,
  'kind' | 'dataKinds' | 'subjectGroups' | 'encrypted' | 'affectedCount'
>;

const suggest = (report: Situation) =>
  suggestBreachDecisions(assessSeverity(prefillAssessment(report).answers, report), report);

// [situation, report, notify the AP?, inform those affected?, words the AP reason must show]
const TABLE: [string, Situation, boolean, boolean, string][] = [
  [
    'a lost encrypted laptop',
    {
      kind: 'lost-device',
      dataKinds: ['names-addresses', 'pupil-file'],
      subjectGroups: ['pupils'],
      encrypted: 'yes',
      affectedCount: 30,
    },
    false,
    false,
    'leg vast waarom niet (AVG art. 33 lid 5)',
  ],
  [
    "a class list with parents' addresses in To",
    {
      kind: 'wrong-recipient',
      dataKinds: ['names-addresses'],
      subjectGroups: ['pupils', 'parents'],
      encrypted: 'no',
      affectedCount: 28,
    },
    true,
    false,
    'binnen 72 uur',
  ],
  [
    "a pupil's OPP sent to the wrong parent",
    {
      kind: 'wrong-recipient',
      dataKinds: ['pupil-file'],
      subjectGroups: ['pupils'],
      encrypted: 'no',
      affectedCount: 1,
    },
    true,
    true,
    'Zwaarst wegend: Soort gegevens: een leerlingdossier',
  ],
  [
    'a stolen unencrypted USB stick with test results',
    {
      kind: 'stolen-device',
      dataKinds: ['results'],
      subjectGroups: ['pupils'],
      encrypted: 'no',
      affectedCount: 120,
    },
    true,
    true,
    'Het gaat om veel mensen (120)',
  ],
  [
    'a hacked account with access to the pupil administration',
    {
      kind: 'hacked-account',
      dataKinds: ['names-addresses', 'bsn', 'pupil-file'],
      subjectGroups: ['pupils', 'parents'],
      encrypted: 'no',
      affectedCount: 400,
    },
    true,
    true,
    'gegevens van kinderen',
  ],
];

describe('suggestBreachDecisions', () => {
  it.each(TABLE)(
    'for %s suggests AP %s, people %s, with its reasons',
    (_name, report, ap, people, words) => {
      const suggestions = suggest(report);
      expect(suggestions.notifyAp.suggested).toBe(ap);
      expect(suggestions.informSubjects.suggested).toBe(people);
      expect(suggestions.notifyAp.reasons.map((reason) => reason.nl).join(' ')).toContain(words);
      for (const reason of [
        ...suggestions.notifyAp.reasons,
        ...suggestions.informSubjects.reasons,
      ]) {
        expect(reason.nl).not.toBe('');
        expect(reason.en).not.toBe('');
      }
    },
  );

  it('cites the articles it rests on', () => {
    const { notifyAp, informSubjects } = suggest(TABLE[3]![1]);
    expect(notifyAp.reasons[0]?.nl).toContain('AVG art. 33');
    expect(notifyAp.reasons[0]?.en).toContain('GDPR art. 33');
    expect(informSubjects.reasons[0]?.nl).toContain('AVG art. 34');
  });

  it('warns when "do not notify" rests only on the encryption of a care file', () => {
    const { notifyAp } = suggest(TABLE[0]![1]);
    expect(notifyAp.reasons.map((reason) => reason.nl).join(' ')).toContain(
      'controleer dat de sleutel of het wachtwoord niet ook kwijt is',
    );
  });
});
