import { scanMail } from '../../../../../shared/scan/engine';
import type { MailAttachment } from '../../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const rulesOf = (bodyText: string, subject = 'Overleg', attachments: MailAttachment[] = []) =>
  scanMail(mailWith({ subject, bodyText, attachments }), policy).findings.map(
    (finding) => finding.rule,
  );

describe('pupil-file rule', () => {
  it.each([
    [
      'a named pupil’s diagnosis',
      'Hoi Marieke,\nDaan uit groep 5 is vorige week gediagnosticeerd met ADHD. Hij start na de vakantie met medicatie.',
    ],
    [
      'an OPP sent to a parent',
      'Beste mevrouw Bakker,\nIn de bijlage vindt u het ontwikkelingsperspectief van uw zoon. Wilt u het getekend terugsturen?',
    ],
    [
      'a Veilig Thuis consultation',
      'We hebben zorgen over Lotte (groep 3). Na collegiale consultatie bellen we Veilig Thuis voor advies.',
    ],
    [
      'home situation of a pupil',
      'Sem is erg onrustig. Zijn ouders zitten midden in een vechtscheiding en er is een omgangsregeling via de rechter.',
    ],
    [
      'a psychological report',
      'Het psychologisch onderzoek bij Noor laat een disharmonisch profiel zien; het IQ is bepaald met de WISC-V.',
    ],
    [
      'an unnamed but singled-out pupil',
      'De leerling uit groep 6 met epilepsie heeft vandaag een aanval gehad.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('pupil-file');
  });

  it('flags a results list of named pupils', () => {
    const body =
      'Uitslagen Cito midden groep 7:\nDaan\tI\t245\nEmma\tIII\t231\nSem\tV\t210\nLotte\tII\t238';
    expect(rulesOf(body)).toContain('pupil-file');
  });

  it('flags an attached pupil document by its name', () => {
    expect(
      rulesOf('Zie bijlage.', 'Stukken', [{ name: 'OPP_Daan_groep6.docx', size: 20_000 }]),
    ).toContain('pupil-file');
    expect(
      rulesOf('Zie bijlage.', 'Stukken', [{ name: 'Onderzoeksverslag Emma.pdf', size: 20_000 }]),
    ).toContain('pupil-file');
  });

  it.each([
    [
      'a newsletter about dyslexia screening',
      'Beste ouders,\nDit jaar screenen we alle leerlingen van groep 3 op dyslexie. Kinderen met een vermoeden krijgen extra begeleiding.',
    ],
    [
      'a training about the meldcode',
      'Beste collega’s,\nOp de studiedag krijgen we een training over de meldcode huiselijk geweld en kindermishandeling.',
    ],
    [
      'a meeting about the OPP template',
      'Agenda IB-netwerk: 1. nieuw sjabloon OPP 2. evaluatie handelingsplannen 3. rondvraag',
    ],
    [
      'class logistics',
      'Morgen gaan we met groep 5 naar het museum. Daan, Emma en Sem rijden mee met de ouders van Lotte.',
    ],
    ['light news about a child', 'Sem heeft zijn gymtas laten liggen, hij staat bij de conciërge.'],
    [
      'a parent asking for an appointment',
      'Beste juf, kunnen we volgende week een afspraak maken over het rapport van onze dochter? Groet, Karin',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('pupil-file');
  });

  it('lets through a blank template attachment', () => {
    expect(
      rulesOf('Hierbij het nieuwe format.', 'OPP', [
        { name: 'sjabloon OPP 2026-2027.docx', size: 20_000 },
      ]),
    ).not.toContain('pupil-file');
  });
});
