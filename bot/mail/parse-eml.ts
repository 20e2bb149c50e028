// Reads an RFC 5322 file (.eml) with postal-mime into the engine's plain MailInput.
import PostalMime, { type Address as PostalAddress, type Email } from 'postal-mime';
import type { Address, MailInput } from '../../shared/scan/types';

export type ParsedEml = { ok: true; mail: MailInput } | { ok: false; error: string };

export async function parseEml(raw: Buffer): Promise<ParsedEml> {
  if (raw.length === 0) return { ok: false, error: 'empty file' };
  let parsed: Email;
  try {
    // A forwarded mail stays an attachment, as Outlook shows it, and is read as one by the engine.
    parsed = await PostalMime.parse(raw, { forceRfc822Attachments: true });
  } catch (error) {
    return { ok: false, error: `not a readable mail (${(error as Error).message})` };
  }
  if (parsed.headers.length === 0 || !(parsed.from || parsed.to || parsed.subject)) {
    return { ok: false, error: 'not an RFC 5322 mail: no From, To or Subject header found' };
  }
  const mail: MailInput = {
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    bcc: addresses(parsed.bcc),
    subject: parsed.subject ?? '',
    attachments: parsed.attachments.map((attachment) => {
      // The default attachmentEncoding ('arraybuffer') gives bytes, never a string.
      const content = new Uint8Array(attachment.content as ArrayBuffer);
      return {
        name: attachment.filename ?? 'bijlage',
        contentType: attachment.mimeType,
        size: content.length,
        content,
      };
    }),
  };
  const from = addresses(parsed.from ? [parsed.from] : undefined)[0];
  if (from) mail.from = from;
  // A text version made up from the HTML would glue table cells together; the engine reads the
  // HTML itself then, keeping cells and rows apart.
  if (parsed.text && (!parsed.html || hasPlainTextPart(raw))) mail.bodyText = parsed.text;
  if (parsed.html) mail.bodyHtml = parsed.html;
  return { ok: true, mail };
}

function hasPlainTextPart(raw: Buffer): boolean {
  const text = raw.toString('latin1').toLowerCase();
  for (
    let at = text.indexOf('content-type:');
    at !== -1;
    at = text.indexOf('content-type:', at + 1)
  ) {
    let value = at + 'content-type:'.length;
    while (text[value] === ' ' || text[value] === '\t') value++;
    if (text.startsWith('text/plain', value)) return true;
  }
  return false;
}

function addresses(field: PostalAddress[] | undefined): Address[] {
  return (field ?? [])
    .flatMap((entry) => (entry.group ? entry.group : [entry]))
    .filter((entry) => entry.address)
    .map((entry) =>
      entry.name ? { name: entry.name, address: entry.address } : { address: entry.address },
    );
}
