// Reads DATABASE_URL: "sqlite:PATH" (default ./data/privacywacht.sqlite) or a postgres:// URL.
// The server and the CLI read the same setting.

export const DEFAULT_DATABASE_URL = 'sqlite:./data/privacywacht.sqlite';

export type DatabaseTarget =
  { engine: 'sqlite'; file: string } | { engine: 'postgres'; connectionString: string };

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://'))
    return { engine: 'postgres', connectionString: url };
  if (url.startsWith('sqlite:')) {
    const rest = url.slice('sqlite:'.length);
    const file = rest.startsWith('//') ? rest.slice(2) : rest;
    if (file !== '') return { engine: 'sqlite', file };
  }
  throw new Error(
    'DATABASE_URL must be "sqlite:PATH" (e.g. sqlite:./data/privacywacht.sqlite) or a postgres:// URL',
  );
}
