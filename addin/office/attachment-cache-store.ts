// The attachment cache (addin/launchevent/attachment-cache.ts) in the draft's session data: one key
// per attachment, so concurrent event instances merge by key instead of overwriting each other.
import {
  CACHE_KEY_PREFIX,
  parseCacheEntry,
  type AttachmentCacheStore,
  type CacheEntry,
} from '../launchevent/attachment-cache';
import { readSessionData, removeSessionValues, writeSessionValue } from './session-data';

export const sessionAttachmentCache: AttachmentCacheStore = {
  async load() {
    const entries = new Map<string, CacheEntry>();
    for (const [key, value] of Object.entries(await readSessionData())) {
      if (!key.startsWith(CACHE_KEY_PREFIX)) continue;
      const entry = parseCacheEntry(value);
      if (entry) entries.set(key, entry);
    }
    return entries;
  },
  save: (key, entry) => writeSessionValue(key, JSON.stringify(entry)),
  remove: removeSessionValues,
};
