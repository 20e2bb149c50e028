import { findingFeatures } from '../../../../../shared/insight/finding-features';
import { scanMail } from '../../../../../shared/scan/engine';
import { IS_LEARNED_MODEL_ENABLED } from '../../../../../shared/scan/model/learned-model';
import { isModelFinding } from '../../../../../shared/scan/model/model-finding';
import type { RuleId } from '../../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const scan = (bodyText: string) => scanMail(mailWith({ bodyText }), policy);

// Written without the rules' words: the father's arrest is never called "detentie" or "politie-inzet".
/** A court's ruling on who may collect a pupil, in words no rule lists. */
const PICK_UP_RULING =
  'Beste juf Kim,\nVanaf vandaag mag alleen ik Noor (groep 4) nog van school ophalen. Vader mag haar niet meer ophalen; de beschikking van de rechter stuur ik vanavond na. Wilt u dit ook aan de overblijf doorgeven?\nGroet, Sanne';

const FATHER_ARRESTED = `Hoi Linda,

Even een update over Sven uit jouw groep. Gisteravond is zijn vader thuis door de politie opgehaald, na een melding van de buren. Hij zit nu vast en de moeder weet nog niet hoe lang dat gaat duren. Sven heeft het vanochtend zelf aan mij verteld bij de deur; hij had nauwelijks geslapen en wilde zijn jas niet uitdoen.

Wil jij hem vandaag een beetje in de gaten houden en het mij laten weten als hij overstuur raakt? Ik bel morgen met moeder.

Groet,
Marco`;

