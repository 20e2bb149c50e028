import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';

const errorsOf = (input: unknown) => {
  const result = parseConfig(input);
  return result.ok ? [] : result.errors;
};

describe('parseConfig', () => {
  it('accepts the example configuration and fills in the defaults', () => {
    const result = parseConfig(EXAMPLE_CONFIG);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.scan.bccThreshold).toBe(3);
    expect(result.config.scan.attachmentSizeLimitMB).toBe(3);
    expect(result.config.scan.consumerDomains).toContain('gmail.com');
    expect(Object.isFrozen(result.config.scan)).toBe(true);
    expect(result.config.incidents).toEqual({ retentionDays: 730, authorities: [] });
    // The weekly summary card is opt-in.
    expect(result.config.insight.weeklySummary).toEqual({ enabled: false, day: 'monday', hour: 8 });
  });

  it.each([
    [{ method: 'internet-header', headerName: 'X-Kindante-Encrypt', headerValue: 'ja' }],
    [{ method: 'sensitivity-label', labelId: '5a2b7c1e-0f3d-4e6a-9b8c-1d2e3f4a5b6c' }],
    [{ method: 'instructions', text: 'Klik op de knop Cryptshare voordat je verstuurt.' }],
  ])('accepts the encryption method %j', (encryption) => {
    expect(errorsOf({ ...EXAMPLE_CONFIG, encryption })).toEqual([]);
  });

  it.each([
    [
      'an unknown top-level key',
      { ...EXAMPLE_CONFIG, colour: 'blue' },
      'top level: unknown key "colour"; allowed keys: organisation, encryption, addin, incidents, insight, scan, contacts, identity, policyPack',
    ],
    [
      'an incident channel id that is not a Teams channel id',
      {
        ...EXAMPLE_CONFIG,
        incidents: {
          channel: {
            teamId: 'team',
            channelId: 'general',
            serviceUrl: 'https://smba.trafficmanager.net/emea/',
            tenantId: '5a2b7c1e-0f3d-4e6a-9b8c-1d2e3f4a5b6c',
          },
        },
      },
      'incidents.channel.channelId: expected the channel id from Teams, starting with "19:" (got "general")',
    ],
    [
      'a weekly summary at an hour that does not exist',
      { ...EXAMPLE_CONFIG, insight: { weeklySummary: { enabled: true, hour: 24 } } },
      'insight.weeklySummary.hour: expected 23 or less (got 24)',
    ],
    [
      'a weekly summary on a day not in the list',
      { ...EXAMPLE_CONFIG, insight: { weeklySummary: { day: 'maandag' } } },
      'insight.weeklySummary.day: expected one of: monday, tuesday, wednesday, thursday, friday, saturday, sunday (got "maandag")',
    ],
    [
      'a retention period under a month',
      { ...EXAMPLE_CONFIG, incidents: { retentionDays: 7 } },
      'incidents.retentionDays: expected 30 or more (got 7)',
    ],
    [
      'a bad domain',
      { ...EXAMPLE_CONFIG, organisation: { name: 'X', domains: ['kindante'] } },
      'organisation.domains[0]: expected a domain name such as "school.nl" (got "kindante")',
    ],
    [
      'a missing name',
      { ...EXAMPLE_CONFIG, organisation: { domains: ['kindante.nl'] } },
      "organisation.name: expected the organisation's name (text) (missing)",
    ],
    [
      'an unknown encryption method',
      { ...EXAMPLE_CONFIG, encryption: { method: 'pgp' } },
      'encryption.method: expected "method" to be one of: subject-tag, internet-header, sensitivity-label, instructions (got "pgp")',
    ],
    [
      'a key of another encryption method',
      { ...EXAMPLE_CONFIG, encryption: { method: 'subject-tag', subjectTag: '[v]', labelId: 'x' } },
      'encryption: unknown key "labelId"; allowed keys: method, subjectTag',
    ],
    [
      'a threshold below 2',
      { ...EXAMPLE_CONFIG, scan: { bccThreshold: 1 } },
      'scan.bccThreshold: expected 2 or more (got 1)',
    ],
    [
      'a verdict that does not exist',
      { ...EXAMPLE_CONFIG, scan: { rules: { bsn: { verdict: 'stop' } } } },
      'scan.rules.bsn.verdict: expected one of: allow, warn, block (got "stop")',
    ],
    [
      'keywords on a recipient rule',
      { ...EXAMPLE_CONFIG, scan: { rules: { bcc: { extraKeywords: ['x'] } } } },
      'scan.rules.bcc: unknown key "extraKeywords"; allowed keys: verdict',
    ],
    [
      'an unknown rule',
      { ...EXAMPLE_CONFIG, scan: { rules: { iban: {} } } },
      'scan.rules: unknown key "iban"; allowed keys: bsn, pupil-file, sensitive-personal, bcc, private-forward, attachment-size',
    ],
  ])('names the key and what is allowed for %s', (_name, input, message) => {
    expect(errorsOf(input)).toContain(message);
  });

  it('reports every problem at once', () => {
    expect(
      errorsOf({ organisation: { name: '', domains: [] }, encryption: {} }).length,
    ).toBeGreaterThanOrEqual(3);
  });
});

describe('other authorities to inform after a breach (incidents.authorities)', () => {
  const withAuthorities = (authorities: unknown) => ({
    ...EXAMPLE_CONFIG,
    incidents: { authorities },
  });

  it('reads an authority per data kind and per incident kind', () => {
    const result = parseConfig(
      withAuthorities([
        { id: 'inspectie', name: 'Inspectie van het Onderwijs', dataKinds: ['results'] },
        { id: 'politie', name: 'Politie', nameEn: 'Police', incidentKinds: ['stolen-device'] },
      ]),
    );
    expect(result.ok && result.config.incidents.authorities).toEqual([
      {
        id: 'inspectie',
        name: 'Inspectie van het Onderwijs',
        dataKinds: ['results'],
        incidentKinds: [],
      },
      {
        id: 'politie',
        name: 'Politie',
        nameEn: 'Police',
        dataKinds: [],
        incidentKinds: ['stolen-device'],
      },
    ]);
  });

  it.each([
    ['an authority that never applies', [{ id: 'x', name: 'X' }], 'when does this authority apply'],
    [
      'an unknown data kind',
      [{ id: 'x', name: 'X', dataKinds: ['exams'] }],
      'expected one of: names-addresses',
    ],
    [
      'an id with capitals',
      [{ id: 'Politie', name: 'P', incidentKinds: ['stolen-device'] }],
      'lowercase',
    ],
    [
      'the same id twice',
      [
        { id: 'p', name: 'P', incidentKinds: ['stolen-device'] },
        { id: 'p', name: 'Q', dataKinds: ['results'] },
      ],
      'each authority id once',
    ],
  ])('refuses %s', (_name, authorities, message) => {
    expect(errorsOf(withAuthorities(authorities)).join('\n')).toContain(message);
  });
});
