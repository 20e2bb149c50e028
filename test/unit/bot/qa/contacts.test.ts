import { describeContact, fillPlaceholders } from '../../../../bot/qa/contacts';
import type { ConfigInput } from '../../../../shared/policy/config-schema';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';

function configWith(contacts?: ConfigInput['contacts']) {
  const parsed = parseConfig({ ...EXAMPLE_CONFIG, ...(contacts ? { contacts } : {}) });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

describe('contacts in answers', () => {
  const configured = configWith({
    breachReport: {
      role: 'Domein ICT',
      people: [
        { name: 'Piet Jansen', phone: '046-1111111' },
        { name: 'Mia de Vries', phone: '046-2222222' },
      ],
    },
    communications: { role: 'de communicatieadviseur', email: 'communicatie@school.nl' },
  });

  it('names the configured role with its people and numbers', () => {
    expect(describeContact(configured, 'breachReport', 'nl')).toBe(
      'Domein ICT (Piet Jansen, 046-1111111 of Mia de Vries, 046-2222222)',
    );
    expect(describeContact(configured, 'breachReport', 'en')).toBe(
      'Domein ICT (Piet Jansen, 046-1111111 or Mia de Vries, 046-2222222)',
    );
    expect(describeContact(configured, 'communications', 'nl')).toBe(
      'de communicatieadviseur (communicatie@school.nl)',
    );
  });

  it('falls back to a neutral role in the answer’s language', () => {
    const bare = configWith();
    expect(describeContact(bare, 'privacyOfficer', 'nl')).toBe(
      'de functionaris gegevensbescherming (FG)',
    );
    expect(describeContact(bare, 'privacyOfficer', 'en')).toBe('the data protection officer (DPO)');
  });

  it('fills placeholders and capitalises one that opens a sentence', () => {
    expect(
      fillPlaceholders(
        '{contact.ictDomain} helpt. Bel {contact.breachReport}.',
        configWith(),
        'nl',
      ),
    ).toBe('De ICT-afdeling van het bestuur helpt. Bel het meldpunt datalekken van het bestuur.');
    expect(fillPlaceholders('Met {organisation}.', configured, 'nl')).toBe(
      'Met Stichting Kindante.',
    );
  });

  it('rejects a contact with a malformed phone number, naming the key', () => {
    const parsed = parseConfig({
      ...EXAMPLE_CONFIG,
      contacts: { breachReport: { people: [{ name: 'X', phone: 'bel me' }] } },
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors[0]).toMatch(
      /^contacts\.breachReport\.people\[0\]\.phone: expected a phone number/,
    );
  });
});
