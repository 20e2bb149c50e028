import { formatPackError } from '../../../../../shared/policy/pack/pack-error';
import { readGuardTextsFile } from '../../../../../shared/policy/pack/guard-texts-file';

const VALID = [
  '---',
  'section-bsn: Handboek H5: mailen',
  'section-bcc: Handboek H5 (BCC)',
  '---',
  '',
  '# nl',
  '',
  '## encrypt-done',
  '',
  'De mail krijgt het label Vertrouwelijk;',
  'Purview versleutelt hem.',
  '',
  '## report-intro',
  '',
  'Bel {contact.breachReport}.',
  '',
  '# en',
  '',
  '## encrypt-done',
  '',
  'The mail gets the label Vertrouwelijk.',
  '',
  '## report-intro',
  '',
  'Call {contact.breachReport}.',
  '',
].join('\n');

describe('guard-texts.md', () => {
  it('reads the sections per rule and the texts in both languages, lines joined as in Markdown', () => {
    expect(readGuardTextsFile('guard-texts.md', VALID)).toEqual({
      ok: true,
      guardTexts: {
        sections: { bsn: 'Handboek H5: mailen', bcc: 'Handboek H5 (BCC)' },
        texts: {
          'encrypt-done': {
            nl: 'De mail krijgt het label Vertrouwelijk; Purview versleutelt hem.',
            en: 'The mail gets the label Vertrouwelijk.',
          },
          'report-intro': {
            nl: 'Bel {contact.breachReport}.',
            en: 'Call {contact.breachReport}.',
          },
        },
      },
    });
  });

  it.each([
    [
      'a section for a rule that does not exist',
      VALID.replace('section-bcc:', 'section-foto:'),
      [
        'guard-texts.md:3: unknown key "section-foto"; allowed keys: section-bsn, section-pupil-file, section-sensitive-personal, section-bcc, section-private-forward, section-attachment-size',
      ],
    ],
    [
      'a section without text',
      VALID.replace('section-bcc: Handboek H5 (BCC)', 'section-bcc:\n  - H5'),
      [
        'guard-texts.md:3: section-bcc: expected the policy section as text on the same line, e.g. "section-bcc: Artikel 4.2 E-mailbeleid"',
      ],
    ],
    [
      'an unknown text',
      VALID.replace('## report-intro\n\nBel', '## contactpersoon\n\nBel'),
      [
        'guard-texts.md:13: unknown text "## contactpersoon"; allowed: ## encrypt-done, ## large-attachment-advice, ## private-forward-advice, ## report-intro, ## report-review',
        'guard-texts.md:23: "## report-intro" is given under "# en" but not under "# nl": every text needs both languages',
      ],
    ],
    [
      'a text in one language only',
      VALID.replace('## encrypt-done\n\nThe mail gets the label Vertrouwelijk.\n\n', ''),
      [
        'guard-texts.md:8: "## encrypt-done" is given under "# nl" but not under "# en": every text needs both languages',
      ],
    ],
    [
      'an empty text',
      VALID.replace('Call {contact.breachReport}.', ''),
      ['guard-texts.md:23: "## report-intro" (en) is empty'],
    ],
    [
      'a text given twice',
      VALID.replace('## report-intro\n\nBel', '## encrypt-done\n\nBel'),
      [
        'guard-texts.md:13: "## encrypt-done" is given twice under "# nl"',
        'guard-texts.md:23: "## report-intro" is given under "# en" but not under "# nl": every text needs both languages',
      ],
    ],
    [
      'a language that is not nl or en',
      VALID.replace(/^# en$/m, '# de'),
      [
        'guard-texts.md:17: expected "# nl" or "# en", got "# de"',
        'guard-texts.md:8: "## encrypt-done" is given under "# nl" but not under "# en": every text needs both languages',
        'guard-texts.md:13: "## report-intro" is given under "# nl" but not under "# en": every text needs both languages',
      ],
    ],
  ])('names the file and line of %s', (_case, text, expected) => {
    const result = readGuardTextsFile('guard-texts.md', text);
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual(expected);
  });
});
