import { readPackageVersion } from '../../../manifest/package-version';

describe('readPackageVersion', () => {
  it('gives three numbers to manifest.json and four to manifest.xml', () => {
    expect(readPackageVersion('1.4.12')).toEqual({
      ok: true,
      version: { manifest: '1.4.12', xml: '1.4.12.0' },
    });
  });

  it.each([['1.4'], ['1.4.2-beta.1'], ['1.04.2'], ['1.4.123456'], [undefined]])(
    'refuses %j, which Office would not take',
    (version) => {
      const result = readPackageVersion(version);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toContain('package.json');
    },
  );
});
