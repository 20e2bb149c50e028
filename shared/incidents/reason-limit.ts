// How long the reason for going against a breach suggestion may be: the domain, the card, the tab
// and the API body all hold it to this one limit.
export const REASON_LIMIT = 200;
