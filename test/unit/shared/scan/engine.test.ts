import { scanMail } from '../../../../shared/scan/engine';
import { mailWith, testPolicy } from '../../../helpers/policy';

const policy = testPolicy();
const parents = ['a@gmail.com', 'b@hotmail.com', 'c@ziggo.nl'].map((address) => ({ address }));

describe('scanMail verdicts', () => {
  it('allows an ordinary mail', () => {
    expect(
      scanMail(mailWith({ bodyText: 'Tot morgen bij de teamvergadering.' }), policy),
    ).toMatchObject({ verdict: 'allow', findings: [] });
  });

  it('blocks a BSN in a plain mail and never shows the whole number', () => {
    const result = scanMail(
      mailWith({ subject: 'Aanmelding', bodyText: 'BSN van Daan: 725763863' }),
      policy,
    );
    expect(result.verdict).toBe('block');
    expect(JSON.stringify(result)).not.toContain('725763863');
    expect(result.findings[0]).toMatchObject({
      rule: 'bsn',
      severity: 'critical',
      location: { part: 'body' },
      excerpt: 'BSN van Daan: ******863',
    });
  });

  it('reads a number labelled a booking number elsewhere in the mail as no BSN where it stands bare', () => {
    const bare = mailWith({ subject: 'Reisbevestiging 223155810', bodyText: 'Zie bijlage.' });
    expect(scanMail(bare, policy).findings.map((finding) => finding.rule)).toEqual(['bsn']);
    const labelled = { ...bare, bodyText: 'Noem bij vragen het boekingsnummer 223155810.' };
    expect(scanMail(labelled, policy)).toMatchObject({ verdict: 'allow', findings: [] });
  });

  it('keeps a number labelled BSN even when it is labelled otherwise elsewhere', () => {
    const result = scanMail(
      mailWith({ subject: 'BSN 725763863', bodyText: 'Klantnummer 725763863' }),
      policy,
    );
    expect(result.findings.map((finding) => finding.rule)).toEqual(['bsn']);
  });

  it('reads a pupil right after names written with the Turkish İ', () => {
    // İ lower-cases to two characters; folding must not shift the positions that follow.
    const result = scanMail(
      mailWith({
        bodyText:
          'Hoi İlknur, over de İftar-avond met İsmail en İpek later meer. İbrahim Yılmaz uit groep 6 heeft epilepsie en krijgt sinds maandag medicatie.',
      }),
      policy,
    );
    expect(result.findings.map((finding) => finding.rule)).toEqual(['pupil-file']);
  });

  it('warns for parents visible in To', () => {
    expect(scanMail(mailWith({ to: parents }), policy).verdict).toBe('warn');
  });

  it('lets content rules pass once the mail carries the encryption subject tag, but still lists them', () => {
    const result = scanMail(
      mailWith({ subject: '[versleuteld] Aanmelding', bodyText: 'BSN: 725763863' }),
      policy,
    );
    expect(result).toMatchObject({ verdict: 'allow', isMarkedEncrypted: true });
    expect(result.findings.map((finding) => finding.rule)).toEqual(['bsn']);
  });

  it('keeps the recipient rules when the mail goes encrypted', () => {
    expect(scanMail(mailWith({ subject: '[VERSLEUTELD] info', to: parents }), policy).verdict).toBe(
      'warn',
    );
  });

  it('recognises the internet-header and sensitivity-label methods', () => {
    const byHeader = testPolicy({
      encryption: { method: 'internet-header', headerName: 'X-Encrypt', headerValue: 'yes' },
    });
    expect(
      scanMail(
        mailWith({ bodyText: 'BSN 725763863', internetHeaders: { 'x-encrypt': 'YES' } }),
        byHeader,
      ).verdict,
    ).toBe('allow');
    const labelId = '5a2b7c1e-0f3d-4e6a-9b8c-1d2e3f4a5b6c';
    const byLabel = testPolicy({ encryption: { method: 'sensitivity-label', labelId } });
    expect(
      scanMail(mailWith({ bodyText: 'BSN 725763863', sensitivityLabelId: labelId }), byLabel)
        .verdict,
    ).toBe('allow');
    expect(scanMail(mailWith({ bodyText: 'BSN 725763863' }), byLabel).verdict).toBe('block');
  });

  it('follows configured verdicts per rule', () => {
    const lenient = testPolicy({
      scan: { rules: { bsn: { verdict: 'warn' }, bcc: { verdict: 'allow' } } },
    });
    expect(scanMail(mailWith({ bodyText: 'BSN 725763863' }), lenient).verdict).toBe('warn');
    const result = scanMail(mailWith({ to: parents }), lenient);
    expect(result).toMatchObject({
      verdict: 'allow',
      findings: [expect.objectContaining({ rule: 'bcc', severity: 'info' })],
    });
  });

  it('uses extra keywords from the configuration', () => {
    const custom = testPolicy({
      scan: { rules: { 'pupil-file': { extraKeywords: ['Kindplan'] } } },
    });
    const mail = mailWith({ bodyText: 'Hierbij het kindplan van Daan.' });
    expect(scanMail(mail, policy).findings).toEqual([]);
    expect(scanMail(mail, custom).findings.map((finding) => finding.rule)).toEqual(['pupil-file']);
  });

  it('reads an HTML-only body', () => {
    const result = scanMail(
      mailWith({ bodyText: undefined, bodyHtml: '<p>BSN:</p><p><b>725763863</b></p>' }),
      policy,
    );
    expect(result.verdict).toBe('block');
  });

  // content-train-45: a mail's plain part may be a stub ("zie de tabel"); Outlook's add-in reads the
  // HTML body, so the scan reads what the add-in reads.
  it('reads the HTML body when a mail has both, as the add-in does', () => {
    const result = scanMail(
      mailWith({
        bodyText: 'Zie de tabel in de HTML-versie van deze mail.',
        bodyHtml: '<table><tr><th>BSN</th></tr><tr><td>725763863</td></tr></table>',
      }),
      policy,
    );
    expect(result.verdict).toBe('block');
  });
});

