// The scales of the ENISA severity assessment (2013) and its questions' answers: what the card, the
// tab and the API offer to choose from. Pure data, shared by the server and the tab; the scoring
// lives with the register (bot/incidents/severity.ts).

/** ENISA's data processing context (DPC): 1 simple, 2 behavioural, 3 financial, 4 sensitive. */
export const CONTEXT_SCORES = [1, 2, 3, 4] as const;
export type ContextScore = (typeof CONTEXT_SCORES)[number];

/** ENISA's ease of identification (EI): negligible, limited, significant, maximum. */
export const IDENTIFICATION_SCORES = [0.25, 0.5, 0.75, 1] as const;
export type IdentificationScore = (typeof IDENTIFICATION_SCORES)[number];

export const CONFIDENTIALITY_LOSSES = ['none', 'known-recipients', 'unknown-recipients'] as const;
export type ConfidentialityLoss = (typeof CONFIDENTIALITY_LOSSES)[number];
export const INTEGRITY_LOSSES = ['none', 'recoverable', 'unrecoverable'] as const;
export type IntegrityLoss = (typeof INTEGRITY_LOSSES)[number];
export const AVAILABILITY_LOSSES = ['none', 'temporary', 'permanent'] as const;
export type AvailabilityLoss = (typeof AVAILABILITY_LOSSES)[number];

/** The assessment's questions, in the order the tab and the card ask them. */
export interface SeverityAnswers {
  context: ContextScore;
  identification: IdentificationScore;
  confidentiality: ConfidentialityLoss;
  integrity: IntegrityLoss;
  availability: AvailabilityLoss;
  isMalicious: boolean;
}
export type SeverityQuestion = keyof SeverityAnswers;
