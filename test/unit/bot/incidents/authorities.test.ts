import {
  applicableAuthorities,
  authoritiesFromConfig,
  authorityViews,
} from '../../../../bot/incidents/authorities';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

const AUTHORITIES = authoritiesFromConfig([
  {
    id: 'inspectie',
    name: 'Inspectie van het Onderwijs',
    nameEn: 'Education Inspectorate',
    dataKinds: ['results'],
    incidentKinds: [],
    how: 'Via het loket van de Inspectie',
  },
  {
    id: 'politie',
    name: 'Politie',
    dataKinds: [],
    incidentKinds: ['stolen-device', 'hacked-account'],
  },
]);

describe('applicableAuthorities', () => {
  it.each([
    [
      'a stolen laptop with test results: Inspectie and police',
      'stolen-device',
      ['results'],
      ['inspectie', 'politie'],
    ],
    ['a hacked account: police', 'hacked-account', ['names-addresses'], ['politie']],
    [
      'test results to a wrong recipient: Inspectie',
      'wrong-recipient',
      ['results', 'names-addresses'],
      ['inspectie'],
    ],
    ['a lost phone with addresses: none', 'lost-device', ['names-addresses'], []],
  ] as const)('gives %s', (_name, kind, dataKinds, expected) => {
    const incident = makeIncident({ kind, dataKinds: [...dataKinds] });
    expect(applicableAuthorities(incident, AUTHORITIES).map((item) => item.id)).toEqual(expected);
  });
});

describe('authorityViews', () => {
  it('says why each applies and whether it was informed', () => {
    const incident = makeIncident({
      kind: 'stolen-device',
      dataKinds: ['results'],
      authoritiesInformed: [
        { authorityId: 'politie', informedAt: '2026-03-27T13:00:00.000Z', by: ICT_MEMBER },
      ],
    });
    const [inspectie, politie] = authorityViews(incident, AUTHORITIES);
    expect(inspectie).toEqual({
      id: 'inspectie',
      name: { nl: 'Inspectie van het Onderwijs', en: 'Education Inspectorate' },
      because: { nl: 'resultaten en toetsen', en: 'results and tests' },
      how: 'Via het loket van de Inspectie',
    });
    expect(politie?.name.en).toBe('Politie');
    expect(politie?.because.nl).toBe('apparaat gestolen');
    expect(politie?.informed).toEqual({
      at: { nl: 'vr 27 mrt 2026, 14:00', en: 'Fri, 27 Mar 2026, 14:00' },
      byName: 'Ed van ICT',
    });
  });
});
