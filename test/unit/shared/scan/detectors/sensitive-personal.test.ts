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

describe('sensitive-personal rule, adults written about in other words', () => {
  it.each([
    ['a heart attack (nl)', 'Meester Jos Peeters is zaterdag met een hartinfarct opgenomen.'],
    ['a heart attack (en)', 'Mr Peeters had a heart attack on Saturday and is in hospital.'],
    [
      'a faith accommodation (nl)',
      'Collega Hatice vraagt of ze op vrijdag weg mag voor het vrijdaggebed.',
    ],
    ['an orientation (en)', 'Hi Marjon, as you know my colleague Marco is gay.'],
    [
      'a summary dismissal (nl)',
      'Mevrouw Brouwers is op staande voet ontslagen wegens alcohol op het werk.',
    ],
    [
      'an improvement plan (en)',
      'Dear Liam, this confirms your improvement plan; HR may not extend your contract.',
    ],
    [
      "a parent's arrest next to the child (nl)",
      'De vader van Milan is vanmiddag bij het hek door de politie aangehouden.',
    ],
    [
      "a parent's arrest next to the child (en)",
      "Kofi's father was arrested last night; please do not let him pick Kofi up.",
    ],
    [
      'a restraining order on a titled parent (nl)',
      'Aan dhr. Vaessen is een huisverbod opgelegd; hij mag Sem (groep 3) niet ophalen.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a newsletter about the ramadan (nl)',
      'Beste ouders,\nIn maart begint de ramadan. In de klas besteden we aandacht aan het suikerfeest.',
    ],
    [
      'a lesson about the police (nl)',
      'Groep 4 krijgt donderdag een gastles van de wijkagent over de politie en aanhoudingen.',
    ],
    [
      'a staff training on harassment (en)',
      'Dear colleagues,\nSign up for the workshop on harassment at work before Friday.',
    ],
    [
      'a general note on dismissal law (nl)',
      'Beste collega’s, in de nieuwe cao staat wat ontslag op staande voet betekent.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Issue 13, second round: adults named by context (a spouse, a colleague, the named reader) and a
// parent's own situation next to the child.
describe('sensitive-personal rule, generalising', () => {
  it.each([
    [
      "a colleague's condition with his wife spoken of (en)",
      "Dear all,\nWei has epilepsy. If he has a seizure, stay calm. His wife's number is in the staffroom.",
    ],
    [
      "a colleague's grief and drinking (nl)",
      'Ik heb met Wim gesproken. Hij zit niet lekker in zijn vel sinds het overlijden van zijn vrouw en drinkt meer dan goed is.',
    ],
    [
      'a warning to the reader named in the greeting (nl)',
      'Geachte heer Schols,\nConform de cao ontvangt u hierbij een officiële schriftelijke waarschuwing, die in uw personeelsdossier wordt opgenomen.',
    ],
    [
      "a parent's drinking next to the child (nl)",
      'Vandaag kwam de vader van Bram hem ophalen en hij rook sterk naar drank.',
    ],
    [
      "a mother's injury next to the child (en)",
      'Jayden told us in the circle that his mother had a black eye last week.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a payslip notification (nl)',
      'Beste medewerker,\nJe loonstrook van oktober staat klaar in het portaal.',
    ],
    [
      'a training for a named manager (nl)',
      'Geachte heer Gielen,\nAls leidinggevende heeft u een belangrijke rol bij verzuim en re-integratie. In onze masterclass leert u in een middag welke verplichtingen de wet u oplegt en welke vragen u wel en niet mag stellen.\n- hoe u samenwerkt met de bedrijfsarts.',
    ],
    [
      'a job advert asking for a VOG (nl)',
      'Vacature leerkracht groep 5. Een VOG is vereist; salaris volgens cao schaal L10.',
    ],
    [
      'a supplier contract for occupational health (nl)',
      'Offerte arbodienst: tarieven per medewerker per jaar, inclusief spreekuur bij de bedrijfsarts.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});
