// A small XML writer for the add-in manifest: elements as data, text and attributes escaped, two
// spaces of indentation.

export interface XmlElement {
  name: string;
  attributes: Readonly<Record<string, string>>;
  children: readonly (XmlElement | string)[];
}

/** @example element('Set', { Name: 'Mailbox', MinVersion: '1.1' }) */
export function element(
  name: string,
  attributes: Readonly<Record<string, string>> = {},
  ...children: (XmlElement | string)[]
): XmlElement {
  return { name, attributes, children };
}

/** The document: an XML declaration and the root element. */
export function renderXmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderElement(root, '')}\n`;
}

function renderElement(node: XmlElement, indent: string): string {
  const attributes = Object.entries(node.attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  if (node.children.length === 0) return `${open}/>`;
  const [only] = node.children;
  if (node.children.length === 1 && typeof only === 'string')
    return `${open}>${escapeXml(only)}</${node.name}>`;
  const inner = node.children
    .map((child) =>
      typeof child === 'string'
        ? `${indent}  ${escapeXml(child)}`
        : renderElement(child, `${indent}  `),
    )
    .join('\n');
  return `${open}>\n${inner}\n${indent}</${node.name}>`;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}
