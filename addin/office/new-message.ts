// Opens Outlook's form for a new message, filled in, for the user to check and send themselves:
// nothing is sent from here. A new message rather than a reply, since a reply would quote the
// mistaken mail to its wrong recipient once more.
import type { NewMessage } from '../taskpane/model/deletion-request';
import { call } from './office-call';

/** Mailbox 1.9 (the add-in needs 1.12 to install); rejects when Outlook refuses the form. */
export function displayNewMessage(message: NewMessage): Promise<void> {
  return call<void>((done) =>
    Office.context.mailbox.displayNewMessageFormAsync({ ...message }, done),
  );
}
