import type { AdaptiveCard } from '../../../../bot/cards/adaptive-card';
import { buildHelpCard, buildWelcomeCard } from '../../../../bot/cards/capabilities-card';
import { adaptiveCardErrors } from '../../../helpers/adaptive-card-schema';

const cards: [string, AdaptiveCard][] = [
  ['welcome nl', buildWelcomeCard({ language: 'nl', organisationName: 'Stichting *Test*' })],
  ['welcome en', buildWelcomeCard({ language: 'en', organisationName: 'Stichting *Test*' })],
  ['help nl', buildHelpCard({ language: 'nl', organisationName: 'Stichting *Test*' })],
  ['help en', buildHelpCard({ language: 'en', organisationName: 'Stichting *Test*' })],
];

function visibleText(card: AdaptiveCard): string {
  return JSON.stringify(card.body);
}

describe.each(cards)('%s card', (_name, card) => {
  it('is a valid Adaptive Card of version 1.5', () => {
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card.version).toBe('1.5');
  });

  it('offers example questions as buttons and a button to report a breach', () => {
    const buttons = card.body.flatMap((element) =>
      element.type === 'ActionSet' ? element.actions : [],
    );
    expect(buttons).toHaveLength(3);
    expect(card.actions?.[0]?.data).toEqual({ action: 'send-text', text: 'datalek' });
  });
});

describe('welcome card', () => {
  it('names the organisation in a text run and tells how to report a breach', () => {
    const card = buildWelcomeCard({ language: 'nl', organisationName: 'Stichting *Test*' });
    const intro = card.body.find((element) => element.type === 'RichTextBlock');
    expect(intro).toEqual({
      type: 'RichTextBlock',
      inlines: [
        {
          type: 'TextRun',
          text: 'Ik beantwoord je vragen over het privacybeleid van Stichting *Test* en help je een datalek te melden.',
        },
      ],
    });
    expect(visibleText(card)).toContain('Typ datalek om een datalek te melden.');
    expect(visibleText(card)).toContain("Mag ik foto's van leerlingen op Facebook zetten?");
  });

  it('in English says how to report a breach in English', () => {
    const card = buildWelcomeCard({ language: 'en', organisationName: 'X' });
    expect(visibleText(card)).toContain('Type datalek to report a data breach.');
  });
});
