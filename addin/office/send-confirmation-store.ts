// Keeps, in the draft's session data, which unchecked attachments the sender was already told about
// on a client without "Send anyway", so that pressing Send again sends (send-decision.ts).
import type { ConfirmationStore } from '../launchevent/on-message-send';
import { readSessionData, writeSessionValue } from './session-data';

const CONFIRMATION_KEY = 'privacywacht.confirmed';

export const sessionConfirmations: ConfirmationStore = {
  async load() {
    const value = (await readSessionData())[CONFIRMATION_KEY];
    return typeof value === 'string' ? value : undefined;
  },
  save: (fingerprint) => writeSessionValue(CONFIRMATION_KEY, fingerprint),
};
