// Calls back when anything in a pack folder changes, once the editing has settled, so the bot picks
// up an edited pack without a restart. An editor saves a file in several steps; only the last counts.
import { watch } from 'node:fs';

/** Changes closer together than this are one edit. */
const SETTLE_MS = 300;

/** @returns A function that stops watching. */
export function watchPackFolder(
  folder: string,
  onChange: () => void,
  onError: (error: Error) => void,
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(folder, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, SETTLE_MS);
  });
  watcher.on('error', onError);
  // Watching never keeps the service alive on its own.
  watcher.unref();
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
