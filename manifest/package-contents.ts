// Everything `npm run package` produces, as bytes in memory: the zip's files for the admin center,
// the XML add-in manifest, and the add-in icons the service hosts next to the add-in's scripts.
import { buildEnglishLocalization } from './build-localization';
import { buildManifest, type PackageInput } from './build-manifest';
import { buildXmlManifest } from './build-xml-manifest';
import { renderAddinIcon, renderColorIcon, renderOutlineIcon } from './icons/render-icons';
import { ADDIN_ICON_SIZES, addinIconFile, ZIP_FILES } from './package-layout';

export interface PackageContents {
  /** File name → content, for privacywacht.zip. */
  zipFiles: Record<string, Uint8Array>;
  xmlManifest: string;
  /** Path inside the add-in's folder (dist/addin) → PNG. */
  addinIcons: Record<string, Uint8Array>;
}

const json = (value: unknown): Uint8Array => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

export function buildPackageContents(input: PackageInput): PackageContents {
  return {
    zipFiles: {
      [ZIP_FILES.manifest]: json(buildManifest(input)),
      [ZIP_FILES.english]: json(buildEnglishLocalization(input.config)),
      [ZIP_FILES.colorIcon]: renderColorIcon(),
      [ZIP_FILES.outlineIcon]: renderOutlineIcon(),
    },
    xmlManifest: buildXmlManifest(input),
    addinIcons: Object.fromEntries(
      ADDIN_ICON_SIZES.map((size) => [addinIconFile(size), renderAddinIcon(size)]),
    ),
  };
}
