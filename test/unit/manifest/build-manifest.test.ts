// The mapping from configuration to manifests: what an admin changes in privacywacht.config.json
// shows up in both manifests.
import { buildManifest, type PackageInput } from '../../../manifest/build-manifest';
import { buildXmlManifest } from '../../../manifest/build-xml-manifest';
import { parseConfig } from '../../../shared/policy/parse-config';

function input(extra: Record<string, unknown> = {}): PackageInput {
  const parsed = parseConfig({
    organisation: { name: 'Stichting Voorbeeld', domains: ['voorbeeld.nl'] },
    encryption: { method: 'subject-tag', subjectTag: '[versleuteld]' },
    ...extra,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return {
    config: parsed.config,
    environment: {
      appId: '0b4c6f3e-2d1a-4e8f-9c7b-5a6d3e2f1c0b',
      botAppId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
      publicUrl: 'https://pw.voorbeeld.nl',
      host: 'pw.voorbeeld.nl',
    },
    version: { manifest: '2.3.4', xml: '2.3.4.0' },
  };
}

const sendOptions = (extra: Record<string, unknown> = {}) =>
  buildManifest(input(extra)).extensions?.[0]?.autoRunEvents?.[0]?.events[0]?.options;

describe('buildManifest', () => {
  it.each([
    ['promptUser', 'PromptUser'],
    ['softBlock', 'SoftBlock'],
    ['block', 'Block'],
  ])('puts send mode %s in manifest.json and as %s in manifest.xml', (mode, xmlMode) => {
    expect(sendOptions({ addin: { sendMode: mode } })).toEqual({ sendMode: mode });
    expect(buildXmlManifest(input({ addin: { sendMode: mode } }))).toContain(
      `SendMode="${xmlMode}"`,
    );
  });

  it('uses soft block when the configuration names no send mode', () => {
    expect(sendOptions()).toEqual({ sendMode: 'softBlock' });
  });

  it("names the organisation as developer and in the app's full name", () => {
    const manifest = buildManifest(input());
    expect(manifest.developer.name).toBe('Stichting Voorbeeld');
    expect(manifest.name.full).toContain('Stichting Voorbeeld');
    expect(manifest.version).toBe('2.3.4');
  });

  it("signs in with the identity section's app registration and audience when there is one", () => {
    const identity = {
      tenantId: '11111111-2222-4333-8444-555555555555',
      clientId: '66666666-7777-4888-9999-aaaaaaaaaaaa',
    };
    expect(buildManifest(input({ identity })).webApplicationInfo).toEqual({
      id: identity.clientId,
      resource: `api://pw.voorbeeld.nl/${identity.clientId}`,
    });
    const apiAudience = 'api://pw.voorbeeld.nl/privacywacht';
    expect(
      buildManifest(input({ identity: { ...identity, apiAudience } })).webApplicationInfo,
    ).toEqual({ id: identity.clientId, resource: apiAudience });
  });

  it('escapes an organisation name with XML characters in manifest.xml', () => {
    const xml = buildXmlManifest(
      input({ organisation: { name: 'Scholen <Noord> & "Zuid"', domains: ['voorbeeld.nl'] } }),
    );
    expect(xml).toContain(
      '<ProviderName>Scholen &lt;Noord&gt; &amp; &quot;Zuid&quot;</ProviderName>',
    );
  });
});
