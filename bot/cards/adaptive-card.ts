// The slice of the Adaptive Card schema our cards use, typed so a builder cannot produce an element
// Teams would not render. Version 1.5 is the highest Teams supports.

const CARD_VERSION = '1.5';

export interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Default' | 'Bolder';
  isSubtle?: boolean;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
}

/** Holds user-provided or knowledge-base text: TextRuns are not read as markdown by Teams. */
export interface RichTextBlock {
  type: 'RichTextBlock';
  inlines: TextRun[];
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  separator?: boolean;
}

/** Only for our own fixed text: Teams renders markdown in TextBlocks. */
export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  weight?: 'Default' | 'Bolder';
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
  /** An element id; the weekly summary's heading carries its week, so a retry can find the post. */
  id?: string;
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
}

interface ActionSet {
  type: 'ActionSet';
  actions: SubmitAction[];
  spacing?: 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
}

export type CardElement = RichTextBlock | TextBlock | ActionSet;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: typeof CARD_VERSION;
  lang?: string;
  body: CardElement[];
  actions?: SubmitAction[];
}

export function adaptiveCard(
  body: CardElement[],
  actions: SubmitAction[],
  lang: string,
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    lang,
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

/** Text from outside the code (knowledge base, the user's question) as a non-markdown block. */
export function plainText(text: string, style: Omit<TextRun, 'type' | 'text'> = {}): RichTextBlock {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text, ...style }] };
}
