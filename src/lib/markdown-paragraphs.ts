// The paragraphs of an article body written by the ingest's MDX serializer, as plain text: blank lines
// separate paragraphs, and the serializer's backslash escapes and character references are undone.
// One pass, left to right, as a Markdown reader does: `\&amp;` is the text «&amp;», not «&».

const ESCAPE_OR_REFERENCE = /\\([!-/:-@[-`{-~])|&#(?:[xX]([0-9a-fA-F]+)|(\d+));|&(amp|lt|gt|quot|nbsp);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };

function unescape(text: string): string {
  return text.replace(ESCAPE_OR_REFERENCE, (_, escaped: string | undefined, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    escaped ?? (named ? NAMED[named]! : String.fromCodePoint(hex ? parseInt(hex, 16) : Number(dec))));
}

export function markdownParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => unescape(p.replace(/\n/g, ' ')).trim())
    .filter((p) => p.length > 0);
}
