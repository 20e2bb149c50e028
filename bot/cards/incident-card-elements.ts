// The Adaptive Card elements the breach cards need beyond the shared ones: facts, inputs,
// Universal Actions (Action.Execute, 1.4+) and the refresh block. Schema 1.5, as Teams renders.
import type { RichTextBlock, TextBlock, TextRun } from './adaptive-card';

export type Language = 'nl' | 'en';

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
  /** Old clients without Universal Actions get the same data as a submit. */
  fallback?: { type: 'Action.Submit'; title: string; data: Record<string, unknown> };
}

interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  card: { type: 'AdaptiveCard'; body: IncidentElement[]; actions: ExecuteAction[] };
}

export type IncidentCardAction = ExecuteAction | ShowCardAction;

interface InputBase {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
}
interface InputText extends InputBase {
  type: 'Input.Text';
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
}
interface InputChoiceSet extends InputBase {
  type: 'Input.ChoiceSet';
  choices: { title: string; value: string }[];
  isMultiSelect?: boolean;
  style?: 'compact' | 'expanded';
  value?: string;
}
interface InputDate extends InputBase {
  type: 'Input.Date';
  value?: string;
}
interface InputTime extends InputBase {
  type: 'Input.Time';
  value?: string;
}
interface InputNumber extends InputBase {
  type: 'Input.Number';
  min?: number;
  max?: number;
  value?: number;
}
export type Input = InputText | InputChoiceSet | InputDate | InputTime | InputNumber;

interface Container {
  type: 'Container';
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  items: IncidentElement[];
}

interface IncidentActionSet {
  type: 'ActionSet';
  actions: IncidentCardAction[];
}

export type IncidentElement = RichTextBlock | TextBlock | Input | Container | IncidentActionSet;

export interface IncidentAdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.5';
  lang: string;
  body: IncidentElement[];
  actions?: IncidentCardAction[];
  /** Teams asks the bot for a user's own view of the card (user-specific views). */
  refresh?: { action: ExecuteAction; userIds?: string[] };
}

export function incidentAdaptiveCard(
  language: Language,
  body: IncidentElement[],
  actions: IncidentCardAction[] = [],
): IncidentAdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    lang: language,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** User or register text: a TextRun is never read as markdown. */
export function textRuns(text: string, style: Omit<TextRun, 'type' | 'text'> = {}): RichTextBlock {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...style }] };
}

/** Our own fixed wording (no user text): a heading. */
export function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, weight: 'Bolder', size: 'Medium' };
}

/** "Label: value" lines as RichTextBlocks (FactSet values are markdown in Teams). */
export function facts(rows: [string, string][]): RichTextBlock[] {
  return rows.map(([title, value]) => ({
    type: 'RichTextBlock',
    inlines: [
      { type: 'TextRun', text: `${title}: `, weight: 'Bolder' },
      { type: 'TextRun', text: value },
    ],
  }));
}

/** An Action.Execute with an Action.Submit fallback carrying the verb in its data. */
export function execute(
  title: string,
  verb: string,
  data: Record<string, unknown>,
  style?: ExecuteAction['style'],
): ExecuteAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...(style ? { style } : {}),
    fallback: { type: 'Action.Submit', title, data: { ...data, verb } },
  };
}
