import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../../../../bot/store/database-url';

describe('DATABASE_URL', () => {
  it.each([
    [DEFAULT_DATABASE_URL, { engine: 'sqlite', file: './data/privacywacht.sqlite' }],
    [
      'sqlite:/var/lib/privacywacht/register.sqlite',
      { engine: 'sqlite', file: '/var/lib/privacywacht/register.sqlite' },
    ],
    ['sqlite://./register.sqlite', { engine: 'sqlite', file: './register.sqlite' }],
    ['sqlite::memory:', { engine: 'sqlite', file: ':memory:' }],
    [
      'postgres://pw@db:5432/privacywacht',
      { engine: 'postgres', connectionString: 'postgres://pw@db:5432/privacywacht' },
    ],
    [
      'postgresql://pw@db/privacywacht?sslmode=require',
      { engine: 'postgres', connectionString: 'postgresql://pw@db/privacywacht?sslmode=require' },
    ],
  ])('reads %s', (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual(target);
  });

  it.each(['mysql://db/x', 'sqlite:', './data/register.sqlite'])(
    'refuses %s and says what is allowed',
    (url) => {
      expect(() => parseDatabaseUrl(url)).toThrow('DATABASE_URL must be "sqlite:PATH"');
    },
  );
});
