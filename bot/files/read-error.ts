// Says in plain words why a file could not be read, for the CLI's messages.

/** @example describeReadError({ code: 'ENOENT' }) // 'file not found' */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder, not a file';
  return `cannot be read (${code ?? 'unknown error'})`;
}
