import { scanMail } from '../../../../../shared/scan/engine';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const rules = (to: string[], cc: string[] = [], bcc: string[] = []) =>
  scanMail(
    mailWith({
      to: to.map((address) => ({ address })),
      cc: cc.map((address) => ({ address })),
      bcc: bcc.map((address) => ({ address })),
    }),
    policy,
  ).findings.map((finding) => finding.rule);

describe('bcc rule', () => {
  it.each([
    [
      'five parents in To',
      ['a@gmail.com', 'b@hotmail.com', 'c@ziggo.nl', 'd@gmail.com', 'e@kpnmail.nl'],
      [],
    ],
    ['two parents in To and one in Cc', ['a@gmail.com', 'b@live.nl'], ['c@icloud.com']],
    [
      'three gmail parents (a consumer domain is no organisation)',
      ['a@gmail.com', 'b@gmail.com', 'c@gmail.com'],
      [],
    ],
    [
      'three people of three organisations',
      ['a@swv-zuid.nl', 'b@ggd-limburg.nl', 'c@gemeente-venlo.nl'],
      [],
    ],
    [
      'parents in To with colleagues in Cc',
      ['a@gmail.com', 'b@gmail.com', 'c@outlook.com'],
      ['x@kindante.nl', 'y@kindante.nl'],
    ],
  ])('flags %s', (_name, to, cc) => {
    expect(rules(to, cc)).toContain('bcc');
  });

  it.each([
    [
      'parents correctly in Bcc',
      ['juf@kindante.nl'],
      [],
      ['a@gmail.com', 'b@gmail.com', 'c@gmail.com', 'd@gmail.com'],
    ],
    ['two parents of one child', ['mama@gmail.com', 'papa@hotmail.com'], [], []],
    [
      'four people of one organisation',
      ['a@swv-zuid.nl', 'b@swv-zuid.nl'],
      ['c@swv-zuid.nl', 'd@SWV-Zuid.nl'],
      [],
    ],
    ['thirty colleagues', Array.from({ length: 30 }, (_, i) => `c${i}@kindante.nl`), [], []],
    [
      'colleagues at a subdomain',
      ['a@school.kindante.nl', 'b@leerling.kindante.nl', 'c@bsdewissel.nl'],
      [],
      [],
    ],
    ['the same parent twice', ['a@gmail.com', 'A@Gmail.com', 'b@gmail.com'], [], []],
  ])('lets through %s', (_name, to, cc, bcc) => {
    expect(rules(to, cc, bcc)).not.toContain('bcc');
  });

  describe('by who sends it', () => {
    const parents = ['a@gmail.com', 'b@hotmail.com', 'c@ziggo.nl', 'd@outlook.com'];
    const fromSender = (address: string) =>
      scanMail(
        mailWith({ from: { address }, to: parents.map((each) => ({ address: each })) }),
        policy,
      ).findings.map((finding) => finding.rule);

    it('flags a teacher of the board who puts four parents in To', () => {
      expect(fromSender('juf.sanne@kindante.nl')).toContain('bcc');
    });

    it('flags a sender at a school domain the configuration does not list', () => {
      // A forgotten domain must not switch the rule off for that school.
      expect(fromSender('meester.tim@bs-de-linde.nl')).toContain('bcc');
    });

    it('leaves alone an agency writing to the board and four other schools', () => {
      const mail = mailWith({
        from: { address: 'planning@tolkenpool-limburg.nl' },
        to: [
          'y.schrijnemakers@bsdewissel.nl',
          'zorg@ikcmeezenbroek.nl',
          'ib@bshetpalet.nl',
          'leerlingzaken@iskparkstad.nl',
          'info@bsdelinde.nl',
        ].map((address) => ({ address })),
      });
      expect(scanMail(mail, policy).findings.map((finding) => finding.rule)).not.toContain('bcc');
    });

    it("leaves a parent's own mail from a private mailbox to other parents alone", () => {
      expect(fromSender('ouder.van.daan@gmail.com')).not.toContain('bcc');
    });
  });

  it('follows a configured threshold', () => {
    const strict = testPolicy({ scan: { bccThreshold: 2 } });
    const mail = mailWith({ to: [{ address: 'a@gmail.com' }, { address: 'b@hotmail.com' }] });
    expect(scanMail(mail, strict).findings.map((finding) => finding.rule)).toContain('bcc');
  });
});
