import { scanMail } from '../../../../../shared/scan/engine';
import type { SensitiveEvidence } from '../../../../../shared/scan/text/sensitive-hits';
import { withPupilDocumentsOwned } from '../../../../../shared/scan/text/pupil-documents';
import { makeDocx } from '../../../../helpers/office-files';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();

/** An attached document's evidence, as the engine hands it over. */
const withPupilDocumentOwned = (evidence: SensitiveEvidence[]) =>
  withPupilDocumentsOwned(evidence, 'attachment', Infinity);

const item = (
  subject: SensitiveEvidence['subject'],
  term: string,
  tiedTo: SensitiveEvidence['tiedTo'],
  category: SensitiveEvidence['category'] = 'health',
  cue?: string,
): SensitiveEvidence => ({ subject, category, term, start: 0, end: term.length, tiedTo, cue });

/** A pupil's report: four items of the pupil's, by their name and by "leerling". */
const PUPILS_REPORT = [
  item('pupil', 'ontwikkelingsperspectief', 'pupil', 'pupil-record'),
  item('pupil', 'leerachterstand', 'name', 'pupil-record'),
  item('pupil', 'overstuur', 'name'),
  item('pupil', 'dyslexie', 'name'),
];

describe('an attached document about a pupil', () => {
  it("reads a health word tied to a bare name in it as the pupil's", () => {
    const owned = withPupilDocumentOwned([
      ...PUPILS_REPORT,
      item('adult', 'adhd', 'name', 'health', 'initial and surname'),
    ]);
    expect(owned.map((each) => each.subject)).toEqual(Array(5).fill('pupil'));
  });

  it('does so in an English report too', () => {
    const owned = withPupilDocumentOwned([
      item('pupil', 'education plan', 'pupil', 'pupil-record'),
      item('pupil', 'behind in reading', 'name', 'pupil-record'),
      item('pupil', 'anxiety', 'name'),
      item('adult', 'adhd', 'name', 'health', 'given name'),
    ]);
    expect(owned.filter((each) => each.subject === 'adult')).toEqual([]);
  });

  it("keeps a parent's own matter the parent's ('moeder heeft zelf een depressie', 'his mother')", () => {
    for (const cue of ['parent: moeder', 'own relative: his mother']) {
      const evidence = [...PUPILS_REPORT, item('adult', 'depressie', 'adult', 'health', cue)];
      expect(withPupilDocumentOwned(evidence)).toBe(evidence);
    }
  });

  it("keeps an adult's HR record and a document with little of the pupil's in it", () => {
    const record = [...PUPILS_REPORT, item('adult', 're-integratie', 'name', 'adult-record')];
    expect(withPupilDocumentOwned(record)).toBe(record);
    const thin = [item('pupil', 'dyslexie', 'name'), item('adult', 'burn-out', 'name')];
    expect(withPupilDocumentOwned(thin)).toBe(thin);
  });
});

