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
  confidence: 'high',
  parts: [],
  suggestions: [],
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
  confidence: 'none',
  parts: [],
  suggestions: [],
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

  it('lets only "no" bring back the scrubbed question, to be counted as unanswered', () => {
    const withQuestion = buildAnswerCard({
      ...answerCardView(answered, 'nl'),
      scrubbedQuestion: 'mag ik fotos van [naam] op facebook zetten',
    });
    expect(adaptiveCardErrors(withQuestion)).toEqual([]);
    const feedback = allActions(withQuestion).filter(
      (action) => action.data['action'] === 'feedback',
    );
    expect(feedback.map((action) => action.data)).toEqual([
      { action: 'feedback', entryId: 'photos-consent', useful: true },
      {
        action: 'feedback',
        entryId: 'photos-consent',
        useful: false,
        question: 'mag ik fotos van [naam] op facebook zetten',
      },
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

  it('offers the entries an unsure answer may have meant as "Bedoel je" buttons with their ids', () => {
    const unsure: QaAnswer = {
      ...answered,
      confidence: 'low',
      suggestions: [
        { id: 'photo-no-names', title: 'Geen namen bij foto’s', section: 'Bijlage 3' },
        { id: 'photo-protect', title: 'Gepubliceerde foto’s beschermen', section: '§11' },
      ],
    };
    const unsureCard = buildAnswerCard(answerCardView(unsure, 'nl'));
    expect(adaptiveCardErrors(unsureCard)).toEqual([]);
    expect(texts(unsureCard.body, 'TextBlock')).toContain(
      'Niet zeker of dit je vraag beantwoordt. Bedoel je:',
    );
    const picks = allActions(unsureCard).filter((action) => action.data['action'] === 'ask-entry');
    expect(picks).toEqual([
      {
        type: 'Action.Submit',
        title: 'Geen namen bij foto’s',
        data: { action: 'ask-entry', entryId: 'photo-no-names', language: 'nl' },
      },
      {
        type: 'Action.Submit',
        title: 'Gepubliceerde foto’s beschermen',
        data: { action: 'ask-entry', entryId: 'photo-protect', language: 'nl' },
      },
    ]);
  });

  it('shows a two-part answer as two blocks, each with its own title and section', () => {
    const two: QaAnswer = {
      ...answered,
      sources: [
        {
          id: 'esis-who-may-request',
          title: 'Wie een ESIS-gebruiker mag aanvragen',
          section: 'Bijlage 11 (a)',
        },
        { id: 'esis-who-creates', title: 'Wie ESIS-accounts aanmaakt', section: 'Bijlage 11 (b)' },
      ],
      parts: [
        {
          source: {
            id: 'esis-who-may-request',
            title: 'Wie een ESIS-gebruiker mag aanvragen',
            section: 'Bijlage 11 (a)',
          },
          answer: 'De directeur vraagt aan.',
        },
        {
          source: {
            id: 'esis-who-creates',
            title: 'Wie ESIS-accounts aanmaakt',
            section: 'Bijlage 11 (b)',
          },
          answer: 'De applicatiebeheerder maakt aan.',
        },
      ],
    };
    const runs = texts(buildAnswerCard(answerCardView(two, 'nl')).body, 'RichTextBlock');
    expect(runs).toEqual([
      'Wie een ESIS-gebruiker mag aanvragen',
      'De directeur vraagt aan.',
      'Bron: Bijlage 11 (a)',
      'Wie ESIS-accounts aanmaakt',
      'De applicatiebeheerder maakt aan.',
      'Bron: Bijlage 11 (b)',
    ]);
  });
});
