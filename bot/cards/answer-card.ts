// The card that answers a policy question: the answer, the section it rests on (one block per part
// when the question asked two things), "Bedoel je" buttons for the other entries an unsure answer
// may have meant, up to three related questions as buttons that ask them, "Was dit nuttig?" and the
// "Datalek melden" button. When the question is declined it shows the honest "I don't know" instead.
import type { QaAnswer } from '../qa/types';
import type { Language } from '../../shared/policy/knowledge/types';
import { botText } from '../../shared/i18n/bot-text';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card';
import { DATALEK_COMMAND, askEntryAction, feedbackAction, sendTextAction } from './card-actions';

const MAX_RELATED = 3;
const MAX_SUGGESTIONS = 3;

interface EntryRef {
  id: string;
  title: string;
  section: string;
}

export interface AnswerCardView {
  language: Language;
  answered: boolean;
  /** The whole answer text (the decline text when not answered). */
  answer: string;
  /** The entry answered from first, when answered: feedback is about it. */
  source?: EntryRef;
  /** One block per entry answered from, each with its own title and section. */
  parts: { source: EntryRef; answer: string }[];
  /** Entries an unsure answer may have meant: buttons that answer that entry. */
  suggestions: { id: string; title: string }[];
  /** Related entries (answered) or closest topics (not answered); titles are asked as questions. */
  related: { title: string }[];
  /** The question, scrubbed: a "not useful" sends it back to be counted as unanswered. */
  scrubbedQuestion?: string;
}

export function answerCardView(answer: QaAnswer, language: Language): AnswerCardView {
  const source = answer.answered ? answer.sources[0] : undefined;
  const parts =
    answer.parts.length > 0 ? answer.parts : source ? [{ source, answer: answer.answer }] : [];
  return {
    language,
    answered: answer.answered,
    answer: answer.answer,
    ...(source ? { source: { id: source.id, title: source.title, section: source.section } } : {}),
    parts: answer.answered
      ? parts.map((part) => ({
          source: { id: part.source.id, title: part.source.title, section: part.source.section },
          answer: part.answer,
        }))
      : [],
    suggestions: answer.suggestions
      .slice(0, MAX_SUGGESTIONS)
      .map(({ id, title }) => ({ id, title })),
    related: answer.related.slice(0, MAX_RELATED).map(({ title }) => ({ title })),
  };
}

export function buildAnswerCard(view: AnswerCardView): AdaptiveCard {
  const text = botText(view.language);
  const body: CardElement[] = [];
  if (view.parts.length === 0) body.push(plainText(view.answer));
  for (const [index, part] of view.parts.entries()) {
    body.push({
      ...plainText(part.source.title, { weight: 'Bolder', size: 'Medium' }),
      ...(index > 0 ? { spacing: 'Large' as const, separator: true } : {}),
    });
    body.push(plainText(part.answer));
    body.push({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: `${text.sourceLabel}: ${part.source.section}`, isSubtle: true },
      ],
    });
  }
  const suggestions = view.suggestions.slice(0, MAX_SUGGESTIONS);
  if (suggestions.length > 0) {
    body.push({
      type: 'TextBlock',
      text: text.didYouMeanTitle,
      wrap: true,
      weight: 'Bolder',
      spacing: 'Medium',
    });
    body.push({
      type: 'ActionSet',
      actions: suggestions.map(({ id, title }) => askEntryAction(title, id, view.language)),
    });
  }
  const offered = new Set(suggestions.map(({ title }) => title));
  const related = view.related.filter(({ title }) => !offered.has(title)).slice(0, MAX_RELATED);
  if (related.length > 0 && suggestions.length === 0) {
    body.push({
      type: 'TextBlock',
      text: view.answered ? text.relatedTitle : text.closestTopicsTitle,
      wrap: true,
      weight: 'Bolder',
      spacing: 'Medium',
    });
    body.push({
      type: 'ActionSet',
      actions: related.map(({ title }) => sendTextAction(title, title)),
    });
  }
  if (view.source) {
    body.push({ type: 'TextBlock', text: text.usefulQuestion, wrap: true, spacing: 'Medium' });
    body.push({
      type: 'ActionSet',
      actions: [
        feedbackAction(text.yes, view.source.id, true),
        feedbackAction(text.no, view.source.id, false, view.scrubbedQuestion),
      ],
    });
  }
  return adaptiveCard(body, [sendTextAction(text.reportDatalek, DATALEK_COMMAND)], view.language);
}
