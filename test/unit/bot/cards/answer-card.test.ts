import { answerCardView, buildAnswerCard } from '../../../../bot/cards/answer-card';
import type { AdaptiveCard, CardElement, SubmitAction } from '../../../../bot/cards/adaptive-card';
import type { QaAnswer } from '../../../../bot/qa/types';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';

const answered: QaAnswer = {
  question: "mag ik foto's op facebook zetten?",
  language: 'nl',
  answered: true,
  answer: 'Alleen met **toestemming** van de ouders, zie [hier](https://example.org).',
  sources: [{ id: 'photos-consent', title: "Foto's en toestemming", section: 'Bijlage 9' }],
  related: [
    { id: 'a', title: 'Sociale media', section: '§9' },
    { id: 'b', title: 'Video in de klas', section: 'Bijlage 9' },
    { id: 'c', title: 'Toestemming intrekken', section: 'Bijlage 9' },
    { id: 'd', title: 'Vierde', section: '§1' },
  ],
};

const notAnswered: QaAnswer = {
  question: 'wat wordt het weer morgen?',
  language: 'nl',
  answered: false,
  answer: 'Daar kan ik geen antwoord op geven. Vraag het de privacy officer.',
  sources: [],
  related: [{ id: 'e', title: 'Wat is een datalek?', section: '§12' }],
};

function allActions(card: AdaptiveCard): SubmitAction[] {
  const inBody = card.body.flatMap((element) =>
    element.type === 'ActionSet' ? element.actions : [],
  );
  return [...inBody, ...(card.actions ?? [])];
}

function texts(elements: CardElement[], type: CardElement['type']): string[] {
  return elements.flatMap((element) => {
    if (element.type !== type) return [];
    if (element.type === 'RichTextBlock') return element.inlines.map((run) => run.text);
    if (element.type === 'TextBlock') return [element.text];
    return [];
  });
}

describe('answer card', () => {
  const card = buildAnswerCard(answerCardView(answered, 'nl'));

  it('is a valid Adaptive Card of version 1.5, the highest Teams renders', () => {
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card.version).toBe('1.5');
  });

  it('shows the answer and its source section as text runs, so markdown is not rendered', () => {
    const runs = texts(card.body, 'RichTextBlock');
    expect(runs).toContain(answered.answer);
    expect(runs).toContain('Bron: Bijlage 9');
    expect(texts(card.body, 'TextBlock').join(' ')).not.toContain('toestemming');
  });

  it('offers at most three related questions as buttons that ask them', () => {
    const asks = allActions(card).filter((action) => action.data['action'] === 'send-text');
    expect(asks.map((action) => action.title)).toEqual([
      'Sociale media',
      'Video in de klas',
      'Toestemming intrekken',
      'Datalek melden',
    ]);
    expect(asks[0]?.data).toEqual({ action: 'send-text', text: 'Sociale media' });
  });

  it('asks "Was dit nuttig?" with yes/no buttons that name the entry, not the user', () => {
    expect(texts(card.body, 'TextBlock')).toContain('Was dit nuttig?');
    const feedback = allActions(card).filter((action) => action.data['action'] === 'feedback');
    expect(feedback.map((action) => action.data)).toEqual([
      { action: 'feedback', entryId: 'photos-consent', useful: true },
      { action: 'feedback', entryId: 'photos-consent', useful: false },
    ]);
  });

  it('has a "Datalek melden" button that sends the text datalek', () => {
    expect(card.actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'Datalek melden',
        data: { action: 'send-text', text: 'datalek' },
      },
    ]);
  });

  it('when not answered says so honestly, offers the closest topics and asks no feedback', () => {
    const fallback = buildAnswerCard(answerCardView(notAnswered, 'nl'));
    expect(adaptiveCardErrors(fallback)).toEqual([]);
    expect(texts(fallback.body, 'RichTextBlock')).toEqual([notAnswered.answer]);
    expect(texts(fallback.body, 'TextBlock')).toEqual(['Bedoel je misschien:']);
    expect(allActions(fallback).map((action) => action.title)).toEqual([
      'Wat is een datalek?',
      'Datalek melden',
    ]);
  });

  it('speaks English around an English answer', () => {
    const english = buildAnswerCard(answerCardView({ ...answered, language: 'en' }, 'en'));
    expect(adaptiveCardErrors(english)).toEqual([]);
    expect(english.lang).toBe('en');
    expect(texts(english.body, 'TextBlock')).toEqual(['Related questions', 'Was this useful?']);
    expect(texts(english.body, 'RichTextBlock')).toContain('Source: Bijlage 9');
    expect(english.actions?.[0]?.title).toBe('Report a data breach');
  });
});
