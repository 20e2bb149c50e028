// Builds real OOXML files (.docx, .xlsx) in memory for attachment tests.
import { strToU8, zipSync } from 'fflate';

export function makeDocx(paragraphs: string[][]): Uint8Array {
  const body = paragraphs
    .map((cells) =>
      cells.length === 1
        ? `<w:p><w:r><w:t xml:space="preserve">${escapeXml(cells[0] ?? '')}</w:t></w:r></w:p>`
        : `<w:tbl><w:tr>${cells.map((cell) => `<w:tc><w:p><w:r><w:t>${escapeXml(cell)}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr></w:tbl>`,
    )
    .join('');
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });
}

/** Rows of cells; strings go to the shared-strings table, numbers stay numeric cells. */
export function makeXlsx(rows: (string | number)[][]): Uint8Array {
  const shared: string[] = [];
  const sheetRows = rows
    .map((cells, rowIndex) => {
      const xmlCells = cells
        .map((cell, column) => {
          const ref = `${String.fromCharCode(65 + column)}${rowIndex + 1}`;
          if (typeof cell === 'number') return `<c r="${ref}"><v>${cell}</v></c>`;
          shared.push(cell);
          return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${rowIndex + 1}">${xmlCells}</row>`;
    })
    .join('');
  const sst = shared.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('');
  return zipSync({
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sst}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
  });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
