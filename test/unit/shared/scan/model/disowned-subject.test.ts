import { scanMail } from '../../../../../shared/scan/engine';
import type { MailInput, RuleId } from '../../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const contentRules = (bodyText: string, mail: Partial<MailInput> = {}): RuleId[] =>
  scanMail(mailWith({ ...mail, bodyText }), policy)
    .findings.map((finding) => finding.rule)
    .filter((rule) => rule === 'pupil-file' || rule === 'sensitive-personal')
    .sort();

// Each mail made the rules tie its words to both a pupil and an adult; the learned model reads
// one of the two as not spoken of at all.
describe('whose matter a mail tells, when the rules found both a pupil and an adult', () => {
  it('keeps a pupil’s medication the pupil’s, though the mother brings it (nl)', () => {
    const body = `Hoi Sanne,

Tim Hendriks gaat mee op schoolkamp. Hij neemt 's avonds melatonine en 's ochtends zijn ritalin. Zijn moeder levert de medicijnen maandag af in een dichte doos. Wie van de leiding deelt ze uit?

Bram`;
    expect(contentRules(body)).toEqual(['pupil-file']);
  });

  it('reads a long mail around the words the rules tied, deciding as for a short one', () => {
    const agenda = 'Op woensdag is er weer fruit voor iedereen in de hal. '.repeat(80);
    const body = `Hoi Sanne,

${agenda}

Tim Hendriks gaat mee op schoolkamp. Hij neemt 's avonds melatonine en 's ochtends zijn ritalin. Zijn moeder levert de medicijnen maandag af in een dichte doos. Wie van de leiding deelt ze uit?

${agenda}

Bram`;
    expect(body.length).toBeGreaterThan(8000);
    expect(contentRules(body)).toEqual(['pupil-file']);
  });

  it('keeps a pupil’s epilepsy the pupil’s, though the mother brings the letter (en)', () => {
    const body = `Hi Joost,

Before the swimming lessons start: Emma Jansen (4b) has epilepsy and had a seizure again last month. She has to stay in the shallow part with one adult watching her all the time. Her mum will bring a letter from the neurologist.

Sarah`;
    expect(contentRules(body)).toEqual(['pupil-file']);
  });

  it('keeps a volunteering father’s diagnosis his, though his son names him (en)', () => {
    const body = `Hi Laura,

We are looking for a new volunteer for the Friday reading group. Noah's dad has to stop - he has just been diagnosed with Parkinson's, poor man. Could you put a short call in the newsletter?

Rachel`;
    expect(contentRules(body, { subject: 'Reading volunteer' })).toEqual(['sensitive-personal']);
  });

  it('keeps both when the mail tells a mother’s illness and her son’s troubles', () => {
    const body = `Beste Femke,

Even vertrouwelijk: de moeder van Jesse vertelde me vanochtend dat ze borstkanker heeft en volgende week aan de chemo begint. Jesse slaapt slecht, huilt veel in de klas en is bij de huisarts geweest voor zijn buikpijn. Kunnen we samen kijken wat hij nodig heeft?

Groet,
Ilse`;
    expect(contentRules(body)).toEqual(['pupil-file', 'sensitive-personal']);
  });
});

// Short mails the rules read as both; the model settles them on one subject. The tuning corpus
// (7,570 mails, ~80 authors) lost no true finding this way, but these read as both to some readers:
// the mail still warns, under the one rule.
describe('short mails whose words both could own, settled on one subject', () => {
  it.each([
    [
      'parents held in a detention centre, the child looked after by his uncle (en)',
      'Hi Esther,\n\nMohammed’s parents are held in a detention centre while their case is reviewed; his uncle looks after him.\n\nJames',
      ['pupil-file'],
    ],
    [
      'a mother’s pills, told by her child (en)',
      'Hi Niamh,\n\nDuring reading today Sofia told me her mum takes pills to be happy and sleeps in most mornings.\n\nMaggie',
      ['pupil-file'],
    ],
    [
      'a mother’s own depression, her son crying at night (en)',
      "Dear Priya,\n\nAfter our baby was born I was diagnosed with postpartum depression and I'm seeing a psychologist from the GGZ now. Leo cries every night and is scared I will go away.\n\nMei Lin",
      ['sensitive-personal'],
    ],
  ])('%s', (_name, body, rules) => {
    expect(contentRules(body)).toEqual(rules);
  });
});