describe('the scan of a mail with a pupil document attached', () => {
  const rulesFor = (paragraphs: string[][]) => {
    const content = makeDocx(paragraphs);
    const mail = mailWith({
      subject: 'Verslag',
      bodyText: 'Zie de bijlage.',
      attachments: [{ name: 'verslag.docx', size: content.length, content }],
    });
    return [...new Set(scanMail(mail, policy).findings.map((finding) => finding.rule))];
  };

  it('warns of a pupil file only, not of an adult named on the assessment', () => {
    expect(
      rulesFor([
        ['Verslag psychologisch onderzoek – vertrouwelijk'],
        ['Naam', 'Sara de Wit'],
        ['Groep', 'groep 7'],
        ['Onderzocht door', 'drs. M. Janssen, orthopedagoog'],
        ['Aanleiding'],
        [
          'Sara raakt snel overstuur in de klas sinds de scheiding van haar ouders; twee keer liep ze weg van school.',
        ],
        ['Bevindingen'],
        [
          'Bevindingen',
          'Geen aanwijzingen voor ADHD in de vragenlijsten van leerkracht en ouders. Wel duidelijke signalen van angst die samenhangen met de thuissituatie.',
        ],
        ['Advies: korte behandeling bij de jeugd-GGZ en een vaste rustplek in de klas.'],
      ]),
    ).toEqual(['pupil-file']);
  });

  it.each([
    [
      'nl',
      [
        ['Verslag zorgoverleg – vertrouwelijk'],
        ['Naam', 'Sara de Wit'],
        ['Sara raakt snel overstuur in de klas en heeft een leerachterstand bij rekenen.'],
        ['Thuissituatie: moeder heeft zelf een depressie en is in behandeling bij de GGZ.'],
      ],
    ],
    [
      'en',
      [
        ['Care meeting notes – confidential'],
        ['Name', 'Liam Foster'],
        ['Liam gets upset quickly in class and is behind in maths.'],
        ['Home: his mother has depression herself and is being treated for it.'],
      ],
    ],
  ])("still warns of the mother's own health in a care report (%s)", (_language, paragraphs) => {
    expect(rulesFor(paragraphs)).toEqual(['pupil-file', 'sensitive-personal']);
  });
});

describe("a pupil's report in the quoted history of a reply", () => {
  const quote = (lines: string[]) => lines.map((line) => `> ${line}`).join('\n');
  const DUTCH_REPORT = [
    'Verslag psychologisch onderzoek – vertrouwelijk',
    'Naam: Sara de Wit',
    'Groep: groep 7',
    'Onderzocht door: drs. M. Janssen, orthopedagoog',
    'Aanleiding',
    'Sara raakt snel overstuur in de klas sinds de scheiding van haar ouders; twee keer liep ze weg van school.',
    'Bevindingen',
    'Geen aanwijzingen voor ADHD in de vragenlijsten van leerkracht en ouders. Wel duidelijke signalen van angst die samenhangen met de thuissituatie.',
    'Advies: korte behandeling bij de jeugd-GGZ en een vaste rustplek in de klas.',
  ];
  const ENGLISH_REPORT = [
    'Psychological assessment – confidential',
    'Name: Liam Foster',
    'Group: groep 7',
    'Assessed by: drs. K. Brandt, child psychologist',
    'Reason for referral',
    'Liam gets upset quickly in class since his parents separated; twice he ran off from school.',
    'Findings',
    'No indication of ADHD in the questionnaires of teacher and parents. Clear signs of anxiety linked to the situation at home.',
    'Advice: short treatment with youth mental health care and a fixed quiet spot in class.',
  ];
  const rulesFor = (bodyText: string) => [
    ...new Set(
      scanMail(mailWith({ subject: 'Re: verslag', bodyText }), policy).findings.map(
        (finding) => finding.rule,
      ),
    ),
  ];

  it.each([
    [
      'nl',
      'Dank je, ik lees het vanavond.\n\nOp di 4 mrt 2025 om 09:12 schreef Ilse <ilse@kindante.nl>:',
      DUTCH_REPORT,
    ],
    [
      'en',
      'Thanks, will read it tonight.\n\nOn Tue 4 Mar 2025 at 09:12 Ilse <ilse@kindante.nl> wrote:',
      ENGLISH_REPORT,
    ],
  ])('warns of a pupil file only (%s)', (_language, top, report) => {
    expect(rulesFor(`${top}\n${quote(report)}`)).toEqual(['pupil-file']);
  });

  it("still reads the reply's own words as written: the writer's own ADHD above the quote", () => {
    const top =
      'Ik heb zelf ook ADHD, dus ik herken veel.\n\nOp di 4 mrt 2025 om 09:12 schreef Ilse <ilse@kindante.nl>:';
    expect(rulesFor(`${top}\n${quote(DUTCH_REPORT)}`)).toEqual([
      'pupil-file',
      'sensitive-personal',
    ]);
  });
});