describe('the learned model beside the rules', () => {
  it('is switched on', () => {
    expect(IS_LEARNED_MODEL_ENABLED).toBe(true);
  });

  it('adds a pupil-file finding the rules miss, naming the words that weighed most', () => {
    const findings = scan(PICK_UP_RULING).findings.filter(
      (finding) => finding.rule === 'pupil-file',
    );
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding && isModelFinding(finding)).toBe(true);
    expect(finding?.explanation).toMatch(
      /^learned model \(score [\d.]+\): "[a-z]+"(, "[a-z[\]]+")*, near name/,
    );
    // Which situation word weighs most depends on the training data; one of them must be named.
    expect(finding?.explanation).toMatch(/"(beschikking|rechter|ophalen)"/);
    expect(finding?.explanation).not.toContain('Noor');
    expect(finding?.excerpt).toBeTruthy();
    expect(findingFeatures(findings)).toEqual(['in-body', 'near-name', 'learned-model']);
  });

  it.each([
    [
      'nl',
      'Hoi Sanne,\n\nWist jij dat Ilse gaat verhuizen? Ze vertelde vandaag dat het uit is met haar man en dat ze in scheiding liggen. Ze wil het er op school liever niet over hebben.\n\nMarieke',
      'scheiding',
    ],
    [
      'en',
      'Hi Tom,\n\nSome news before the staff meeting: Priya told me her husband and she are separating and she is looking for a flat in Geleen. She would rather not talk about it.\n\nAnna',
      'separating',
    ],
  ])(
    'adds an adult finding below its threshold where a term the rules tied to nobody supports it (%s)',
    (_lang, body, term) => {
      const findings = scan(body).findings.filter(isModelFinding);
      expect(findings.map((finding) => finding.rule)).toEqual(['sensitive-personal']);
      expect(findings[0]?.explanation).toContain(`, with "${term}"):`);
    },
  );

  it('gives the same findings for the same mail every time', () => {
    expect(scan(FATHER_ARRESTED)).toEqual(scan(FATHER_ARRESTED));
  });

  it('adds nothing where the rules already found the subject in that text', () => {
    const text = `${FATHER_ARRESTED}\n\nPS: Sven is vorig jaar gediagnosticeerd met ADHD.`;
    const findings = scan(text).findings.filter((finding) => finding.rule === 'pupil-file');
    expect(findings).toHaveLength(1);
    expect(findings[0] && isModelFinding(findings[0])).toBe(false);
  });

  it('takes whom the subject line names for the body that names nobody', () => {
    const body = PICK_UP_RULING.replace('Noor (groep 4)', 'haar');
    const about = (subject: string) =>
      scanMail(mailWith({ subject, bodyText: body }), policy).findings.filter(isModelFinding);
    const [finding, ...rest] = about('Ophalen Noor');
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('pupil-file');
    expect(finding?.explanation).toMatch(/near name \(given name\) in the subject line$/);
    expect(finding?.explanation).not.toContain('Noor');
    // The same body under a subject that names nobody is about nobody in particular.
    expect(about('Ophalen')).toEqual([]);
  });

  it.each([
    [
      'nl',
      'Beste juf Anouk,\n\nMijn zoon zit dit jaar bij u in de klas. Ik schrijf u even omdat we thuis sinds de herfstvakantie merken dat er iets speelt, en ik wil dat graag met u delen voordat het weekend begint. Hij ligt al een week elke avond tot elf uur wakker en ziet erg op tegen de toetsen. Vanochtend moest hij overgeven voor hij naar school ging, en op de fiets huilde hij.\n\nGroet,\nMonique',
    ],
    [
      'en',
      'Dear Ms Clarke,\n\nMy son is in your class this year, and I wanted to let you know something before the weekend. He has been lying awake until eleven every night this week, because he dreads the tests next week so much. He says he will be the stupidest in the class if he does not do well. This morning he was sick before he left for school, and he cried on his bike.\n\nBest wishes,\nMonique',
    ],
  ])(
    'takes a pronoun for "mijn zoon" said sentences before as the child it stands for (%s)',
    (_language, body) => {
      const [finding, ...rest] = scan(body).findings.filter(isModelFinding);
      expect(rest).toEqual([]);
      expect(finding?.rule).toBe('pupil-file');
      expect(finding?.explanation).toMatch(/near pupil \(a pronoun for the word "(zoon|son)"\)$/);
    },
  );

  it('adds nothing when the same situation is about nobody in particular', () => {
    const anonymous = FATHER_ARRESTED.replace(/Sven/g, 'een leerling').replace(
      'Even een update over een leerling uit jouw groep.',
      'Casus voor de intervisie, over een leerling uit een groep 6 elders.',
    );
    expect(scan(anonymous).findings.filter(isModelFinding)).toEqual([]);
  });

  it.each<[string, RuleId, string]>([
    [
      'test levels (nl)',
      'pupil-file',
      'Hoi Marieke,\nVoor begrijpend lezen scoort Mila nu op E-niveau en ze haalt 1F nog niet. We denken aan een eigen leerlijn en doublure is ook besproken met haar ouders.',
    ],
    [
      'medication and dose (nl)',
      'pupil-file',
      'Beste juf,\nMijn dochter Lotte neemt sinds vorige week 10 mg methylfenidaat in de ochtend. Wilt u letten op haar eetlust en of ze rond de middag onrustig wordt?\nGroet, Sanne',
    ],
    [
      'signs of neglect (nl)',
      'pupil-file',
      'Hoi Karin,\nJayden komt al weken zonder ontbijt en in dezelfde kleren naar school. Vandaag zag ik blauwe plekken op zijn bovenarm; hij wilde niet zeggen hoe dat kwam.',
    ],
    ['a father arrested (nl)', 'pupil-file', FATHER_ARRESTED],
    [
      'eviction and debt (nl)',
      'pupil-file',
      'Het gezin van Amira moet volgende maand het huis uit: ze worden uit huis gezet vanwege een huurschuld. Haar vader staat onder bewind. Amira slaapt slecht en is vaak moe.',
    ],
    [
      'burnout and reintegration (nl)',
      'sensitive-personal',
      'Beste collega’s,\nSandra zit sinds oktober thuis met een burn-out. Na de kerst start ze met haar re-integratie, twee ochtenden per week, in overleg met de bedrijfsarts.',
    ],
    [
      'a pregnancy (nl)',
      'sensitive-personal',
      'Hoi Peter,\nIlse vertelde me vandaag dat ze zwanger is, twaalf weken. Ze wil het nog niet aan het team vertellen, dus houd het even voor je. Ze is ’s ochtends vaak misselijk.',
    ],
    [
      'police picking up a dad (en)',
      'pupil-file',
      'Hi Anne,\nThe police picked up Noah’s dad last night and he is in custody now. Noah was very quiet today and did not want to go outside at break.',
    ],
    [
      'medication and dose (en)',
      'pupil-file',
      'Dear Ms de Vries,\nMy son Liam started on 20 mg of Ritalin this week. Could you let me know if he seems drowsy or loses his appetite at lunch?\nKind regards, Emma',
    ],
    [
      'burnout and return to work (en)',
      'sensitive-personal',
      'Hi all,\nOur colleague Mark has been off sick with burnout since September. He starts his return-to-work plan in January with the company doctor, two mornings a week.',
    ],
    [
      'a pregnancy (en)',
      'sensitive-personal',
      'Hi Tom,\nJust between us: Sophie told me she is pregnant, about ten weeks. She has not told the team yet and feels sick most mornings.',
    ],
  ])('warns for %s, by rule or by model', (_name, rule, body) => {
    expect(scan(body).findings.map((finding) => finding.rule)).toContain(rule);
  });

  it.each([
    [
      'a healthy-food newsletter',
      'Beste ouders,\nGezonde voeding op school: vanaf maandag is woensdag fruitdag. Geeft u uw kind water of melk mee in plaats van frisdrank? Snoep en chips laten we thuis.\nHet team van BS De Wissel',
    ],
    [
      'a lesson about the police',
      'Beste ouders van groep 4,\nDonderdag krijgt groep 4 een gastles van de wijkagent. De kinderen leren wat de politie doet, hoe je 112 belt en mogen in de politieauto zitten.',
    ],
    [
      'a job advert asking for a VOG',
      'Vacature: leerkracht groep 6 (0,6 fte) per 1 januari. Salaris volgens cao PO, schaal L10. Een VOG is vereist. Solliciteren kan tot 15 december via onze website.',
    ],
    [
      'a general policy text about zorgleerlingen',
      'Voor zorgleerlingen stelt de intern begeleider samen met de leerkracht een groepsplan op. Gegevens over ondersteuning, medicatie en onderzoek worden alleen in ParnasSys vastgelegd en nooit per gewone mail gedeeld.',
    ],
    [
      'a healthy-lunch newsletter (en)',
      'Dear parents,\nHealthy lunch week starts Monday. Please pack fruit, vegetables and water; no sweets or fizzy drinks. Children with allergies can bring their own snacks as always.',
    ],
    [
      'a lesson about the police (en)',
      'Dear parents of group 4,\nOn Thursday a police officer visits group 4. The children learn what the police do, how to call 112 and can sit in the police car.',
    ],
    [
      'an anonymised case for intervision',
      'Casus voor de intervisie: een leerling uit groep 7 komt vaak zonder ontbijt naar school en is snel boos. Hoe zouden jullie het gesprek met de ouders aanpakken?',
    ],
  ])('adds no finding to %s', (_name, body) => {
    expect(scan(body).findings.filter(isModelFinding)).toEqual([]);
  });
});