// Each mail ties its words only to a bare name, so the rules guessed whose matter it is from the
// mail's lean; the learned model reads the words around it and settles it.
describe('whose matter a mail tells, when the rules tied it only to a bare name', () => {
  it('reads a colleague’s operation, told to the team, as an adult’s (nl)', () => {
    const body = `Beste collega's,

Joris is gisteren aan zijn knie geopereerd en revalideert de komende weken thuis. Een kaartje kan naar school, ik breng het langs. Zijn vervanging op dinsdag en woensdag is geregeld.

Groet,
Marga`;
    expect(contentRules(body)).toEqual(['sensitive-personal']);
  });

  it('reads a colleague’s treatment, told to the team, as an adult’s (en)', () => {
    const body = `Dear colleagues,

Ahmed asked me to tell you that he starts his last round of chemotherapy this week, so he will be off work on Thursday and Friday. A supply teacher will take over. Flowers can be left with me.

Kind regards,
Marieke`;
    expect(contentRules(body)).toEqual(['sensitive-personal']);
  });

  it('keeps a pupil’s seizure, told with only the first name, the pupil’s (nl)', () => {
    const body = `Hoi Lotte,

Sem had vanmiddag tijdens het rekenen weer een epileptische aanval. Hij is met zijn moeder mee naar huis. Wil jij morgen de klas even voorbereiden?

Groet,
Ilse`;
    expect(contentRules(body)).toEqual(['pupil-file']);
  });
});

// The rules found a pupil, and tied other words to an adult only through a pronoun or a bare name;
// the model reads no adult in the mail, so those words are the pupil's story, not an adult's.
describe('a pupil mail whose adult is only a loose reading of a pronoun or a name', () => {
  const from = (name: string) => ({ name, address: 'writer@example.org' });

  it('keeps a pupil’s diabetes plan the pupil’s, though "her" follows "my wife’s phone" (en)', () => {
    const body = `Dear Sarah, dear Ineke,

As discussed at the intake, here is a summary for Zara's first weeks. Zara
was diagnosed with type 1 diabetes in August. She wears a sensor on her
upper arm and an insulin pump. Her glucose values show up in an app on my
phone and on my wife's phone, and we'd like the school phone to have the
follower app as well.

What we need from the school:
- If her value goes below 4, she needs the dextrose tablets from her pink
  pouch; check again after 15 minutes.
- Before snack time and lunch someone needs to enter the carbs in the pump.
  The diabetes nurse from the hospital will come and train two staff members
  on 19 October.
- She is allowed to do gym, but please take the pouch along.

Thank you so much for helping us with this. It's a lot, we know.

Best,
Tom Walsh`;
    const rules = contentRules(body, {
      from: from('Tom Walsh'),
      subject: 'Zara - diabetes care plan',
    });
    expect(rules).toContain('pupil-file');
    expect(rules).not.toContain('sensitive-personal');
  });

  it('keeps a suspicion about a pupil the pupil’s, not the writer’s who signs below it (nl)', () => {
    const body = `Goedemiddag,

Wij vragen een tolk Tigrinya aan voor dinsdag 3 maart van 15.00 tot 16.00 uur op school.

Het gaat om een gesprek met de ouders van Samir Tesfay (groep 7) over een vermoeden van
kindermishandeling. Naast de ouders zijn de directeur, ikzelf als aandachtsfunctionaris en iemand van
Veilig Thuis aanwezig. Het is een beladen gesprek; graag een ervaren tolk die niet uit dezelfde
gemeenschap komt, de familie is erg bekend in de wijk.

Met vriendelijke groet,
Joke Peters
IB / aandachtsfunctionaris Basisschool De Linde`;
    const rules = contentRules(body, {
      from: from('Joke Peters'),
      subject: 'Tolk Tigrinya gevraagd - 3 maart',
    });
    expect(rules).toContain('pupil-file');
    expect(rules).not.toContain('sensitive-personal');
  });

  it('still flags a mother’s own illness told beside her son’s (nl)', () => {
    const body = `Beste Femke,

Even vertrouwelijk: de moeder van Jesse vertelde me vanochtend dat ze borstkanker heeft en volgende week aan de chemo begint. Jesse slaapt slecht en huilt veel in de klas.

Groet,
Ilse`;
    expect(contentRules(body)).toEqual(['pupil-file', 'sensitive-personal']);
  });
});
