import { createQuestionInsight } from '../../../../bot/insight/question-insight';
import { createMemoryAnswerFeedbackStore } from '../../../../bot/store/answer-feedback-memory-store';
import { createMemoryUnansweredStore } from '../../../../bot/store/unanswered-memory-store';
import { MAX_GROUPS_PER_MONTH } from '../../../../bot/store/unanswered-store';

function setUp(now = '2026-11-20T10:00:00Z') {
  let clock = new Date(now);
  const unanswered = createMemoryUnansweredStore();
  const feedback = createMemoryAnswerFeedbackStore();
  const insight = createQuestionInsight({
    unanswered,
    feedback,
    retentionMonths: 3,
    clock: () => clock,
  });
  return {
    insight,
    unanswered,
    feedback,
    moveTo(instant: string) {
      clock = new Date(instant);
    },
  };
}

/** A made-up word per number, letters only (digits would be scrubbed). */
const wordOf = (n: number) =>
  `zq${String.fromCharCode(97 + (n % 26))}${String.fromCharCode(97 + (Math.floor(n / 26) % 26))}x`;

describe('keeping what the bot could not answer', () => {
  it('keeps the scrubbed question in its Amsterdam month and counts the same question in its group', async () => {
    const { insight, unanswered } = setUp('2026-11-30T23:30:00Z');
    expect(await insight.recordUnanswered('Mag ik het dossier van Daan mailen?', 'declined')).toBe(
      'new',
    );
    expect(await insight.recordUnanswered('mag ik Fenna haar dossier mailen', 'not-helpful')).toBe(
      'counted',
    );
    expect(await unanswered.listGroups('2026-01', '2026-12')).toEqual([
      {
        month: '2026-12',
        // The asker's school was not given: "onbekend".
        school: 'onbekend',
        question: 'mag ik het dossier van [naam] mailen',
        terms: ['dossier', 'mail'],
        declined: 1,
        notHelpful: 1,
      },
    ]);
  });

  it('keeps nothing of a question that was only names and numbers', async () => {
    const { insight, unanswered } = setUp();
    expect(await insight.recordUnanswered('Daan Bakker 0612345678?', 'declined')).toBe('empty');
    expect(await unanswered.listGroups('2026-01', '2026-12')).toEqual([]);
  });

  it('keeps at most a bounded number of groups a month', async () => {
    const { insight, unanswered } = setUp();
    for (let n = 0; n < MAX_GROUPS_PER_MONTH; n++)
      await insight.recordUnanswered(wordOf(n), 'declined');
    expect(await insight.recordUnanswered('iets heel anders over zwemles', 'declined')).toBe(
      'full',
    );
    expect(await insight.recordUnanswered(wordOf(7), 'declined')).toBe('counted');
    expect(await unanswered.listGroups('2026-11', '2026-11')).toHaveLength(MAX_GROUPS_PER_MONTH);
  });

  it('forgets questions and ratings older than the retention', async () => {
    const { insight, unanswered, feedback, moveTo } = setUp('2026-08-10T10:00:00Z');
    await insight.recordUnanswered('mag ik het dossier mailen', 'declined');
    await insight.recordFeedback('photos-consent', false);
    moveTo('2026-10-31T10:00:00Z');
    await insight.recordUnanswered('hoe lang bewaren wij cijfers', 'declined');
    expect(await unanswered.listGroups('2026-01', '2026-12')).toHaveLength(2);
    moveTo('2026-11-01T10:00:00Z');
    await insight.recordUnanswered('hoe lang bewaren wij cijfers', 'declined');
    await insight.recordFeedback('photos-consent', true);
    expect((await unanswered.listGroups('2026-01', '2026-12')).map((each) => each.month)).toEqual([
      '2026-10',
      '2026-11',
    ]);
    expect(await feedback.list('2026-01', '2026-12')).toEqual([
      { month: '2026-11', entryId: 'photos-consent', useful: 1, notUseful: 0 },
    ]);
  });
});
