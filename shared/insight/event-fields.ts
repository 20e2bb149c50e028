// The closed lists an insight event is made of (see insight-events.ts for the schema). Kept apart
// from the schema so the add-in's event script can use them without bundling zod.

/** What the sender did about a rule that fired (see addin/insight/send-outcome.ts for how it is known). */
export const SENDER_ACTIONS = ['fixed', 'changed', 'sent-anyway', 'cancelled'] as const;
export type SenderAction = (typeof SENDER_ACTIONS)[number];

/** Outlook on the web and the new Outlook for Windows report the same platform. */
export const CLIENT_KINDS = [
  'classic-windows',
  'new-outlook-web',
  'mac',
  'mobile',
  'other',
] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

/** The highest Mailbox requirement set the client supports, of those the add-in asks about. */
export const REQUIREMENT_LEVELS = [
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13',
  '1.14',
  '1.15',
] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

/** Faults of the check itself, as addin/launchevent/send-decision.ts counts them. */
export const CHECK_FAULTS = [
  'scan-failure',
  'scan-failure-let-through',
  'unconfirmed-notice',
] as const;
export type CheckFault = (typeof CHECK_FAULTS)[number];
