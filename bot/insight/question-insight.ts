// What the bot learns from its own chats for the Inzicht view (issue 17): the questions it could
// not answer, scrubbed and grouped, and the "Was dit nuttig?" counts per entry — per month, kept
// for the configured number of months. The raw question goes no further than scrubQuestion.
import { addMonths, amsterdamMonth } from '../../shared/insight/months';
import { UNKNOWN_SCHOOL } from '../../shared/insight/school-of-domain';
import { scrubQuestion } from '../../shared/insight/scrub-question';
import { createMemoryAnswerFeedbackStore } from '../store/answer-feedback-memory-store';
import type { AnswerFeedbackStore } from '../store/answer-feedback-store';
import { createMemoryUnansweredStore } from '../store/unanswered-memory-store';
import type { RecordOutcome, UnansweredReason, UnansweredStore } from '../store/unanswered-store';
import { questionTerms } from './question-groups';

export interface QuestionInsightDeps {
  unanswered: UnansweredStore;
  feedback: AnswerFeedbackStore;
  /** Months kept, this one included (config: questionInsight.retentionMonths). */
  retentionMonths: number;
  clock: () => Date;
}

export interface QuestionInsight {
  /**
   * Keeps the question's scrubbed text in its group, under the asker's school ("onbekend" when not
   * known); 'empty' when nothing worth grouping is left after scrubbing (only names, numbers and
   * stopwords).
   */
  recordUnanswered(
    question: string,
    reason: UnansweredReason,
    school?: string,
  ): Promise<RecordOutcome | 'empty'>;
  /** Counts one "Was dit nuttig?" answer for a knowledge-base entry (a known id, never typed text). */
  recordFeedback(entryId: string, useful: boolean): Promise<void>;
}

export function createQuestionInsight(deps: QuestionInsightDeps): QuestionInsight {
  const { unanswered, feedback, retentionMonths, clock } = deps;
  const thisMonth = () => amsterdamMonth(clock());
  const firstKept = (month: string) => addMonths(month, 1 - retentionMonths);
  return {
    async recordUnanswered(question, reason, school = UNKNOWN_SCHOOL) {
      const month = thisMonth();
      const scrubbed = scrubQuestion(question);
      const terms = questionTerms(scrubbed);
      if (terms.length === 0) return 'empty';
      await unanswered.pruneBefore(firstKept(month));
      return unanswered.record({ month, school, question: scrubbed, terms, reason });
    },
    async recordFeedback(entryId, useful) {
      const month = thisMonth();
      await feedback.pruneBefore(firstKept(month));
      await feedback.record(month, entryId, useful);
    },
  };
}

/**
 * For a bot without a register (tests, benchmarks): the same rules in memory, this month only.
 */
export function createMemoryQuestionInsight(clock: () => Date = () => new Date()): QuestionInsight {
  return createQuestionInsight({
    unanswered: createMemoryUnansweredStore(),
    feedback: createMemoryAnswerFeedbackStore(),
    retentionMonths: 1,
    clock,
  });
}