// Train round 7: a notice's subject line ("Your payslip") is the title of its body.
describe('scanMail, a subject line over a general body', () => {
  const rulesOf = (subject: string, bodyText: string) =>
    scanMail(mailWith({ subject, bodyText }), policy).findings.map((finding) => finding.rule);

  it.each([
    ['en', 'Your payslip', 'Hi Daniel,\n\nYour payslip for February is available in AFAS InSite.'],
    ['nl', 'Je salarisstrook', 'Hoi Daan,\n\nJe salarisstrook van februari staat klaar in AFAS.'],
  ])('finds nothing in a payslip notice (%s)', (_language, subject, body) => {
    expect(rulesOf(subject, body)).not.toContain('sensitive-personal');
  });

  it.each([
    ['en', 'My burn-out', 'Hi Karin,\n\nI will be off for a while, the doctor says.'],
    ['nl', 'Mijn burn-out', 'Hoi Karin,\n\nIk ben er een tijd niet, zegt de huisarts.'],
  ])('keeps a subject line that tells the writer’s own matter (%s)', (_language, subject, body) => {
    expect(rulesOf(subject, body)).toContain('sensitive-personal');
  });

  it.each([
    [
      'nl',
      'vraag: vermoeden alcoholgebruik medewerker',
      'Hoi Debby,\n\nEen algemene vraag, er speelt geen concrete casus. Heeft Kindante hiervoor een protocol?',
    ],
    [
      'en',
      'question: employee with an alcohol problem',
      'Hi Debby,\n\nA general question, there is no actual case. Is there a protocol for this?',
    ],
  ])('finds nothing under a general question about a role (%s)', (_language, subject, body) => {
    expect(rulesOf(subject, body)).not.toContain('sensitive-personal');
  });

  it.each([
    [
      'nl',
      'vermoeden alcoholgebruik medewerker',
      'Hoi Debby,\n\nOnze conciërge ruikt al weken naar drank. Wat moet ik doen?',
    ],
    [
      'en',
      'employee with an alcohol problem',
      'Hi Debby,\n\nOur caretaker has smelled of drink for weeks. What should I do?',
    ],
  ])(
    'keeps a role in the subject line over a body about one case (%s)',
    (_language, subject, body) => {
      expect(rulesOf(subject, body)).toContain('sensitive-personal');
    },
  );
});

// Tuning round (content-train-28): a display name that names the writer as a child's parent.
describe('scanMail, a parent’s display name', () => {
  it.each([
    [
      'en',
      "Ravi's dad - Vikram Sharma",
      'Dear Ms Okafor,\n\nRavi now works on an individual plan for reading.\n\nVikram',
    ],
    [
      'nl',
      "Lieke's mama - Sara Jansen",
      'Beste juf,\n\nLieke heeft nu een handelingsplan voor rekenen.\n\nSara',
    ],
  ])('reads the child in the display name as a pupil (%s)', (_language, name, bodyText) => {
    const result = scanMail(
      mailWith({ from: { name, address: 'ouder@gmail.com' }, bodyText }),
      policy,
    );
    expect(result.findings.map((finding) => finding.rule)).toContain('pupil-file');
  });

  it('keeps a plain display name the writer (en)', () => {
    const result = scanMail(
      mailWith({
        from: { name: 'Ravi Sharma', address: 'ravi@gmail.com' },
        bodyText: 'Hi all, I work on an individual plan for my own reading this year.',
      }),
      policy,
    );
    expect(result.findings.map((finding) => finding.rule)).not.toContain('pupil-file');
  });
});
