// The card that answers a policy question: the answer, the section it rests on, up to three related
// questions as buttons that ask them, "Was dit nuttig?" and the "Datalek melden" button. When the
// question could not be answered it shows the honest "I don't know" and the closest topics instead.
import type { QaAnswer } from '../qa/types';
import type { Language } from '../../shared/policy/knowledge/types';
import { botText } from '../../shared/i18n/bot-text';
import { adaptiveCard, plainText, type AdaptiveCard, type CardElement } from './adaptive-card';
import { DATALEK_COMMAND, feedbackAction, sendTextAction } from './card-actions';

const MAX_RELATED = 3;

export interface AnswerCardView {
  language: Language;
  answered: boolean;
  answer: string;
  /** The entry answered from, when answered. */
  source?: { id: string; title: string; section: string };
  /** Related entries (answered) or closest topics (not answered); titles are asked as questions. */
  related: { title: string }[];
}

export function answerCardView(answer: QaAnswer, language: Language): AnswerCardView {
  const source = answer.answered ? answer.sources[0] : undefined;
  return {
    language,
    answered: answer.answered,
    answer: answer.answer,
    ...(source ? { source: { id: source.id, title: source.title, section: source.section } } : {}),
    related: answer.related.slice(0, MAX_RELATED).map(({ title }) => ({ title })),
  };
}

export function buildAnswerCard(view: AnswerCardView): AdaptiveCard {
  const text = botText(view.language);
  const body: CardElement[] = [];
  if (view.source) body.push(plainText(view.source.title, { weight: 'Bolder', size: 'Medium' }));
  body.push(plainText(view.answer));
  if (view.source)
    body.push({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: `${text.sourceLabel}: ${view.source.section}`, isSubtle: true },
      ],
    });
  const related = view.related.slice(0, MAX_RELATED);
  if (related.length > 0) {
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
        feedbackAction(text.no, view.source.id, false),
      ],
    });
  }
  return adaptiveCard(body, [sendTextAction(text.reportDatalek, DATALEK_COMMAND)], view.language);
}
