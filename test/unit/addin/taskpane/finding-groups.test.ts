// What the task pane lists: one group per rule, worst first, with the fixes that can resolve it.
import { scanMail } from '../../../../shared/scan/engine';
import { groupFindings } from '../../../../addin/taskpane/model/finding-groups';
import { sentItemSummary } from '../../../../addin/taskpane/model/sent-item-summary';
import { mailWith, testPolicy } from '../../../helpers/policy';

const PARENTS = ['a@gmail.com', 'b@hotmail.com', 'c@ziggo.nl', 'd@kpnmail.nl'].map((address) => ({
  address,
}));

describe('groupFindings', () => {
  test('two BSNs are one group with both masked numbers; recipients come after content', () => {
    const result = scanMail(
      mailWith({
        to: PARENTS,
        bodyText: 'BSN Daan: 123456782\nBSN Sara: 111222333',
      }),
      testPolicy(),
    );
    const groups = groupFindings(result);
    expect(groups.map((group) => group.rule)).toEqual(['bsn', 'bcc']);
    expect(groups[0]?.excerpts.map((excerpt) => excerpt.text).join(' ')).toMatch(
      /\*{6}782[\s\S]*\*{6}333/,
    );
    expect(groups[0]?.fixes).toEqual(['encrypt', 'mask-numbers']);
    expect(groups[1]?.fixes).toEqual(['move-to-bcc']);
  });

  test('a BSN only inside an attachment offers encryption, not masking', () => {
    const result = scanMail(
      mailWith({
        attachments: [
          {
            name: 'lijst.csv',
            size: 40,
            content: new TextEncoder().encode('naam;bsn\nDaan;123456782'),
          },
        ],
      }),
      testPolicy(),
    );
    expect(groupFindings(result)).toMatchObject([{ rule: 'bsn', fixes: ['encrypt'] }]);
  });

  test('once the mail is marked encrypted, content findings drop out and recipients stay', () => {
    const result = scanMail(
      mailWith({ to: PARENTS, subject: '[versleuteld] Verslag', bodyText: 'BSN: 123456782' }),
      testPolicy(),
    );
    expect(groupFindings(result).map((group) => group.rule)).toEqual(['bcc']);
  });

  test('a rule the organisation set to allow is not listed', () => {
    const result = scanMail(
      mailWith({ to: PARENTS }),
      testPolicy({ scan: { rules: { bcc: { verdict: 'allow' } } } }),
    );
    expect(groupFindings(result)).toEqual([]);
  });
});

describe('sentItemSummary', () => {
  test('gives recipients, the Dutch time in Amsterdam and attachment names', () => {
    expect(
      sentItemSummary(
        {
          recipients: ['ouder@gmail.com'],
          sentAt: new Date('2026-07-01T08:30:00Z'),
          attachmentNames: ['verslag.pdf'],
        },
        'nl',
      ),
    ).toBe('Ontvangers: ouder@gmail.com\nVerstuurd: 1 juli 2026 om 10:30\nBijlagen: verslag.pdf');
  });

  test('says "none" in English when there are no attachments', () => {
    expect(sentItemSummary({ recipients: ['x@y.nl'], attachmentNames: [] }, 'en')).toContain(
      'Attachments: none',
    );
  });
});
