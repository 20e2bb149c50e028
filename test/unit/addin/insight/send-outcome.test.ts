import {
  settleAbandoned,
  settleSend,
  type OpenDecision,
  type SendCheck,
  type SendFacts,
} from '../../../../addin/insight/send-outcome';
import type { Finding, RuleId, ScanResult, Verdict } from '../../../../shared/scan/types';

const facts: SendFacts = {
  month: '2026-11',
  domain: 'kindante.nl',
  client: 'new-outlook-web',
  level: '1.15',
};

const finding = (rule: RuleId): Finding => ({
  rule,
  severity: rule === 'bsn' ? 'critical' : 'warning',
  message: { nl: '', en: '' },
  location: { part: 'body' },
  explanation: '',
  policySection: '',
});

const check = (
  verdict: Verdict,
  rules: RuleId[],
  isAllowed: boolean,
  changes: Partial<ScanResult> = {},
): SendCheck => ({
  result: {
    verdict,
    findings: rules.map(finding),
    notices: [],
    isMarkedEncrypted: false,
    ...changes,
  },
  isAllowed,
  offeredSendAnyway: verdict === 'warn',
});

const opened = (first: SendCheck): OpenDecision => {
  const settled = settleSend(first, undefined, [], facts, 'draft-1', 1000);
  if (settled.kind !== 'open') throw new Error('expected an open decision');
  return settled.open;
};

describe('settleSend', () => {
  it('counts a mail the check let through at once, with nothing to act on', () => {
    expect(settleSend(check('allow', [], true), undefined, [], facts, 'd', 0)).toEqual({
      kind: 'done',
      event: {
        type: 'send',
        ...facts,
        verdict: 'allow',
        rules: [],
        actions: {},
        isEncrypted: false,
        unread: [],
      },
    });
  });

  it('keeps a stopped draft open with its rules and verdict', () => {
    expect(opened(check('block', ['bsn', 'bcc'], false))).toMatchObject({
      draft: 'draft-1',
      since: 1000,
      verdict: 'block',
      rules: ['bsn', 'bcc'],
    });
  });

  it.each<[string, RuleId[], RuleId[], Partial<ScanResult>, Record<string, string>]>([
    ['fixed with the main fix', ['bcc'], [], {}, { bcc: 'fixed' }],
    ['changed by hand', [], [], {}, { bcc: 'changed' }],
    ['still firing yet sent', [], ['bcc'], {}, { bcc: 'sent-anyway' }],
  ])(
    'on the next Send of the draft, counts the rule as %s',
    (_name, fixed, still, result, actions) => {
      const settled = settleSend(
        check('allow', still, true, result),
        opened(check('warn', ['bcc'], false)),
        fixed,
        facts,
        'draft-1',
        5000,
      );
      expect(settled).toMatchObject({
        kind: 'done',
        closes: 'draft-1',
        event: { verdict: 'warn', rules: ['bcc'], actions },
      });
    },
  );

  it('counts an encrypted send of a BSN as fixed when the pane applied the encryption', () => {
    const settled = settleSend(
      check('allow', ['bsn'], true, { isMarkedEncrypted: true }),
      opened(check('block', ['bsn'], false)),
      ['bsn'],
      facts,
      'draft-1',
      5000,
    );
    expect(settled).toMatchObject({
      event: { verdict: 'block', actions: { bsn: 'fixed' }, isEncrypted: true },
    });
  });

  it('records why parts of the mail were not read, by code only', () => {
    const result = check('allow', [], true, {
      notices: [
        {
          code: 'attachment-password',
          attachment: 'Daan de Vries OPP.pdf',
          message: { nl: '', en: '' },
        },
      ],
    });
    const settled = settleSend(result, undefined, [], facts, 'd', 0);
    expect(settled).toMatchObject({ event: { unread: ['attachment-password'] } });
    expect(JSON.stringify(settled)).not.toContain('Daan');
  });
});

describe('settleAbandoned', () => {
  it.each([
    ['warn', 'sent-anyway'],
    ['block', 'cancelled'],
  ] as const)('counts a %s draft never seen again as %s', (verdict, action) => {
    const open = opened(check(verdict, ['pupil-file'], false));
    expect(settleAbandoned(open)).toMatchObject({ actions: { 'pupil-file': action } });
  });

  it('leaves the action out when the draft could not be followed', () => {
    expect(settleAbandoned(opened(check('warn', ['bcc'], false)), false)).toMatchObject({
      actions: {},
    });
  });
});
