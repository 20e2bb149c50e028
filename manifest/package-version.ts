// The app's version, taken from package.json: the unified manifest wants three numbers, the XML
// add-in manifest four. Admins see a changed version as an update waiting for their consent.

export interface PackageVersion {
  /** e.g. 1.4.2 — the unified manifest's "version". */
  manifest: string;
  /** e.g. 1.4.2.0 — the XML add-in manifest's <Version>. */
  xml: string;
}

export type PackageVersionResult =
  { ok: true; version: PackageVersion } | { ok: false; error: string };

// Office accepts at most five digits per part.
const PART = /^(?:0|[1-9]\d{0,4})$/;

export function readPackageVersion(version: unknown): PackageVersionResult {
  const parts = typeof version === 'string' ? version.split('.') : [];
  if (parts.length !== 3 || !parts.every((part) => PART.test(part)))
    return {
      ok: false,
      error: `package.json "version" must be three numbers such as 1.4.2 (at most 5 digits each, no pre-release tag); got ${JSON.stringify(version)}.`,
    };
  const manifest = parts.join('.');
  return { ok: true, version: { manifest, xml: `${manifest}.0` } };
}
