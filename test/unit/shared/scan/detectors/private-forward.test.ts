import { scanMail } from '../../../../../shared/scan/engine';
import type { Address } from '../../../../../shared/scan/types';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
const sender: Address = { name: 'Anouk van der Berg', address: 'a.vanderberg@kindante.nl' };
const isForward = (to: Address, from: Address = sender) =>
  scanMail(mailWith({ from, to: [to] }), policy).findings.some(
    (finding) => finding.rule === 'private-forward',
  );

describe('private-forward rule', () => {
  it.each([
    ['first name and short surname', { address: 'anoukvdberg@gmail.com' }],
    ['first name and full surname', { address: 'anouk.vanderberg@hotmail.com' }],
    ['initial, particle and surname with a year', { address: 'a.vd.berg1984@ziggo.nl' }],
    ['surname then first name', { address: 'berganouk@outlook.com' }],
    ['first name and the surname’s initials', { address: 'anoukvdb84@gmail.com' }],
    [
      'a display name equal to the sender',
      { name: 'Anouk van der Berg', address: 'xyz1984@icloud.com' },
    ],
  ])('flags %s', (_name, to) => {
    expect(isForward(to)).toBe(true);
  });

  it('reads "Surname, Initial" display names', () => {
    expect(
      isForward(
        { address: 'm.jansen@kpnmail.nl' },
        { name: 'Jansen, M.', address: 'm.jansen@kindante.nl' },
      ),
    ).toBe(true);
  });

  describe('names written differently at work and at home', () => {
    it.each([
      [
        'a title before the initials',
        { name: 'mr. F.J.M. Dohmen', address: 'frank.dohmen@kindante.nl' },
        { name: 'Frank Dohmen', address: 'frank.dohmen@ziggo.nl' },
      ],
      [
        'a degree after the name',
        { name: 'Anouk Smit MEd', address: 'a.smit@kindante.nl' },
        { address: 'asmit1980@gmail.com' },
      ],
      [
        'an apostrophe dropped at home',
        { name: "Siobhán O'Rourke", address: 's.orourke@kindante.nl' },
        { name: 'Siobhan ORourke', address: 'siobhan.kerry@gmail.com' },
      ],
      [
        'an apostrophe dropped in the address',
        { name: "Siobhán O'Rourke", address: 's.orourke@kindante.nl' },
        { address: 'siobhan.orourke.kerry@gmail.com' },
      ],
      [
        'a two-letter first name against the surname',
        { name: 'Bo Kessels (stagiair)', address: 'bo.kessels@kindante.nl' },
        { name: 'bo', address: 'bokessels08@hotmail.com' },
      ],
      [
        'a short form of the first name',
        { name: 'Daniel Peters', address: 'd.peters@kindante.nl' },
        { name: 'Dan Peters', address: 'xyz77@icloud.com' },
      ],
      [
        'the first name and the surname’s initial',
        { name: 'Priya Mahabier', address: 'p.mahabier@kindante.nl' },
        { name: 'Priya', address: 'priya.m1987@hotmail.com' },
      ],
      [
        'the first name and a few letters of the surname',
        { name: 'Jesse Odekerken', address: 'j.odekerken@kindante.nl' },
        { address: 'jesse.odk@hotmail.com' },
      ],
      [
        'an everyday form of the first name before the surname in the address',
        { name: 'Daniel Okafor', address: 'd.okafor@kindante.nl' },
        { name: 'Danny Okafor', address: 'danny.okafor.uk@gmail.com' },
      ],
    ])('flags %s', (_name, from, to) => {
      expect(isForward(to, from)).toBe(true);
    });

    it.each([
      [
        'a relative whose first name only starts alike',
        { name: 'Daniel Peters', address: 'd.peters@kindante.nl' },
        { name: 'Da Peters', address: 'xyz77@icloud.com' },
      ],
      [
        'a parent who shares the first name, with another surname’s letters',
        { name: 'Priya Mahabier', address: 'p.mahabier@kindante.nl' },
        { address: 'priya.sk@gmail.com' },
      ],
      [
        'a relative with the surname and another first name',
        { name: 'Daniel Okafor', address: 'd.okafor@kindante.nl' },
        { address: 'grace.okafor@gmail.com' },
      ],
      [
        'a parent who shares a two-letter first name apart from the surname',
        { name: 'Bo Kessels', address: 'bo.kessels@kindante.nl' },
        { address: 'bo.jansen.kessel@hotmail.com' },
      ],
    ])('lets through %s', (_name, from, to) => {
      expect(isForward(to, from)).toBe(false);
    });
  });

  it.each([
    ['a British provider', { address: 'anouk.vanderberg@btinternet.com' }],
    ['a big provider under a country ending', { address: 'anoukvdberg@hotmail.co.uk' }],
  ])('knows private mailboxes abroad: %s', (_name, to) => {
    expect(isForward(to)).toBe(true);
  });

  describe('double surnames, written in full at work and half at home', () => {
    const married: Address = {
      name: 'Anouk Hermans-Schoenmakers',
      address: 'a.hermans@kindante.nl',
    };

    it.each([
      ['a display name with one half', { name: 'Anouk Hermans', address: 'ah78@ziggo.nl' }],
      ['an address with one half', { address: 'anoukschoenmakers@gmail.com' }],
      ['an initial and one half', { address: 'a.hermans1978@ziggo.nl' }],
    ])('flags %s', (_name, to) => {
      expect(isForward(to, married)).toBe(true);
    });

    it('lets through a parent who shares one half of the surname', () => {
      expect(isForward({ name: 'Peter Hermans', address: 'p.hermans@gmail.com' }, married)).toBe(
        false,
      );
    });
  });

  describe("a family's own domain, named after the surname", () => {
    it.each([
      [
        'the surname and a home word',
        { name: 'Joep Bogers', address: 'j.bogers@kindante.nl' },
        'joep@bogers-thuis.nl',
      ],
      ['"familie" and the surname with its particles', sender, 'anouk@familievanderberg.nl'],
      [
        '"familie" apart from the surname (content-train-75)',
        { name: 'Luuk Hermans', address: 'luuk.hermans@kindante.nl' },
        'luuk@familie-hermans.nl',
      ],
    ])('flags the first name at %s', (_name, from, address) => {
      expect(isForward({ address }, from)).toBe(true);
    });

    it.each([
      ['a side business under the surname', sender, 'anouk@vanderberg-fotografie.nl'],
      [
        '"familie" and another family\'s surname',
        { name: 'Luuk Hermans', address: 'luuk.hermans@kindante.nl' },
        'luuk@familie-janssen.nl',
      ],
      [
        'a domain that only starts with the surname',
        { name: 'Anna Groen', address: 'a.groen@kindante.nl' },
        'anna@groenewoud.nl',
      ],
      ['a role address at the family domain', sender, 'info@familievanderberg.nl'],
    ])('lets through %s', (_name, from, address) => {
      expect(isForward({ address }, from)).toBe(false);
    });
  });

  it.each([
    ['a parent with another name', { address: 'p.smit@gmail.com' }],
    ['a parent who shares only the first name', { address: 'anouk.smit@gmail.com' }],
    ['a parent with the same first name and other initials', { address: 'anoukvds@gmail.com' }],
    ['a parent who shares only the surname', { address: 'p.vanderberg@gmail.com' }],
    ['the sender at work', { address: 'a.vanderberg@kindante.nl' }],
    ['a matching name at another organisation', { address: 'anouk.vanderberg@swv-zuid.nl' }],
  ])('lets through %s', (_name, to) => {
    expect(isForward(to)).toBe(false);
  });
});
