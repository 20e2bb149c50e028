// The oracle for the engine's PDF reader: prints, per file, pdf.js's text items arranged in
// reading order (baselines top to bottom, then left to right). Run by the oracle test in its own
// process because pdf.js is an ES module with a worker of its own.
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const SAME_LINE_POINTS = 2;

async function pageLines(page) {
  const content = await page.getTextContent();
  const items = content.items
    .filter((item) => 'str' in item && item.str !== '')
    .map((item) => ({ text: item.str, x: item.transform[4], y: item.transform[5] }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines = [];
  for (const item of items) {
    const line = lines.at(-1);
    if (line && Math.abs(line.y - item.y) <= SAME_LINE_POINTS) line.items.push(item);
    else lines.push({ y: item.y, items: [item] });
  }
  return lines.map((line) =>
    line.items
      .sort((a, b) => a.x - b.x)
      .map((item) => item.text)
      .join(' '),
  );
}

const result = {};
for (const file of process.argv.slice(2)) {
  const document = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 })
    .promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++)
    pages.push((await pageLines(await document.getPage(number))).join('\n'));
  result[file] = pages.join('\n\n');
  await document.destroy();
}
process.stdout.write(JSON.stringify(result));
