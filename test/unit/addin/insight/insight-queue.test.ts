import {
  addEvents,
  EMPTY_QUEUE,
  MAX_EVENTS,
  MAX_OPEN,
  parseQueue,
  putOpen,
  removeSent,
  settleStale,
  STALE_MS,
} from '../../../../addin/insight/insight-queue';
import type { OpenDecision } from '../../../../addin/insight/send-outcome';
import type { InsightEvent } from '../../../../shared/insight/insight-events';

const fault = (index: number): InsightEvent => ({
  type: 'check-fault',
  month: `2026-${String((index % 12) + 1).padStart(2, '0')}`,
  domain: 'kindante.nl',
  fault: 'scan-failure',
  client: 'mac',
  level: '1.13',
});
const open = (draft: string, since: number): OpenDecision => ({
  draft,
  since,
  month: '2026-11',
  domain: 'kindante.nl',
  client: 'mac',
  level: '1.13',
  verdict: 'warn',
  rules: ['bcc'],
  unread: [],
  offeredSendAnyway: true,
});

describe('the add-in insight queue', () => {
  it(`keeps at most ${MAX_EVENTS} events, dropping the oldest`, () => {
    const events = Array.from({ length: MAX_EVENTS + 7 }, (_, index) => fault(index));
    const queue = addEvents(EMPTY_QUEUE, events);
    expect(queue.events).toHaveLength(MAX_EVENTS);
    expect(queue.events[0]).toEqual(events[7]);
  });

  it(`follows at most ${MAX_OPEN} drafts; the oldest is settled as given up`, () => {
    let queue = EMPTY_QUEUE;
    for (let index = 0; index <= MAX_OPEN; index++)
      queue = putOpen(queue, open(`d${index}`, index));
    expect(queue.open).toHaveLength(MAX_OPEN);
    expect(queue.open[0]?.draft).toBe('d1');
    expect(queue.events).toEqual([expect.objectContaining({ actions: { bcc: 'sent-anyway' } })]);
  });

  it('settles drafts not sent again within the time as given up', () => {
    const queue = settleStale(putOpen(EMPTY_QUEUE, open('d', 0)), STALE_MS + 1);
    expect(queue.open).toEqual([]);
    expect(queue.events).toHaveLength(1);
  });

  it('takes off only what was sent, also after a save and load', () => {
    const sent = [fault(1), fault(2)];
    const stored = parseQueue(
      JSON.parse(JSON.stringify(addEvents(EMPTY_QUEUE, [...sent, fault(3)]))),
    );
    expect(removeSent(stored, sent).events).toEqual([fault(3)]);
  });

  it('starts empty from anything unexpected in the settings', () => {
    expect(parseQueue('garbage')).toEqual(EMPTY_QUEUE);
    expect(parseQueue({ events: 'x' })).toEqual(EMPTY_QUEUE);
  });
});
