import { scanMail } from '../../../../../shared/scan/engine';
import type { MailAttachment } from '../../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const rulesOf = (bodyText: string, attachments: MailAttachment[] = []) =>
  scanMail(mailWith({ bodyText, attachments }), policy).findings.map((finding) => finding.rule);
const rulesWithSubject = (subject: string, bodyText: string) =>
  scanMail(mailWith({ subject, bodyText }), policy).findings.map((finding) => finding.rule);

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

// Content round: adults' situations in other words, in quoted history and forwards.
describe('sensitive-personal rule, adult situations in other words', () => {
  it.each([
    [
      'a return-to-work plan from the occupational doctor (nl)',
      'Hoi Ellen,\nPatrick Bemelmans heeft gesproken met de arts van de arbodienst. Advies: twee ochtenden per week, zonder eigen groep.',
    ],
    [
      'a colleague’s breakdown, kept from the team (nl)',
      'Hoi Rik,\nIk heb Marloes gesproken. Ze zit sinds drie weken thuis en haar huisarts heeft haar doorverwezen naar een psycholoog. Ze wil niet dat het team het weet.',
    ],
    [
      'a pregnancy in the quoted history (en)',
      'Sure, I can cover Thursday.\n\nOn Tue 4 Feb 2025 at 18:02, Daniel Brooks wrote:\n> Between us: Sophie and I are expecting, she is eleven weeks.',
    ],
    [
      'an applicant’s detention (nl)',
      'Frank,\nDe sollicitant voor de conciërgefunctie, Dennis Hanssen, vertelde dat hij tot vorig jaar twee jaar heeft vastgezeten.',
    ],
    [
      'a colleague’s drinking, told by another (en)',
      'Lisa,\nMark came in on Monday smelling of alcohol and his hands were shaking. His wife told me he started at a clinic.',
    ],
    [
      'a colleague’s orientation (nl)',
      'Noor,\nRik heeft aan zijn ouders verteld dat hij op mannen valt. Zijn vader wil geen contact meer.',
    ],
    [
      'a scan of the writer’s passport (en)',
      'Hi,\nAs requested, attached a scan of my Irish passport and my bank details.',
    ],
    [
      'a teacher’s radiotherapy in a newsletter (nl)',
      'Beste ouders/verzorgers,\nJuf Femke is geopereerd aan een tumor en krijgt daarna bestralingen.',
    ],
    [
      'a garnishment in a forwarded Outlook block (nl)',
      'Ter info.\n\nVan: Deurwaarder <info@example.nl>\nVerzonden: maandag 3 maart 2025\nOnderwerp: loon\n\nWij leggen beslag op het loon van uw werknemer de heer R. Coenen.',
    ],
    [
      'panic attacks told by the writer of a forwarded mail (nl)',
      'Hoi Karin,\nZie onderstaande mail van Ruud.\n\nVan: Ruud Peters <r.peters@x.nl>\nVerzonden: dinsdag 4 maart 2025 08:12\nAan: Karin Schols <k.schols@x.nl>\nOnderwerp: afwezig\n\nKarin, ik zit al twee weken thuis met paniekaanvallen.',
    ],
    [
      'a dismissal after complaints about conduct, quoted (nl)',
      'Prima.\n\n> Op 3 maart schreef Ellen:\n> Wim heeft vorige week zijn ontslag gekregen na de klachten over zijn gedrag.',
    ],
    [
      'a colleague’s faith (nl)',
      'Karin,\nKun je in het gesprek met Jeroen rekening houden met zijn geloof? Hij is streng gereformeerd.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'the writer of a forwarded mail (nl)',
      'Hoi Karin,\n\nVan: Ruud Peters <r.peters@x.nl>\nVerzonden: dinsdag\nAan: Karin Schols <k.schols@x.nl>\n\nKarin, ik zit al twee weken thuis met paniekaanvallen.',
    ],
    [
      'a dismissal for conduct is no pupil’s behaviour (nl)',
      'Prima.\n\n> Op 3 maart schreef Ellen:\n> Wim heeft vorige week zijn ontslag gekregen na de klachten over zijn gedrag.',
    ],
  ])('does not call %s a pupil file', (_name, body) => {
    expect(rulesOf(body)).not.toContain('pupil-file');
  });

  it.each([
    [
      'a trainer named before the training (nl)',
      'Hoi team,\nMarieke Claassen geeft op 12 maart de training "Signaleren van kindermishandeling" en over burn-out.',
    ],
    [
      'an absence policy for all staff (nl)',
      'Beste collega’s,\nBij ziekte meld je je af bij je directeur. Na zes weken volgt een gesprek met de bedrijfsarts en een plan voor re-integratie.\n\nMet vriendelijke groet,\nIlse Janssen',
    ],
    [
      'MR minutes on staffing (nl)',
      'Verslag MR\n- De directeur, Karin Schols, vertelde over de formatie: door zwangerschapsverlof zijn er twee vacatures.',
    ],
    [
      'a leave policy in English (en)',
      'Dear colleagues,\nIf you are pregnant, please inform your director and HR three weeks before your leave starts. Questions? Ask Ilse Janssen.',
    ],
    [
      'a job advert for maternity cover (nl)',
      'Vacature leerkracht groep 5 (zwangerschapsvervanging). Wij vragen een VOG. Interesse? Mail Ilse Janssen.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });

  it('says when the situation is in the quoted history', () => {
    const finding = scanMail(
      mailWith({
        bodyText:
          'Karin, ik regel het.\n\nOp 12 mrt 2025 om 08:10 schreef Karin Schols <k.schols@kindante.nl>:\n> Youssef vroeg of hij vrij kan voor het vrijdaggebed. Hij vast nu ook.',
      }),
      policy,
    ).findings.find((found) => found.rule === 'sensitive-personal');
    expect(finding?.explanation).toContain('quoted history');
  });
});

// Train rounds 3 and 4: an adult's faith, legal trouble, leave and illness told without the
// category word.
describe('sensitive-personal rule, adult situations told around the word', () => {
  it.each([
    [
      'a colleague who changed faith (nl)',
      'Hoi Jos,\nSandra vertelde me dat ze vorig jaar is bekeerd en nu op vrijdag wil bidden.',
    ],
    [
      'a teacher going on pilgrimage (en)',
      'Dear Jos,\nI would like two weeks of unpaid leave in June: my husband and I will make the hajj.',
    ],
    [
      'a caretaker before the criminal court (nl)',
      'Jos,\nIk moet volgende week voor de politierechter komen, ik kan die dag niet werken.',
    ],
    [
      'a volunteer with a police caution (en)',
      'Dear Mr Vrancken,\nBefore the VOG: I received a police caution years ago. Is that a problem?',
    ],
    [
      'leave for a sick husband (nl)',
      'Nicole,\nSevda vraagt zorgverlof aan: haar man is ernstig ziek en zij rijdt elke dag naar het ziekenhuis.',
    ],
    [
      'a lunch volunteer after a stroke (nl)',
      'Beste Jos,\nOnze collega Marion komt voorlopig niet: ze heeft een hersenbloeding gehad.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a class visit to the court',
      'Beste ouders,\nGroep 8 bezoekt donderdag de rechtbank en ziet een zitting van de politierechter.',
    ],
    [
      'a file converted to PDF',
      'Hi Sandra,\nI converted the timetable to PDF, see the attachment.',
    ],
    [
      'a lesson about pilgrimage',
      'Beste collega’s,\nIn groep 6 behandelen we deze week de hadj, de bedevaart naar Mekka.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, a parent’s eviction', () => {
  it.each([
    [
      'an eviction with the possessive between (nl)',
      'Hoi Tom,\nDe moeder van Sem (groep 3) belde: ze zijn uit hun huis gezet en logeren nu bij een tante.',
    ],
    [
      'rent arrears of a father (en)',
      'Hi Tom,\nThe father of Liam (group 6) told me they have rent arrears and must leave the flat.',
    ],
  ])('flags %s as the parent’s and the pupil’s', (_name, body) => {
    expect(rulesOf(body)).toEqual(expect.arrayContaining(['sensitive-personal', 'pupil-file']));
  });

  it('lets a lesson about rent arrears through', () => {
    expect(
      rulesOf(
        'Beste ouders,\nIn groep 8 bespreken we deze week wat huurachterstand is en hoe je die voorkomt.',
      ),
    ).toEqual([]);
  });
});

describe('sensitive-personal rule, a ward only adults go to', () => {
  it('flags a mother admitted to the PAAZ as hers', () => {
    expect(
      rulesOf(
        'Hoi Marloes,\nDe moeder van Sem (groep 4) is opgenomen op de PAAZ. Sem woont nu bij zijn oma.',
      ),
    ).toEqual(expect.arrayContaining(['sensitive-personal']));
  });

  it('lets a leaflet about the PAAZ through', () => {
    expect(
      rulesOf(
        'Beste collega’s,\nIn de bijlage de folder van het ziekenhuis over de PAAZ, voor wie hem wil lezen.',
      ),
    ).toEqual([]);
  });
});

// Adults described indirectly: sick leave, reintegration, debt and eviction, detention,
// pregnancy, HR talks, addiction; in Dutch and English, and in quoted history.
describe('sensitive-personal rule, adults described indirectly', () => {
  it.each([
    [
      'sick leave by its law (nl)',
      'Hoi Sanne,\nKun je het rooster aanpassen? Ellen zit in de ziektewet en gaat na de zomer re-integreren.',
    ],
    [
      'being signed off work (en)',
      'Hi Sanne,\nJust so you know, Emma has been signed off work for six weeks.',
    ],
    [
      'a parent on a payment plan (en)',
      'Hi Sanne,\nMr Jansen asked whether he could pay the school trip on a payment plan.',
    ],
    [
      'a parent in rehab (en)',
      "Hi Sanne,\nTom's mum told me she is in rehab, so his aunt picks him up this month.",
    ],
    [
      'a past detention of a new caretaker (nl)',
      'Hoi Jos,\nEr gaat rond dat de nieuwe conciërge, Wim Pelzer, vroeger vast heeft gezeten voor inbraken.',
    ],
    [
      'a talk about her performance (nl)',
      'Hoi Sanne,\nKarin heeft morgen een gesprek met de bestuurder over haar functioneren.',
    ],
    [
      'a garnishment after a divorce (en)',
      'Hi Jeroen,\nMy old account is frozen because there is a garnishment on it; I am behind with the alimony.',
    ],
    [
      'surgery with complications, in a quoted Outlook header block (en)',
      'Sure, happy to cover.\n\nFrom: Monique Didden <m@x.nl>\nSent: Thursday, 22 January 2026 11:18\nTo: Aisling <a@x.nl>\nSubject: cover\n\nYou will cover group 6 for Naima, who is on sick leave. She had a hysterectomy and there were complications.',
    ],
    [
      'a drinking problem in a quoted Gmail reply (nl)',
      'Ter info, zie hieronder.\n\nOp vr 13 feb 2026 om 13:51 schreef Karin Meertens <k@x.nl>:\n> Beste juf,\n> Ik zit sinds vorige week in een kliniek voor mijn drankprobleem. Mijn zus Petra heeft Jesse nu.',
    ],
    [
      'a suspension of a colleague named by his school (nl)',
      'Marco,\nEr is een klacht binnengekomen over Mehmet Yildiz (BS Klimop). Ik wil met je overleggen over een eventuele schorsing.',
    ],
    [
      'a colleague in distress for whom cover is arranged (nl)',
      'Nicole,\nJasper belde vanochtend. Hij zei dat hij al huilend in de auto zit; de huisarts heeft hem doorverwezen naar de POH-GGZ. Kunnen we een invaller regelen?',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a newsletter offering a payment plan to all parents (en)',
      'Dear parents,\nThe school trip costs €45. If this is difficult, you can ask for a payment plan.',
    ],
    // "Uitgerekend" is a due date only with a date after it; before "hoeveel" it is a sum.
    [
      'a class blog on working out how many eggs to buy (nl)',
      'Beste ouders,\n\nVandaag bakten we pannenkoeken. Daan en Sanne lazen het recept voor en we hebben samen uitgerekend hoeveel eieren we nodig hadden voor 27 kinderen.\n\nJuf Anke',
    ],
    [
      'an invitation to a course on burn-out (nl)',
      'Beste collega’s,\n\nU bent van harte welkom op de cursus over burn-out en re-integratie. De bedrijfsarts vertelt hoe een medewerker terugkeert.\n\nHR',
    ],
    [
      'an invitation to a training on burnout (en)',
      'Dear colleagues,\n\nYou are very welcome at the training on burnout and return to work. The occupational physician explains how an employee comes back.\n\nHR',
    ],
    [
      'how the insurance doctor assesses long sickness, for everyone (nl)',
      'Beste collega’s,\nNa twee jaar ziekte beoordeelt de verzekeringsarts van het UWV of een medewerker recht heeft op een WIA-uitkering. Meer informatie staat op het intranet.',
    ],
    [
      'how the insurance doctor assesses long sickness, for everyone (en)',
      'Dear all,\nAfter two years of illness an insurance doctor decides whether an employee qualifies for WIA benefits. See the intranet for the procedure.',
    ],
    [
      'a masterclass on reintegration (nl)',
      'Beste collega’s,\nIn onze masterclass leert u hoe u als leidinggevende een medewerker helpt re-integreren.',
    ],
    [
      'a multidisciplinary meeting about a pupil (nl)',
      'Verslag multidisciplinair overleg\nLeerling: Tijn Dassen, groep 5. Afspraak: observatie in de klas.',
    ],
    [
      'a pupil who kept his sleeves on (nl)',
      'Hoi Sanne,\nDaan heeft bij gym zijn lange mouwen aangehouden; hij had het koud.',
    ],
    [
      'a new teacher’s expertise (nl)',
      'Hoi Sanne,\nMarieke neemt groep 5 over vanaf maandag; zij heeft al veel ervaring met dyslexie.',
    ],
    [
      'a new teacher’s expertise (en)',
      'Hi Sanne,\nEmma takes over group 5 on Monday; she has a lot of experience with autism.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, a colleague at the end of her strength', () => {
  it.each([
    [
      'nl',
      'Hoi Tom,\nIk ben er volgende week niet en de week erna waarschijnlijk ook niet. Ik zit er helemaal doorheen, ik slaap al weken slecht. Wil je het nog niet rondvertellen?\nYvonne',
    ],
    [
      'en',
      "Hi Tom,\nI won't be in next week and probably not the week after. I'm at the end of my tether, and I will stay at home for a while. Please keep it to yourself for now.\nYvonne",
    ],
  ])('finds the writer’s exhaustion told in everyday words (%s)', (_language, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it('lets a stock that is used up through (nl)', () => {
    expect(
      rulesOf('Hoi Tom,\nHet kopieerpapier is bijna op, we zitten er bijna doorheen.\nYvonne'),
    ).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, a parent taken ill, in plain words', () => {
  it.each([
    [
      'en',
      'Hi Tom,\nLieke in 5B is having a hard week. Her mother has suddenly become seriously ill and is not home yet.\nMieke',
    ],
  ])('finds the mother’s illness beside the pupil (%s)', (_language, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it('lets a class pet that was very ill through (en)', () => {
    expect(
      rulesOf(
        'Dear parents,\nOur class rabbit was very ill last week; the children made cards.\nMieke',
      ),
    ).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, the writer and parents in other words', () => {
  it.each([
    [
      'the writer in chemo, with a contraction (en)',
      "Hi Claire,\nHappy to help, but I'm in chemo every other Tuesday. I'd rather Mia's friends' parents didn't know.",
    ],
    [
      'a pregnancy loss (en)',
      'Sophie, could you cover my Friday group? I lost the baby on Monday.',
    ],
    ['a pregnancy loss (nl)', 'Hoi Sanne,\nWe zijn het kindje verloren, ik kom deze week niet.'],
    ['two mums (en)', 'Hi Ms Martin,\nNoah has two mums; his grandparents do not know yet.'],
    ['two mums (nl)', 'Beste juf,\nDaan heeft twee moeders; zijn opa en oma weten het nog niet.'],
    [
      'an invitation to a talk about one’s performance (nl)',
      'Van: HR <hr@x.nl>\nDate: do 6 mrt 2025\nSubject: uitnodiging gesprek\n\nBeste Yvette,\nHierbij nodigen wij je uit voor een gesprek over je functioneren.',
    ],
    [
      'a heart treatment of a colleague (nl)',
      'Karin,\nMark is er de komende weken niet. Hij is voor zijn hart gedotterd en moet revalideren.',
    ],
    [
      'a work capacity assessment (nl)',
      'Hoi Linda,\nDe arbeidsdeskundige acht Petra voor 50% inzetbaar; er start een tweede-spoortraject.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'an invitation to a parents’ evening (nl)',
      'Beste ouders,\nHierbij de uitnodiging voor de informatieavond over het nieuwe rapport op 3 april.',
    ],
    [
      'a procedure for everyone (nl)',
      'Beste collega’s,\nDe procedure bij ziekmelding is veranderd: meld je voor 7 uur bij de directeur.',
    ],
    [
      'a lesson about families (en)',
      'Dear parents,\nThis week group 4 reads a book about a girl who has two mums.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, councils and broadcasts', () => {
  it.each([
    [
      'the participation council’s questions (nl)',
      'Beste Wim,\nDe MR heeft het verzuimbeleid besproken. Hoe lang worden re-integratiedossiers bewaard?',
    ],
    [
      'a procedure sent to all heads (nl)',
      'Beste directeuren,\nVanaf 1 juni: week 6 probleemanalyse door de bedrijfsarts, week 8 plan van aanpak met de medewerker.',
    ],
    [
      'a book club novel (nl)',
      'Volgende leesclub bij mij. Boek: een verzonnen roman over een moeder die na haar burn-out opnieuw leert leven.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });

  it('still flags a named adult after "Mr" (en)', () => {
    expect(rulesOf('Hi,\nMr Jones has been signed off work with a burn-out.')).toContain(
      'sensitive-personal',
    );
  });
});

describe('sensitive-personal rule, leave, suspensions and courts in other words', () => {
  it.each([
    [
      'sick leave with stress (en)',
      'Hi Sanne,\nJust between us: Mark has been off sick with stress since March.',
    ],
    [
      'antidepressants (en)',
      'Hi Sanne,\nEmma is on antidepressants, please go easy on her this week.',
    ],
    [
      'a suspension pending an investigation (nl)',
      'Hoi Sanne,\nPeter is geschorst hangende het onderzoek naar de verdwenen gelden.',
    ],
    [
      'a suspension pending an investigation (en)',
      'Hi Sanne,\nMark is suspended pending the investigation into the missing money.',
    ],
    ['a parent’s court date (en)', "Hi Sanne,\nLiam's dad has a court date next week."],
    // A colleague away at a course says where she is; the mail is no course text for everyone.
    [
      'a father drunk at home, in a mail that says who is on a course (nl)',
      'Paul, Frank,\n\nDylan (groep 7) vertelde vanochtend dat zijn vader gisteravond weer heel boos was. Vader is volgens de buurvrouw vaker dronken thuis.\n\nPaul, jij bent morgen op de cursus voor schoolleiders; ik bel je na het gesprek.\n\nMirjam',
    ],
    [
      'a father drunk at home, in a mail that says who is at a training (en)',
      'Hi Paul,\n\nDylan (group 7) told us this morning that his dad was very angry again last night. According to the neighbour, his father is often drunk at home.\n\nPaul, you are at the training for school leaders tomorrow; I will call you after the meeting.\n\nMirjam',
    ],
    [
      'a father in custody, in a handover whose writer is on a course, verb last (nl)',
      'Hoi Frank,\n\nFijn dat jij vrijdag mijn groep doet nu ik op cursus ben.\n\nSem\nslaapt bij oma ivm situatie thuis, vader zit sinds vorige week vast\n\nMirjam',
    ],
    [
      'a mother’s post-traumatic stress, by its abbreviation (nl)',
      'Beste Yvonne,\nMoeder (Rasha) gaf zelf aan dat ze herbelevingen heeft; ik vermoed PTSS en heb haar naar de huisarts verwezen.\nMarloes',
    ],
    [
      'a colleague’s due date (nl)',
      'Hoi Marloes,\n\nTussen ons: Lotte is in verwachting, ze is uitgerekend eind juli. Ze wil het team het zelf vertellen.\n\nBas',
    ],
    // The disability assessment's doctor writes only about adults.
    [
      'the insurance doctor’s report on a colleague in a shared folder (nl)',
      'Hoi Marieke,\nHet rapport van de verzekeringsarts over Owen staat per ongeluk in de gedeelde groepsmap.',
    ],
    [
      'the insurance doctor’s report on the reader in a shared folder (en)',
      'Hi Owen,\nIn the shared class folder there are scans of your letters from the UWV about your WIA assessment and the report from the insurance doctor. Please move them to your own folder today.',
    ],
    [
      'an occupational health report on a titled teacher with an initial (nl)',
      'Mevrouw W. Peeters heeft vandaag het spreekuur bezocht. Zij is nog niet belastbaar vanwege psychische klachten.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a pupil’s suspension (nl)',
      'Geachte ouders van Daan,\nDaan is morgen geschorst omdat hij een klasgenoot heeft geschopt.',
    ],
    [
      'a pupil’s suspension (en)',
      'Dear Mr Smith,\nJake is suspended tomorrow because he kicked a classmate.',
    ],
    // A name given with its class is a pupil, so the measure is his, not the father's who comes.
    [
      'a suspension of a pupil named with his class, a titled father near it (nl)',
      'Geachte heer en mevrouw Meulenberg,\nHierbij bevestig ik het besluit om Jesse (groep 8) één dag te schorsen.\n\nVrijdag volgt een gesprek. Meneer Meulenberg gaf aan dat hij dan kan komen.\n\nDe schorsing wordt gemeld bij de inspectie.',
    ],
    [
      'a suspension of a pupil named with his class, a titled father near it (en)',
      'Dear Mr and Mrs Walsh,\nI confirm the decision to suspend Jesse (group 8) for one day.\n\nOn Friday we meet with Mr Walsh.\n\nThe suspension is reported to the inspectorate.',
    ],
    // What a parent consents to is the child's care, not the parent's own health.
    [
      'parents agreeing to their daughter’s dyslexia screening (nl)',
      'Hoi allemaal,\nElif Demir: goede vooruitgang, maar de spelling blijft traag. Haar ouders (kwamen maandag allebei) gaan akkoord met een dyslexiescreening na de vakantie.',
    ],
    [
      'parents agreeing to their daughter’s dyslexia screening (en)',
      'Hi all,\nElif Demir: good progress, but slow spelling persists. Her parents (both came in on Monday) agree to a dyslexia screening after the break.',
    ],
  ])('keeps %s a pupil file', (_name, body) => {
    const rules = rulesOf(body);
    expect(rules).toContain('pupil-file');
    expect(rules).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, what parents want for their child', () => {
  const fromTo = {
    from: { name: 'Tom Whitfield', address: 't.whitfield@kindante.nl' },
    to: [
      { name: 'Ans Kuijpers', address: 'a.kuijpers@kindante.nl' },
      { name: 'Fiona Gallagher', address: 'f.gallagher@kindante.nl' },
    ],
  };
  it.each([
    [
      'en',
      "Hi Ans, Fiona,\n\nAttached is my overview for 5B ahead of Thursday's meeting.\n\nLucas's parents want a dyscalculia screening - can we discuss that on Thursday?\n\nTom",
    ],
    [
      'nl',
      'Hoi Ans, Fiona,\n\nBijgaand mijn overzicht van 5B voor donderdag.\n\nDe ouders van Lucas willen een dyscalculiescreening, kunnen we dat donderdag bespreken?\n\nTom',
    ],
  ])('keeps the screening the pupil’s, not the parents’ health (%s)', (_language, bodyText) => {
    const rules = scanMail(mailWith({ ...fromTo, bodyText }), policy).findings.map(
      (finding) => finding.rule,
    );
    expect(rules).toContain('pupil-file');
    expect(rules).not.toContain('sensitive-personal');
  });

  it('still reads a parent’s own treatment as the parent’s (en)', () => {
    const bodyText = "Hi Ans, Fiona,\n\nLucas's mum wants to go back to rehab next month.\n\nTom";
    const rules = scanMail(mailWith({ ...fromTo, bodyText }), policy).findings.map(
      (finding) => finding.rule,
    );
    expect(rules).toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, drink and a driving ban in everyday words', () => {
  it.each([
    [
      'en',
      'Hi Hannah,\nFrom now on I will pick Noah up. Dan drank too much at his work party and lost his licence.\nClaire',
    ],
    [
      'nl',
      'Hoi Hannah,\nVoortaan haal ik Noah op. Dan heeft op het personeelsfeest te veel gedronken en is zijn rijbewijs kwijt.\nClaire',
    ],
  ])('finds it said of the named father (%s)', (_language, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it('lets a call for parents who drive to the school trip through (nl)', () => {
    expect(
      rulesOf(
        'Beste ouders,\nVoor de schoolreis zoeken we ouders met een rijbewijs; wie liever niet meer autorijden wil, kan mee in de bus.\nClaire',
      ),
    ).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, who is identifiable', () => {
  it.each([
    [
      'a spouse in detention, by "mijn man" (nl)',
      'Hoi Ilse,\nSinds vorige maand zit mijn man in de gevangenis.',
    ],
    [
      'a spouse in detention, by "je man" (nl)',
      'Hoi Fatima,\nIk heb P&O uitgelegd waarom: de situatie met je man en de gevangenis.',
    ],
    [
      'violence by an ex-spouse (en)',
      'Dear Ms Hanneke,\nMy ex-husband has been violent towards me and the police are involved now.',
    ],
    [
      'a contact ban on a parent (nl)',
      'Beste Maud,\nOmdat er een contactverbod geldt voor vader, halen wij Sophie (groep 3) alleen op met moeder.',
    ],
    [
      'a same-sex partner by the possessive (nl)',
      'Hoi Priya,\nKoen gaat in juni trouwen met zijn vriend. Hij wil niet dat de ouders het horen.',
    ],
    [
      'a same-sex spouse by the possessive (en)',
      'Hi Ilse,\nMark will bring his husband to the staff party.',
    ],
    [
      'a full name the list lacks, with an HR record (nl)',
      'Ellen,\nAns Kuijpers heeft de WIA-aanvraag ingediend. Haar keuring is op 15 april.',
    ],
    [
      'a retired teacher by title and a name the list lacks (nl)',
      'Hoi Karin,\nGoed idee om meester Jo uit te nodigen. Hij heeft sinds de zomer kanker.',
    ],
    [
      'a forwarded payslip notification with amounts (nl)',
      'Beste Joyce van der Linden,\n\nUw salarisstrook over februari staat klaar.\n\nFunctie: Leerkracht L10\nBetrekking: 0,8 fte\nBruto salaris: € 3.806,22\nLoonheffing: € 712,60',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a child telling that her mother hits her (nl)',
      'Beste Sanne,\nJada Moonen (groep 4) zei vanmiddag bij de BSO: "mama slaat me met de riem als ik niet luister."\nKunnen we morgen bellen?',
    ],
    [
      'a child telling that her father hits her mother (nl)',
      'Hoi Marieke,\n\nNoor vertelde bij het overblijven: papa slaat mama als hij boos is.\n\nTruus',
    ],
    [
      'a child telling that his father hits him (en)',
      'Hi Siobhan,\nDuring reading today Sam (the boy with the hearing aids in your group) told me his dad hits him when he gets his homework wrong. What do I do now?',
    ],
  ])('flags a parent hitting at home as the parent’s matter and the pupil’s: %s', (_name, body) => {
    expect(rulesOf(body)).toEqual(expect.arrayContaining(['pupil-file', 'sensitive-personal']));
  });

  it.each([
    [
      'a man who is nobody’s spouse (nl)',
      'Hoi Ilse,\nEen man van de gemeente vertelde over de gevangenis in de buurt.',
    ],
    [
      'a contact ban said not to exist (nl)',
      'Hoi Ravi,\nDaan (groep 4) woont om de week bij vader en moeder. Beide ouders mogen mailen! Er is geen contactverbod.',
    ],
    [
      'a female colleague, not a wife (nl)',
      'Hoi Sanne,\nMarieke komt met haar vrouwelijke collega naar de training.',
    ],
    ['his manner, not his husband (nl)', 'Hoi Sanne,\nDaan doet het graag op zijn manier.'],
    [
      'a payslip notification without amounts (nl)',
      'Beste medewerker,\n\nJe loonstrook over oktober staat klaar in het portaal.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, a named person who has pupils or colleagues', () => {
  it.each([
    [
      'a teacher with pupils (nl)',
      'Hoi Sanne,\nHenk Smeets heeft kanker. Hij wil niet dat zijn leerlingen het weten.',
    ],
    [
      'a teacher with pupils (en)',
      'Hi Sanne,\nSiobhan has cancer and starts chemo next week. She will tell her pupils herself.',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a child with classmates (nl)',
      'Hoi Sanne,\nDaan heeft kanker. Hij wil niet dat zijn klasgenoten het weten.',
    ],
    [
      'a child with classmates (en)',
      'Hi Sanne,\nNoah has cancer and starts chemo next week. He will tell his classmates himself.',
    ],
  ])('keeps %s a pupil file', (_name, body) => {
    const rules = rulesOf(body);
    expect(rules).toContain('pupil-file');
    expect(rules).not.toContain('sensitive-personal');
  });
});

// Issue 13, train rounds 6 to 13: pay, money, faith, union, ID numbers, drink and pregnancy in the
// everyday words a colleague uses for them.
describe('sensitive-personal rule, everyday words for pay, faith, drink and pregnancy', () => {
  it.each([
    [
      'a salary step with its number (nl)',
      'Hoi Mieke,\nJe zit vanaf 1 augustus in schaal 9 trede 4; dat wordt € 3.480 bruto per maand.',
    ],
    [
      'gross pay with a scale step (en)',
      'Hi Tom,\nFrom August you are on L10 trede 6, a gross salary of € 4.100 per month.',
    ],
    [
      'a passport number (nl)',
      'Hoi Petra,\nVoor mijn dossier: paspoortnummer XR81K27P4, geldig tot 2033. Groet, Anouk',
    ],
    [
      'a passport number (en)',
      'Hello Ria,\nMy new passport number is LK3920PQ1, valid until 2034. Regards, Maria',
    ],
    [
      'a union adviser at a named teacher’s side (nl)',
      'Hoi Els,\nPieter Janssen neemt donderdag zijn bondsadviseur mee naar het gesprek.',
    ],
    [
      'a leave request for the Suikerfeest (nl)',
      'Beste Karin,\nMag ik op 31 maart vrij voor het Suikerfeest? Dan vier ik het met mijn familie.',
    ],
    [
      'Friday prayer (en)',
      'Hi Mark,\nCould I leave at noon on Fridays? I go to Friday prayer at the mosque.',
    ],
    [
      'a named colleague going to the mosque (nl)',
      'Hoi Lisa,\nOnze collega Hatice gaat zondag naar de moskee, dus zij kan niet mee naar het teamuitje.',
    ],
    [
      'a relapse into drinking (nl)',
      'Hoi Ruud,\nSander is weer aan de drank, zijn vrouw belde vanochtend.',
    ],
    [
      'a colleague smelling of drink (nl)',
      'Hoi Wim,\nTwee collega’s zeggen dat ze bij Gerard ’s ochtends drank ruiken.',
    ],
    [
      'a pregnancy told through the 12-week scan (nl)',
      'Hoi Rachid,\nIk ben tien weken zwanger en vertel het team pas na de echo van 12 weken.',
    ],
    [
      'morning sickness (en)',
      'Hi Claire,\nI have bad morning sickness, so I may be a little late in the mornings. Emma',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a vacancy with its salary scale (nl)',
      'Vacature leerkracht groep 5\nSalaris volgens cao po, schaal L10 (max. € 5.520 bruto per maand). Informatie bij Petra Janssen.',
    ],
    [
      'a vacancy with its gross salary (en)',
      'Vacancy: teacher of English. Gross salary between € 3.600 and € 5.500 per month, scale L10.',
    ],
    [
      'a general note on new salary tables (nl)',
      'Beste collega’s,\nDe nieuwe salaristabellen staan in het portaal; per trede stijgt het bedrag met 2%.',
    ],
    [
      'a class visit to the mosque (nl)',
      'Hoi meester Youssef,\nGroep 7 bezoekt op 12 maart de moskee; drie ouders gaan mee als begeleider.',
    ],
    [
      'a lesson about feasts of several faiths (nl)',
      'Beste ouders,\nVolgende week praten we in groep 4 over het Suikerfeest, Divali, Chanoeka en Kerst.\n\nJuf Noor',
    ],
    [
      'a procedure asking for a passport number (en)',
      'Dear new colleagues,\nPlease never send your passport number by email; bring the document to HR.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Train round 12: an English webinar invitation whose subject line named "Teacher wellbeing and
// burnout" was read as a teacher's burnout; "invitation" makes a text general as "uitnodiging" does.
describe('sensitive-personal rule, invitations', () => {
  it.each([
    [
      'en',
      'Invitation: Teacher wellbeing and burnout prevention',
      'Dear Priya,\nJoin our free webinar on preventing burnout in schools. Register on our website.\nThe TeachWell team',
    ],
    [
      'nl',
      'Uitnodiging: welzijn van de leerkracht en burn-out voorkomen',
      'Beste Priya,\nDoe mee aan ons gratis webinar over burn-out op school. Meld je aan via de website.\nHet TeachWell-team',
    ],
  ])('lets an invitation through (%s)', (_lang, subject, body) => {
    expect(rulesWithSubject(subject, body)).not.toContain('sensitive-personal');
  });

  it('still flags a named colleague’s burnout in an invitation (en)', () => {
    expect(
      rulesWithSubject(
        'Invitation: farewell drinks',
        'Dear all,\nAs you know, Priya has a burnout and is on sick leave since March. Join us for her farewell drinks.\nMark',
      ),
    ).toContain('sensitive-personal');
  });
});

// Detection tuning (adults, content-train-16/18/22): how an adult's matter is tied to a named
// person when the word alone is weak, or when the text also reads as a general one.
describe('sensitive-personal rule, an adult’s matter said of a named person', () => {
  it.each([
    [
      'debts said of a named colleague through a pronoun (nl)',
      'Sietske,\nKarim heeft bij twee collega’s geld geleend. Volgens Esther heeft hij schulden bij iedereen.\nJW',
    ],
    [
      'debts said of a named colleague (en)',
      'Hi Mark,\nI hear that our colleague Peter has debts with half the staff room and is not paying them back.\nAnne',
    ],
    [
      'a named colleague going to the mosque, in a team-meeting mail (nl)',
      'Hallo allemaal,\nDe teamvergadering begint om 15.00, want Fatma gaat daarna naar de moskee.\nIngrid',
    ],
    [
      'a named teacher’s sick reports backed by an improvement plan, in a mail naming a quote (nl)',
      'Beste Marion,\nJan heeft zich inmiddels twee keer ziek gemeld na een overleg. Voorstel: mediation (offerte volgt) en een verbetertraject op communicatie.\nBart',
    ],
    [
      'the smell of drink on a named driver (nl)',
      'Goedemiddag,\nBij meneer Lambert roken twee ouders gisteren een sterke drankgeur toen hij uitstapte.\nMaud',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a course about debts (nl)',
      'Beste collega’s,\nOp 12 maart is er een training over schulden bij ouders: hoe herken je geldzorgen?',
    ],
    [
      'a newsletter item on debts (en)',
      'Dear parents,\nWorried about debts? The municipality offers free budget advice every Tuesday.',
    ],
    [
      'a workshop on debts by a named speaker (nl)',
      'Beste collega’s,\nOp de studiedag een workshop door Fatma Yilmaz over schulden bij ouders en hoe je dat herkent.',
    ],
    [
      'a procedure naming an organisation before sick reports and a plan (nl)',
      'Beste directeuren,\nJustis doet er 1 tot 4 weken over; bij een ziekmelding van een nieuwe medewerker volgt een plan van aanpak via HR.',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Detection tuning (adults, content-train-18): a care giver someone is taken to is that person's.
describe('sensitive-personal rule, someone accompanied to a care giver', () => {
  it.each([
    [
      'the writer’s father, in a quoted message (nl)',
      'Natuurlijk, ga maar. I.\n\nOp di 11 mrt 2025 om 06:48 schreef Mirjam Kramer <m.kramer@school.nl>:\n\n> Ingrid,\n>\n> Ik kom morgen later. Mijn vader is weer niet goed en ik ga met hem mee naar de\n> neuroloog, mijn moeder kan niet meer autorijden.\n>\n> Mirjam',
    ],
    [
      'the writer’s mother (en)',
      'Hi Claire,\nI will be in late tomorrow: my mother is not well and I am going with her to the neurologist.\nEmma',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a pupil taken to the paediatrician by a parent (nl)',
      'Beste juf Sanne,\nDaan is morgen afwezig, ik ga met hem mee naar de kinderarts.\nGroet, Petra',
    ],
    [
      'a care giver visiting the class (nl)',
      'Hoi allemaal,\nDinsdag komt de orthopedagoog kijken in groep 5; ik ga met haar mee naar de klas.\nIngrid',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Detection tuning (adults, content-train-33): a named child's parent owns their condition as
// "zijn vader" does, and an adult's residence, conviction, illness and money in everyday words.
describe('sensitive-personal rule, a named child’s parent and adults’ facts in other words', () => {
  it.each([
    [
      'a named pupil’s mother with an eating disorder (en)',
      'Femke,\n\nEmre’s mum has been in and out of hospital with her eating disorder since the summer.\n\nSarah',
    ],
    [
      'a named pupil’s father admitted to a clinic, the name opening the line (nl)',
      'Hoi juf Eva,\n\nLiekes vader is sinds maandag opgenomen in de GGZ-kliniek, dus hij kan niet ophalen.\n\nSanne',
    ],
    [
      'a named pupil’s father in spoken Dutch (nl)',
      'Hoi Ruud,\n\nSanne haar vader heeft kanker, ze weten het sinds vorige week.\n\nRick',
    ],
    [
      'a pupil’s mother noted after a colon (nl)',
      'Hoi Ruud,\n\nThuissituatie Daan: zijn moeder: opgenomen in de GGZ-kliniek sinds maandag.\n\nRick',
    ],
    [
      'a father in prison, in slang (nl)',
      'Hoi Petra,\n\nMilan is weer heel onrustig. Van de buurvrouw hoorde ik dat zijn vader weer in de bak zit, sinds de carnaval.\n\nJeroen',
    ],
    [
      'a father who smelled of beer at the gate (nl)',
      'Marco,\n\nDe vader van Luuk stond vanmorgen bij het hek te schreeuwen en hij rook flink naar bier. Luuk schaamde zich dood.\n\nHarrie',
    ],
    [
      'a father “aan de drank”, with the child’s signs (nl)',
      'Beste Anja,\n\nDaan komt vaak zonder ontbijt op school. Moeder vertelde dat vader aan de drank is en vaak ruzie maakt.\n\nPetra',
    ],
    [
      'a father deported (en)',
      'Dear Mrs Whitfield,\n\nAdam’s father was deported back to Morocco last month. Adam cries at night.\n\nSara',
    ],
    [
      'a rejected asylum appeal (en)',
      'Dear Ms de Groot,\n\nThe asylum appeal of Mrs Tesfay was rejected last week; the family may be moved.\n\nSociaal Team',
    ],
    [
      'a family’s benefits stopped (en)',
      'Hello,\n\nAbout the Year 6 trip: our benefits got stopped last month while the municipality checks our income, so we cannot pay the 65 euros yet. Jayden really wants to go.\n\nJason Clarke',
    ],
    [
      'a grandfather with dementia (en)',
      'Hi Joanne,\n\nCould you take my dad off the pick-up list? He’s got dementia now and got lost in town last week.\n\nHelen',
    ],
    [
      'a colleague not out to the parents (en)',
      'Jo,\n\nCan you take the photo of Ben and his partner out of the newsletter? Ben came out to me last term but he’s not out to the parents yet.\n\nH',
    ],
    [
      'a mother arrested for shoplifting (nl)',
      'Ruud,\n\nDe moeder van Ties (groep 7) is vorige week opgepakt voor winkeldiefstal bij de Jumbo.\n\nRick',
    ],
    [
      'a teacher unfit for work, from the occupational physician (en)',
      'Dear Ms Vermeulen,\n\nAfter the consultation with Ms S. Whitfield: the employee is currently unfit for her own work.\n\nK. Vos, occupational physician',
    ],
    [
      'a pupil’s mother with a psychosis (en)',
      'Hi Hans,\n\nUpdate on Hannah (group 8): her mum’s psychosis has returned, so Hannah stays with a neighbour.\n\nJames',
    ],
    [
      'a father’s arrest, in a noun (en)',
      'Dear Mr O’Hara,\n\nLiam’s stutter has got worse since his father’s arrest in January.\n\nRob',
    ],
    [
      'a mother who called, her cancer in the next sentence (nl)',
      'Hoi Ruud,\n\nDaan is erg stil. Zijn moeder belde vanochtend. Ze heeft kanker en begint volgende week met de chemo.\n\nRick',
    ],
    [
      'a colleague’s own feast and fast (en)',
      'Hi Ilse,\n\nI won’t be in on Friday, it’s Eid and I’ll be with my family in Rotterdam. Sorry I was slow in the afternoons: I’m fasting.\n\nTomás',
    ],
    [
      'a father taken away by the police and detained, in the bare verbs (nl)',
      'Marloes,\n\nEven een update over Jayden. Zijn vader is zaterdag opgepakt en zit nu vast; moeder belde me gisteravond.\n\nEsra',
    ],
    [
      'a mother’s own addiction, said with “ze zelf” after she was named (nl)',
      'Beste Marloes,\n\nIk heb moeder inmiddels gesproken. Ze vertelde dat ze zelf jarenlang verslaafd is geweest aan pijnstillers.\n\nVoor school: let op of Jayden op tijd komt.\n\nHanneke',
    ],
    [
      'a police investigation against the parent written to (en)',
      'Dear Mr Kowalski,\n\nBecause of the ongoing police investigation against you, Jakub’s mother asked us to contact only her.\n\nEsther',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a parent passing on the child’s diagnosis (en)',
      'Hi Femke,\n\nNoah’s mum forwarded the result of the assessment: autism spectrum disorder, with a language delay.\n\nPriya',
    ],
    [
      'a school doctor’s consult with a pupil and her mother (nl)',
      'Geachte mevrouw Brouwers,\n\nNa het consult met Tess Kurvers en haar moeder: er zijn geen lichamelijke oorzaken gevonden voor de buikpijn.\n\nS. Lemmens, jeugdarts',
    ],
    [
      'a book club’s novel about a father who drinks (nl)',
      'Hoi allemaal,\n\nIn april lezen we ‘Droge maanden’, over een vader die aan de drank is en zijn dochter die thuis alles regelt.\n\nAnouk',
    ],
    [
      'a printout left in the tray (nl)',
      'Hoi Petra,\n\nDe uitdraai met de planning van Milan zat de hele middag in de bak van de printer.\n\nJeroen',
    ],
    [
      'a lesson on the asylum procedure (nl)',
      'Beste ouders,\n\nDeze week praten we in groep 7 over de asielprocedure en over vluchten.\n\nJuf Anouk',
    ],
    [
      'a form asking whether benefits were stopped (en)',
      'Dear parents,\n\nThe fund can help families whose benefits were stopped; ask the office for the form.\n\nThe school office',
    ],
    [
      'a mother telling of her child’s medicine (en)',
      'Hi Niamh,\n\nSofia’s mum told me Sofia takes pills for her asthma before gym.\n\nMaggie',
    ],
    [
      'a father who called about his daughter’s illness (en)',
      'Hi,\n\nEmma’s dad called this morning. She has a severe eating disorder and will be admitted next week.\n\nJames',
    ],
    [
      'a class letter about the feast (en)',
      'Dear parents,\n\nNext week group 5 learns how families celebrate Eid al-Fitr, with stories and a craft.\n\nMs Anouk',
    ],
    [
      'a named pupil who says she herself has headaches (nl)',
      'Beste Marloes,\n\nIk heb Noor uit groep 4 vanmorgen gesproken. Ze vertelde dat ze zelf al weken last heeft van hoofdpijn en migraine.\n\nHanneke',
    ],
    [
      'a history lesson on a famous arrest (en)',
      'Dear parents,\n\nThis week group 8 learns about the civil rights movement and the arrest of Rosa Parks in 1955.\n\nMs Anouk',
    ],
    [
      'a staff training on psychosis in general (en)',
      'Dear colleagues,\n\nOn Wednesday a GGZ nurse explains what a psychosis is and how to spot early signs in teenagers.\n\nHR',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Detection tuning (content-train-38): an adult's own situation in a mail that also hands over a
// class or praises a pupil.
describe('sensitive-personal rule, an adult’s own situation beside class news', () => {
  it.each([
    [
      'a police investigation against a named teacher (nl)',
      'Beste mevrouw Sniekers,\n\nU vroeg waarom meester Rick afwezig is. Hij is met verlof omdat er een politieonderzoek tegen hem loopt.\n\nRob',
    ],
    [
      // "staat klaar" alone is a handover, not a portal's notice that makes the mail general.
      'a colleague’s IVF after a handover whose lesson is ready (nl)',
      'Hoi Tom,\n\nIk neem donderdag groep 6 van je over. De rekenles staat klaar.\n\nJe zei vorige week dat de IVF-behandeling jullie allebei zwaar valt.\n\nKim',
    ],
    [
      'a colleague’s IVF after a handover whose lesson is ready (en)',
      'Hi Tom,\n\nI’ll take group 6 on Thursday. The maths lesson is ready.\n\nYou said last week that the IVF treatment is hard on you both.\n\nKim',
    ],
    [
      // A pupil's presentation is no talk that makes the mail general.
      'a husband’s radiotherapy after a pupil’s presentation (nl)',
      'Beste mevrouw Wolfs,\n\nMilan heeft vandaag een prachtige presentatie gegeven over Mars.\n\nIk hoop dat de bestralingen van uw man goed verlopen.\n\nAnja',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a police investigation into a break-in (nl)',
      'Beste mevrouw Wolfs,\n\nEr loopt een politieonderzoek naar de inbraak in de school.\n\nRob',
    ],
    [
      'a talk on depression for all staff (nl)',
      "Beste collega's,\n\nOp woensdag geeft een GGZ-verpleegkundige een presentatie over depressie bij ouders.\n\nHR",
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Detection tuning (content-train-39): living on welfare is an adult's own income.
describe('sensitive-personal rule, a parent on welfare', () => {
  it('flags a named pupil’s father living on welfare (nl)', () => {
    expect(
      rulesOf(
        'Hoi Sanne,\n\nDe vader van Bo Schoonbrood werkt al maanden niet meer, ze zitten in de bijstand.\n\nEsther',
      ),
    ).toContain('sensitive-personal');
  });

  it('lets through a lesson on poverty (nl)', () => {
    expect(
      rulesOf(
        'Beste ouders,\n\nIn de les over armoede leren de kinderen wat het betekent als een gezin in de bijstand zit.\n\nJuf Anouk',
      ),
    ).not.toContain('sensitive-personal');
  });
});

// Detection tuning (content-train-39): "uit de kast" and "geloof" are also a cupboard and a verb.
describe('sensitive-personal rule, coming out and faith, not a cupboard or "I think"', () => {
  it.each([
    [
      'a colleague not yet out to the team (nl)',
      'Hoi Ruud,\n\nWeet jij of Linda haar vriendin meeneemt? Ze is volgens mij nog niet uit de kast bij het team.\n\nFemke',
    ],
    [
      'a colleague fasting for his faith (nl)',
      'Hoi Ruud,\n\nAhmed vast deze maand vanwege zijn geloof en eet niet mee bij de lunch.\n\nFemke',
    ],
  ])('flags %s', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'a bun from the cupboard (nl)',
      'Hoi,\n\nDylano was weer zonder ontbijt, ik heb hem een krentenbol uit de kast gegeven.\n\nS.',
    ],
    [
      '"geloof ik" as "I think" (nl)',
      'Hallo Natasja,\n\nHet kleine meisje van groep 1, Zara geloof ik, plast bijna elke overblijf in haar broek en niemand komt haar omkleden.\n\nWilma',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).not.toContain('sensitive-personal');
  });
});

// Detection tuning (content-train-27 and -30): prison by its Dutch abbreviation, and a judge's
// ruling told inverted.
describe('sensitive-personal and pupil-file rules, prison and a ruling in other words', () => {
  it('flags a father out of prison ("de PI") next to his named son, for both (nl)', () => {
    const rules = rulesOf(
      'Goedendag,\n\nIk ben de vader van Sem Hermkens (groep 6). Ik ben in november vrijgekomen na twee jaar in de PI in Roermond en wil weer betrokken zijn bij mijn zoon.\n\nPatrick',
    );
    expect(rules).toContain('sensitive-personal');
    expect(rules).toContain('pupil-file');
  });

  it('flags a ruling told as "dat heeft de rechter bepaald" (nl)', () => {
    expect(
      rulesOf(
        'Beste Anouk,\n\nPapa mag Jens niet meer zien tot de zitting in januari, dat heeft de rechter bepaald. Jens is nog steeds bang.\n\nMarloes',
      ),
    ).toContain('pupil-file');
  });

  it.each([
    [
      'the rule on a parent without custody, for anyone (nl)',
      "Beste collega's,\n\nEen ouder zonder gezag heeft ook recht op informatie over hoe het met het kind gaat op school.\n\nDirectie",
    ],
    [
      'pi in a maths lesson (nl)',
      'Hoi,\n\nIn de les rekenen we met de PI van een cirkel, pi is ongeveer 3,14.\n\nJuf',
    ],
  ])('lets through %s', (_name, body) => {
    const rules = rulesOf(body);
    expect(rules).not.toContain('sensitive-personal');
    expect(rules).not.toContain('pupil-file');
  });
});

// Detection tuning (content-train-40): a named colleague's own matter, told with the signs of a job.
describe('sensitive-personal rule, a named colleague by the signs of a job', () => {
  it.each([
    [
      'surgery and weeks out of action (nl)',
      "Lieve collega's,\n\nMonique Ubachs is gisteravond met spoed geopereerd aan een gesprongen blindedarm. Ze is zeker drie weken uit de roulatie.\n\nNicole",
    ],
    [
      'a suspension and the mailbox kept (nl)',
      'Beste Marco,\n\nIn opdracht van HR hebben we het account van Kees Bemelmans geblokkeerd in verband met zijn schorsing. Zijn mailbox blijft bewaard tot het onderzoek klaar is.\n\nServicedesk ICT',
    ],
  ])('flags %s as the adult’s, not a pupil file', (_name, body) => {
    const rules = rulesOf(body);
    expect(rules).toContain('sensitive-personal');
    expect(rules).not.toContain('pupil-file');
  });
});

// Detection tuning (content-train-46): work with children and its certificate of conduct are an adult's.
describe('sensitive-personal rule, a named person who works with children', () => {
  it.each([
    [
      'a police report and the question whether he works with children (nl)',
      'Linda,\n\nDe wijkagent belde: een buurman heeft aangifte gedaan tegen Daniel Fischer na een vechtpartij in hun straat. Ze vroegen of hij met kinderen werkt.\n\nRuud',
    ],
    [
      'a police report and a new VOG (en, with the Dutch words)',
      'Linda,\n\nThe police (wijkagent) called me today: a neighbour has filed a report (aangifte) against Daniel Fischer after a fight in their street. Do we need to ask for a new VOG?\n\nRuud',
    ],
  ])('flags %s as the adult’s, not a pupil file', (_name, body) => {
    const rules = rulesOf(body);
    expect(rules).toContain('sensitive-personal');
    expect(rules).not.toContain('pupil-file');
  });

  it('still reads a pupil’s police matter as a pupil file when no work is named (nl)', () => {
    expect(
      rulesOf(
        'Linda,\n\nDe wijkagent belde: een buurman heeft aangifte gedaan tegen Daniel Fischer uit groep 8 na een vechtpartij in hun straat.\n\nRuud',
      ),
    ).toContain('pupil-file');
  });
});

describe('sensitive-personal rule, a run for a cancer charity', () => {
  it('lets through a colleague running for KWF Kankerbestrijding (nl)', () => {
    expect(
      rulesOf(
        "Hoi collega's,\n\nZondag loop ik de marathon van Rotterdam. Ik loop voor KWF Kankerbestrijding. Wie wil sponsoren kan zich inschrijven in de teamkamer.\n\nRuud",
      ),
    ).not.toContain('sensitive-personal');
  });

  it('still flags the writer’s own cancer (nl)', () => {
    expect(
      rulesOf(
        "Hoi collega's,\n\nIk heb kanker en begin volgende week met de chemo. Ik ben een paar maanden weg.\n\nRuud",
      ),
    ).toContain('sensitive-personal');
  });
});

// Detection tuning (content-train-49): an operation named by what was operated on.
describe('sensitive-personal rule, an operation in a compound', () => {
  it('flags the writer’s own heart operation (nl)', () => {
    expect(
      rulesOf(
        "Beste collega's,\n\nAfgelopen maand heb ik een hartoperatie gehad. Het gaat goed; ik begin maandag weer halve dagen.\n\nRuud Hendriks",
      ),
    ).toContain('sensitive-personal');
  });
});

describe('sensitive-personal rule, a staffing plan by class', () => {
  // The plan as a spreadsheet reads it: who teaches which class, their hours, and notes.
  const plan = (header: string) => {
    const rows = [
      header,
      '1-2a\tI. Krijnen / M. Wijnands\t1,0 / 0,6\tWijnands met zwangerschapsverlof tot half oktober',
      '1-2b\tT. Hendriks (vertrekt) -> vacature\t1,0\tvacature uitgezet',
      '3\tL. Hermans\t1,0',
      '5\tK. van der Linden / W. Kusters\t0,8 / 0,2\tVan der Linden start na re-integratie in eigen groep',
      '6\tA. Mensah\t0,8',
    ].join('\n');
    const content = new TextEncoder().encode(rows);
    return [{ name: 'formatie.txt', contentType: 'text/plain', size: content.length, content }];
  };

  it('reads the rows of a plan with teachers and hours as staff (nl)', () => {
    const rules = rulesOf(
      'Hierbij de formatie.',
      plan('Groep\tLeerkracht(en)\tFTE\tBijzonderheden'),
    );
    expect(rules).toContain('sensitive-personal');
    expect(rules).not.toContain('pupil-file');
  });
});

describe('sensitive-personal rule, worry that costs a teacher her sleep', () => {
  it('flags a teacher lying awake over a conflict with a parent (nl)', () => {
    expect(
      rulesOf(
        "Fatima,\n\nIk moet het toch aan iemand kwijt. Sinds mama er niet meer is, lukt het me gewoon niet om de gesprekken met de ouders van Bilal te voeren. Vader belt me 's avonds, hij zegt dat de school Bilal kapot maakt met die pillen en dat hij hem van school haalt als we de zorgmelding doorzetten. Ik lig er wakker van en sta elke ochtend met knikkende knieën voor de klas.\n\nKun jij het gesprek volgende week overnemen?\n\nPriscilla",
      ),
    ).toContain('sensitive-personal');
  });

  it('stays quiet on the idiom said of something one does not worry about (nl)', () => {
    expect(
      rulesOf(
        'Hoi allemaal,\n\nDe nieuwe kopieerregels gaan in op 1 maart. Daar lig ik niet wakker van, jullie vast ook niet.\n\nWendy',
      ),
    ).toEqual([]);
  });
});

// content-train-62: a women's shelter by its other English name, as "vrouwenopvang" in Dutch.
describe('sensitive-personal rule, a parent in a women’s shelter', () => {
  it.each([
    [
      'en',
      "Hi Tom,\n\nLiam's mum told me they are staying at a women's shelter since the weekend. Please do not give the new address to anyone.\n\nBest, Sarah",
    ],
    [
      'nl',
      'Hoi Ilse,\n\nDe moeder van Sem zit sinds vrijdag met de kinderen in de vrouwenopvang. Het adres mag niet in ESIS.\n\nGroet, Marja',
    ],
  ])('flags it (%s)', (_language, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });
});

// Since the model was retrained on 10,570 tuning mails (thirty-fourth session), it reads these short
// texts as the child's story alone, and the adult's part is dropped (withoutDisownedSubject).
// Keeping a parent's evidence there anyway, on the sixteen newest tuning folders and a model
// trained without them, added 4 false alarms and found nothing, so the loss is accepted and stated
// in the closing note: the mail still warns, as the pupil's file. A parent named as the one who
// hits ("papa slaat mama") is spared since the thirty-eighth session (parent-violence.ts).
describe('sensitive-personal rule, a parent’s matter the model reads as the child’s story', () => {
  it.each([
    [
      'a mother taken ill, beside her named daughter (nl)',
      'Hoi allemaal,\nLieke uit groep 5 heeft een zware week. Haar moeder is plotseling heel ziek geworden en is nog niet thuis.\nMieke',
    ],
    [
      'a mother who called, her illness in the next sentence (en)',
      'Esther,\n\nLars’s mum just called. She has a severe eating disorder and will be admitted next week.\n\nJames',
    ],
    [
      'violence against a pupil’s mother, told by the child (en)',
      'Dear Ms Bennett,\n\nYesterday Zoë (group 3) told our staff that her mum’s new boyfriend hits her mum when he is angry.\n\nBSO De Kleine Reus',
    ],
  ])('warns about %s as the pupil’s file', (_name, body) => {
    expect(rulesOf(body)).toEqual(['pupil-file']);
  });
});

// Detection tuning (content-train-89): drinking with the verb last in a subordinate clause, and
// wetting told with "zijn"/"haar" typed short.
describe('sensitive-personal and pupil-file rules, drinking and wetting in other word orders', () => {
  it.each([
    [
      'a father who drinks, the verb last (nl)',
      'Hoi Roel,\n\nMoeder vertelde dat vader sinds de zomer veel te veel drinkt, ook overdag.\n\nKees',
    ],
    [
      'the same written as one word (nl)',
      "Hoi Roel,\n\nDe moeder van Jesse zegt dat haar man 's avonds teveel drinkt.\n\nKees",
    ],
  ])('flags %s as an adult’s matter', (_name, body) => {
    expect(rulesOf(body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'zn (nl)',
      'Hoi Ellen,\n\nDaan heeft weer in zn broek geplast in de gymles. Hij schaamt zich kapot, dus graag niks zeggen in de klas.\n\nMaud',
    ],
    ["d'r (nl)", "Hoi,\n\nFenna heeft vanochtend in d'r broek geplast, ze schaamt zich erg.\n\nS."],
  ])('flags a named pupil wetting himself, "%s"', (_name, body) => {
    expect(rulesOf(body)).toContain('pupil-file');
  });

  it.each([
    [
      'a request that a named pupil not drink too much (nl)',
      'Hoi Sanne,\n\nWil je erop letten dat Daan bij de lunch niet te veel drinkt? Hij moet anders steeds naar de wc.\n\nEllen',
    ],
    [
      'a named pupil drinking too much lemonade (nl)',
      'Hoi Sanne,\n\nDaan drinkt te veel limonade in de pauze, kun je dat met zijn moeder bespreken?\n\nEllen',
    ],
    [
      'a named pupil drinking too much fizzy drink (en)',
      'Hi Sam,\n\nLeo drinks too much fizzy pop at lunch, could you mention it to his dad?\n\nEllen',
    ],
  ])('lets through %s', (_name, body) => {
    expect(rulesOf(body)).toEqual([]);
  });

  it('lets through a drinking rule for a school trip with nobody named (nl)', () => {
    expect(
      rulesOf(
        'Beste ouders,\n\nOp kamp zorgen we dat niemand te weinig drinkt: geef uw kind een bidon mee.\n\nDe kampcommissie',
      ),
    ).toEqual([]);
  });
});

// content-train-90: parents writing in learner's English name a family's church and a lost job
// beside their child's name in the subject line.
describe('sensitive-personal rule, a parent writing in learner’s English', () => {
  it.each([
    [
      'a family’s Orthodox church',
      'Selam food at school party',
      'Hello Anouk\n\nWe are Orthodox Christians (Tewahedo church) and now is the big fasting time before Easter, 55 days. In this time we eat no meat, no milk, no egg, no cheese. Selam also fast in the morning with us.\n\nFor the school party on friday please Selam not eat the cheese sandwich and the pannenkoek with milk. I give her injera and lentils with her. Thank you for understand.\n\nSenait',
    ],
    [
      'a father who lost the job and a family without a house',
      'Bartek - sorry',
      'Hello juf Anouk,\n\nSorry Bartek is late again this week and Tuesday he not come. We have big problem. Pawel lost the job at the warehouse two weeks ago and the agency say we must leave the house because the house is from the agency. Friday we must go out.\n\nNow we sleep by my cousin in Brunssum, 5 people in small apartment, Bartek sleep on the sofa.\n\nThank you\nKatarzyna',
    ],
  ])('flags %s', (_name, subject, body) => {
    expect(rulesWithSubject(subject, body)).toContain('sensitive-personal');
  });
});
