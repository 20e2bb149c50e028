import { countCells } from '../../../../shared/insight/insight-cells';
import type { InsightEvent } from '../../../../shared/insight/insight-events';

const send: InsightEvent = {
  type: 'send',
  month: '2026-11',
  domain: 'kindante.nl',
  verdict: 'block',
  rules: ['bsn', 'bcc'],
  actions: { bsn: 'fixed', bcc: 'sent-anyway' },
  isEncrypted: true,
  unread: ['attachment-password'],
  client: 'classic-windows',
  level: '1.14',
};

describe('countCells', () => {
  it('counts a send decision in every cell it belongs to', () => {
    expect(countCells([send, send])).toEqual(
      expect.arrayContaining([
        { metric: 'checked', rule: '', detail: '', count: 2 },
        { metric: 'blocked', rule: '', detail: '', count: 2 },
        { metric: 'encrypted', rule: '', detail: '', count: 2 },
        { metric: 'rule-fired', rule: 'bsn', detail: '', count: 2 },
        { metric: 'action', rule: 'bsn', detail: 'fixed', count: 2 },
        { metric: 'action', rule: 'bcc', detail: 'sent-anyway', count: 2 },
        { metric: 'partly-unread', rule: '', detail: 'any', count: 2 },
        { metric: 'partly-unread', rule: '', detail: 'attachment-password', count: 2 },
        { metric: 'client', rule: '', detail: 'classic-windows 1.14', count: 2 },
      ]),
    );
  });

  it('counts a false alarm per rule and per feature', () => {
    expect(
      countCells([
        {
          type: 'false-alarm',
          month: '2026-11',
          domain: 'kindante.nl',
          rule: 'pupil-file',
          features: ['in-body', 'term-health'],
        },
      ]),
    ).toEqual([
      { metric: 'false-alarm', rule: 'pupil-file', detail: '', count: 1 },
      { metric: 'false-alarm-feature', rule: 'pupil-file', detail: 'in-body', count: 1 },
      { metric: 'false-alarm-feature', rule: 'pupil-file', detail: 'term-health', count: 1 },
    ]);
  });
});
