// What kind of file an attachment is: by its first bytes where they tell (a PDF named ".docx" is
// still a PDF), else by extension and content type.

export type AttachmentKind =
  | 'text'
  | 'html'
  | 'rtf'
  | 'pdf'
  | 'docx'
  | 'xlsx'
  | 'odt'
  | 'ods'
  | 'eml'
  | 'legacy-office'
  | 'image'
  | 'other';

const EXTENSIONS: Record<string, AttachmentKind> = {
  txt: 'text',
  csv: 'text',
  tsv: 'text',
  text: 'text',
  md: 'text',
  ics: 'text',
  vcf: 'text',
  json: 'text',
  xml: 'text',
  html: 'html',
  htm: 'html',
  rtf: 'rtf',
  pdf: 'pdf',
  docx: 'docx',
  docm: 'docx',
  dotx: 'docx',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xltx: 'xlsx',
  odt: 'odt',
  ott: 'odt',
  ods: 'ods',
  ots: 'ods',
  eml: 'eml',
  doc: 'legacy-office',
  xls: 'legacy-office',
  ppt: 'legacy-office',
  msg: 'legacy-office',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  bmp: 'image',
  tif: 'image',
  tiff: 'image',
  heic: 'image',
  webp: 'image',
};

const CONTENT_TYPES: Record<string, AttachmentKind> = {
  'text/plain': 'text',
  'text/csv': 'text',
  'text/html': 'html',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
  'application/pdf': 'pdf',
  'message/rfc822': 'eml',
  'application/msword': 'legacy-office',
  'application/vnd.ms-excel': 'legacy-office',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

export function attachmentKind(
  name: string,
  contentType: string | undefined,
  bytes: Uint8Array,
): AttachmentKind {
  const byMagic = kindFromBytes(bytes);
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const byName = EXTENSIONS[extension];
  const type = (contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  const byType =
    CONTENT_TYPES[type] ??
    (type.includes('wordprocessingml')
      ? 'docx'
      : type.includes('spreadsheetml')
        ? 'xlsx'
        : type.startsWith('image/')
          ? 'image'
          : undefined);
  if (byMagic === 'zip') {
    const zipKind = [byName, byType].find(
      (kind) => kind === 'docx' || kind === 'xlsx' || kind === 'odt' || kind === 'ods',
    );
    return zipKind ?? 'other';
  }
  return byMagic ?? byName ?? byType ?? 'other';
}

function kindFromBytes(bytes: Uint8Array): AttachmentKind | 'zip' | undefined {
  const starts = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'legacy-office'; // OLE compound file: doc, xls, msg
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'; // {\rtf
  if (starts(0x89, 0x50, 0x4e, 0x47) || starts(0xff, 0xd8, 0xff)) return 'image';
  return undefined;
}
