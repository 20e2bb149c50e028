import { scanMail } from '../../../../../shared/scan/engine';
import type { MailAttachment } from '../../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const rulesOf = (bodyText: string, attachments: MailAttachment[] = []) =>
  scanMail(mailWith({ bodyText, attachments }), policy).findings.map((finding) => finding.rule);

describe('sensitive-personal rule', () => {
  it.each([
    ['a payslip', 'Hoi Petra, hierbij mijn salarisstrook van oktober voor de hypotheekaanvraag.'],
    [
      'garnishment of a colleague',
      'Voor collega Jansen is een loonbeslag binnengekomen van de deurwaarder.',
    ],
    [
      'sick leave with a diagnosis',
      'Mevrouw De Wit is ziekgemeld met een burn-out; de bedrijfsarts ziet haar volgende week.',
    ],
    ['a refused VOG', 'Bij de sollicitant voor groep 4 is de VOG geweigerd vanwege een strafblad.'],
    [
      'a disciplinary record',
      'Meneer Visser heeft vandaag een officiële waarschuwing gekregen; het verslag gaat in zijn personeelsdossier.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it('flags an ID copy by its file name', () => {
    expect(rulesOf('Zie bijlage', [{ name: 'kopie_ID_Jansen.jpg', size: 300_000 }])).toContain(
      'sensitive-personal',
    );
  });

  it.each([
    ['a bare absence notice', 'Juf Anja is vandaag ziek. Groep 4 krijgt les van meester Tim.'],
    [
      'a general salary-scale announcement',
      'Beste collega’s, per 1 januari gaan de salarisschalen uit de nieuwe cao in.',
    ],
    [
      'a VOG renewal round for everyone',
      'Beste allemaal, dit jaar vragen we voor alle medewerkers een nieuwe VOG aan. De uitnodiging volgt.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Issue 13: adults' situations without the HR word, and in English.
describe('sensitive-personal rule, indirect and English phrasing', () => {
  it.each([
    [
      'a colleague home with burnout (nl)',
      'Hoi Peter,\nFemke zit thuis met een burn-out; na de kerst start ze met re-integratie.',
    ],
    [
      'a colleague on a return-to-work plan (en)',
      'Hi Karin,\nTom has been off with burnout; the occupational doctor suggests a return-to-work plan.',
    ],
    ['a pregnancy (nl)', 'Voor de formatie: Lieke is zwanger, ze is uitgerekend in april.'],
    ['a pregnancy (en)', 'Just so you know, Priya told me she is pregnant and due in May.'],
    [
      'a conviction of an applicant (en)',
      'The applicant for group 3 has a criminal record; he was convicted in 2019.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a job advert asking for a VOG (nl)',
      'Vacature leerkracht groep 3, 0,8 fte. Een VOG is vereist. Salaris volgens cao PO, schaal L10.',
    ],
    [
      'a job advert (en)',
      'Vacancy: English teacher, 0.6 fte. A certificate of good conduct is required; salary scale L10.',
    ],
    [
      'a training about sick leave (en)',
      'Dear colleagues,\nSign up for the training on sick leave and return to work before Friday.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});
