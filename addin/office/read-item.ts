// Reads a mail opened in read mode (e.g. from Sent Items): only the facts a breach report needs.
import type { SentItemFacts } from '../taskpane/taskpane-host';

export function isReadMode(): boolean {
  // In read mode the subject is a plain string; in compose mode it is an object with getAsync.
  return typeof Office.context.mailbox.item?.subject === 'string';
}

export function readSentItemFacts(): Promise<SentItemFacts> {
  const item = Office.context.mailbox.item as Office.MessageRead;
  const addresses = [...(item.to ?? []), ...(item.cc ?? [])].map((entry) => entry.emailAddress);
  const facts: SentItemFacts = {
    recipients: addresses,
    attachmentNames: (item.attachments ?? [])
      .filter((attachment) => !attachment.isInline)
      .map((attachment) => attachment.name),
  };
  if (item.dateTimeCreated) facts.sentAt = new Date(item.dateTimeCreated);
  return Promise.resolve(facts);
}
