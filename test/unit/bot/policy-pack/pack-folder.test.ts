import { existsSync } from 'node:fs';
import path from 'node:path';
import { bundledPackFolder, packFolder } from '../../../../bot/policy-pack/pack-folder';
import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';

function configWith(policyPack?: unknown) {
  const parsed = parseConfig({
    ...EXAMPLE_CONFIG,
    ...(policyPack === undefined ? {} : { policyPack }),
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.config;
}

describe('packFolder', () => {
  it('answers from the bundled kindante pack when the configuration names none', () => {
    expect(packFolder(configWith(), '/etc/privacywacht/privacywacht.config.json')).toBe(
      bundledPackFolder(),
    );
    expect(existsSync(path.join(bundledPackFolder(), 'contents.md'))).toBe(true);
  });

  it('reads policyPack relative to the configuration file', () => {
    expect(
      packFolder(configWith('packs/de-linde'), '/etc/privacywacht/privacywacht.config.json'),
    ).toBe(path.resolve('/etc/privacywacht/packs/de-linde'));
  });

  it('rejects an empty policyPack with a message naming the key', () => {
    const parsed = parseConfig({ ...EXAMPLE_CONFIG, policyPack: ' ' });
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      expect.stringMatching(/^policyPack: expected the policy pack folder/),
    ]);
  });
});
