import { findingMessages, policySectionOf } from '../../../../shared/i18n/finding-messages';
import { useGuardTexts } from '../../../../shared/i18n/guard-texts';
import { fixDoneText, ruleAdvice, taskpaneText } from '../../../../shared/i18n/taskpane-text';

afterEach(() => useGuardTexts(undefined));

const TEXTS = {
  sections: { bsn: 'Handboek H5 Mailen' },
  texts: {
    'encrypt-done': {
      nl: 'Het label Vertrouwelijk staat erop.',
      en: 'The Confidential label is on.',
    },
    'large-attachment-advice': { nl: 'Deel een link uit Teams.', en: 'Share a link from Teams.' },
    'report-intro': { nl: 'Bel het meldpunt.', en: 'Call the desk.' },
    'report-review': {
      nl: 'De coördinator beoordeelt het; uiterlijk',
      en: 'The coordinator reviews it; by',
    },
    'private-forward-advice': {
      nl: 'Werk in Outlook op het web.',
      en: 'Work in Outlook on the web.',
    },
  },
};

describe("the guard in the board's words", () => {
  it.each([
    ['the section a finding cites', () => policySectionOf('bsn'), 'Handboek H5 Mailen'],
    [
      'what encrypted sending does',
      () => fixDoneText('encrypt', 'nl'),
      'Het label Vertrouwelijk staat erop.',
    ],
    [
      'where large files go, in the pane',
      () => ruleAdvice('attachment-size', 'en'),
      'Share a link from Teams.',
    ],
    [
      'where large files go, in the finding',
      () => findingMessages.attachmentSize('4.2', 3).nl,
      'De bijlagen zijn samen 4.2 MB (meer dan 3 MB). Deel een link uit Teams.',
    ],
    [
      'the advice on private mail',
      () => ruleAdvice('private-forward', 'nl'),
      'Werk in Outlook op het web.',
    ],
    ['the introduction to reporting', () => taskpaneText('reportIntro', 'nl'), 'Bel het meldpunt.'],
    [
      'who reviews a report',
      () => taskpaneText('deadlineText', 'en'),
      'The coordinator reviews it; by',
    ],
  ])('uses the pack for %s', (_what, read, expected) => {
    useGuardTexts(TEXTS);
    expect(read()).toBe(expected);
  });

  it('keeps the product text for whatever the pack leaves out', () => {
    useGuardTexts({ sections: {}, texts: {} });
    expect(policySectionOf('bcc')).toBe('Bijlage 7, e-mail (BCC)');
    expect(fixDoneText('encrypt', 'nl')).toBe(
      'Deze mail is gemarkeerd om versleuteld te worden verstuurd.',
    );
    expect(fixDoneText('move-to-bcc', 'en')).toMatch(/Bcc/);
    expect(taskpaneText('paneTitle', 'nl')).toBe('Privacywacht');
  });

  it('goes back to the product texts when the texts are taken away', () => {
    useGuardTexts(TEXTS);
    useGuardTexts(undefined);
    expect(policySectionOf('bsn')).toBe('Bijlage 7, e-mail; §10 Uitwisselen van leerlinggegevens');
    expect(taskpaneText('reportIntro', 'nl')).toMatch(/§12 Protocol datalekken/);
  });
});
