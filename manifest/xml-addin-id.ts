// The XML add-in's own id. It must differ from the unified app's id (Office treats the two as
// separate add-ins, and manifest.json hides the XML one where the unified one runs); deriving it
// from the app id keeps it stable across builds without one more variable for the admin to set.
import { createHash } from 'node:crypto';

/** A fixed namespace for Privacywacht's name-based ids. */
const NAMESPACE = '7f423450-a9df-459e-a10a-ee9118be5fd6';

/**
 * A name-based (version 5) UUID of the app id, as RFC 9562 describes.
 * @example xmlAddinId('0b4c6f3e-2d1a-4e8f-9c7b-5a6d3e2f1c0b') // always the same other GUID
 */
export function xmlAddinId(appId: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replaceAll('-', ''), 'hex'))
    .update(`privacywacht-xml-addin:${appId.toLowerCase()}`)
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20),
  ].join('-');
}
