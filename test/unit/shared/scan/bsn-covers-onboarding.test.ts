import { scanMail } from '../../../../shared/scan/engine';
import { mailWith, testPolicy } from '../../../helpers/policy';

const policy = testPolicy();
const rulesOf = (bodyText: string) =>
  scanMail(mailWith({ bodyText }), policy).findings.map((finding) => finding.rule);

describe('a new employee’s paperwork beside their BSN', () => {
  it.each([
    [
      'pay and a VOG for payroll (nl)',
      'Hoi Marloes,\nVoor de salarisadministratie: de nieuwe invaller Ruud Sonnemans, BSN 123456782. Zijn salaris gaat per 1 maart in en de VOG is binnen.\nGroet, Anja',
    ],
    [
      'a residence permit for the contract (en)',
      'Dear Ms Dunne,\nPlease check your contract details: BSN 123456782, start date 1 March. We still need a copy of your residence permit.\nKind regards, HR',
    ],
  ])('is the BSN finding alone: %s', (_name, body) => {
    expect(rulesOf(body)).toEqual(['bsn']);
  });

  it('still says sensitive-personal for the paperwork without a BSN (nl)', () => {
    expect(
      rulesOf(
        'Hoi Marloes,\nVoor de salarisadministratie: de nieuwe invaller Ruud Sonnemans. Zijn salaris gaat per 1 maart in en de VOG is binnen.\nGroet, Anja',
      ),
    ).toContain('sensitive-personal');
  });

  it('still says sensitive-personal for a BSN beside an adult’s health (en)', () => {
    expect(
      rulesOf(
        'Dear Ms Dunne,\nFor the sick-leave file: Mark Peters, BSN 123456782, is off work with a burn-out; the company doctor sees him on Monday.\nKind regards, HR',
      ),
    ).toEqual(expect.arrayContaining(['bsn', 'sensitive-personal']));
  });
});
