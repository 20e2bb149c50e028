// The Action.Execute verbs the incident cards carry and the invoke handler routes on: the contract
// between the cards (bot/cards) and the core, kept here so the cards depend on the core and never
// the reverse. Status changes use INCIDENT_VERB_PREFIX + a StatusVerb (parse-action.ts).

/** The report form's submit button; its data carries `submissionId`. */
export const REPORT_SUBMIT_VERB = 'datalek.submit';
/** Teams asks for a user's own view of an incident card (Universal Actions refresh). */
export const INCIDENT_REFRESH_VERB = 'incident.refresh';
export const INCIDENT_AP_DRAFT_VERB = 'incident.apDraft';
export const INCIDENT_AP_FOLLOW_UP_VERB = 'incident.apFollowUp';
export const INCIDENT_DELETION_REQUEST_VERB = 'incident.deletionRequest';
export const INCIDENT_DECIDE_BREACH_VERB = 'incident.decideBreach';
