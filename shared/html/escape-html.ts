// Text placed into HTML (letters, the printable audit page, preview drafts): the five characters
// that could open markup or end an attribute, as entities.
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** @example escapeHtml('De <b> & "Linde"') // 'De &lt;b&gt; &amp; &quot;Linde&quot;' */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
