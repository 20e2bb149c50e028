import { findingFeatures } from '../../../../shared/insight/finding-features';
import type { Finding } from '../../../../shared/scan/types';

const finding = (changes: Partial<Finding>): Finding => ({
  rule: 'bsn',
  severity: 'critical',
  message: { nl: '', en: '' },
  location: { part: 'body' },
  explanation: '',
  policySection: '',
  ...changes,
});

describe('findingFeatures', () => {
  it.each<[string, Partial<Finding>, string[]]>([
    [
      'a labelled BSN in the text',
      { explanation: 'bsn checksum, layout 4-2-3, labelled (label before)' },
      ['in-body', 'bsn-checksum', 'number-labelled'],
    ],
    [
      'an onderwijsnummer with a keyword nearby in the subject',
      {
        location: { part: 'subject' },
        explanation: 'onderwijsnummer checksum, layout 9, keyword nearby',
      },
      ['in-subject', 'onderwijsnummer-checksum', 'number-keyword-nearby'],
    ],
    [
      'health terms next to a name, in the quoted history',
      {
        rule: 'pupil-file',
        explanation:
          'sensitive terms next to a person: dyslexie (health, near name: Sanne) — in the quoted history of the mail',
      },
      ['in-body', 'term-health', 'near-name', 'quoted-history'],
    ],
    [
      'a learned-model finding a lexicon term supported',
      {
        rule: 'sensitive-personal',
        explanation:
          'learned model (score 2.2, with "scheiding"): "man", "haar", "vertelde", near self (given name)',
      },
      ['in-body', 'near-self', 'learned-model', 'learned-model-supported'],
    ],
    [
      'an attachment name',
      {
        rule: 'pupil-file',
        location: { part: 'attachment', name: 'OPP Daan de Vries.docx' },
        explanation: 'file name: "opp"',
      },
      ['in-attachment', 'file-name'],
    ],
    [
      'a private mailbox',
      {
        rule: 'private-forward',
        location: { part: 'recipients' },
        explanation: 'recipient at consumer domain gmail.com; name matches the sender',
      },
      ['in-recipients', 'consumer-domain'],
    ],
    [
      "a family's own domain",
      {
        rule: 'private-forward',
        location: { part: 'recipients' },
        explanation:
          "recipient at domain bogers-thuis.nl; first name at a family's own domain, named after the sender's surname",
      },
      ['in-recipients', 'family-domain'],
    ],
  ])('names the features of %s, and nothing else', (_name, changes, expected) => {
    expect(findingFeatures([finding(changes)])).toEqual(expected);
  });

  it('never passes on a word of the explanation it does not know', () => {
    const features = findingFeatures([
      finding({ explanation: 'Sanne de Vries 123456782 Dorpsstraat 1 gmail.com' }),
    ]);
    expect(features).toEqual(['in-body']);
  });
});
