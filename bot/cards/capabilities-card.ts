// The welcome card (on install) and the help card (help/hulp): what the bot can do, example
// questions as buttons that ask them, and how to report a breach.
import type { Language } from '../../shared/policy/knowledge/types';
import { botText } from '../../shared/i18n/bot-text';
import {
  adaptiveCard,
  plainText,
  type AdaptiveCard,
  type CardElement,
  type TextBlock,
} from './adaptive-card';
import { DATALEK_COMMAND, sendTextAction } from './card-actions';

export interface CapabilitiesView {
  language: Language;
  organisationName: string;
}

export function buildWelcomeCard(view: CapabilitiesView): AdaptiveCard {
  const text = botText(view.language);
  const intro = text.welcomeIntro.replace('{organisation}', view.organisationName);
  return capabilitiesCard(view.language, [
    heading(text.welcomeTitle),
    plainText(intro),
    ...capabilitiesBody(view.language),
  ]);
}

export function buildHelpCard(view: CapabilitiesView): AdaptiveCard {
  const text = botText(view.language);
  return capabilitiesCard(view.language, [
    heading(text.helpTitle),
    ...capabilitiesBody(view.language),
  ]);
}

function capabilitiesCard(language: Language, body: CardElement[]): AdaptiveCard {
  const text = botText(language);
  return adaptiveCard(
    [
      ...body,
      {
        type: 'ActionSet',
        actions: text.exampleQuestions.map((question) => sendTextAction(question, question)),
      },
      { type: 'TextBlock', text: text.datalekHint, wrap: true, spacing: 'Medium' },
    ],
    [sendTextAction(text.reportDatalek, DATALEK_COMMAND)],
    language,
  );
}

function capabilitiesBody(language: Language): CardElement[] {
  const text = botText(language);
  return [
    ...text.capabilities.map((line): TextBlock => ({
      type: 'TextBlock',
      text: `- ${line}`,
      wrap: true,
      spacing: 'Small',
    })),
    {
      type: 'TextBlock',
      text: text.examplesTitle,
      wrap: true,
      weight: 'Bolder',
      spacing: 'Medium',
    },
  ];
}

function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, weight: 'Bolder', size: 'Medium' };
}
