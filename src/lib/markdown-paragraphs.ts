// The paragraphs of an article body written by the ingest's MDX serializer, as plain text: blank lines
// separate paragraphs, and the serializer's backslash escapes and character references are undone.

const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const CHAR_REF = /&#(?:x([0-9a-fA-F]+)|(\d+));/g;
const NAMED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&nbsp;': '\u00a0' };

export function markdownParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p
      .replace(/\n/g, ' ')
      .replace(ESCAPE, '$1')
      .replace(CHAR_REF, (_, hex: string | undefined, dec: string | undefined) => String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec)))
      .replace(/&(?:amp|lt|gt|quot|nbsp);/g, (m) => NAMED[m] ?? m)
      .trim())
    .filter((p) => p.length > 0);
}
