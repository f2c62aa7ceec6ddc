// Caps for an abnormally large article (a news article is a few KB; a whole archive pasted into one
// file is not): the date engine's cost grows faster than the text, and thousands of entries from one
// article would drown the timeline. Documented in src/ingest/README.md.

/** Characters of cleaned text read for dates and events; the article page keeps the whole text. */
export const MAX_DATED_CHARS = 200_000;
/** Entries one article may give; later dated events are left out, with a warning. */
export const MAX_ENTRIES_PER_ARTICLE = 200;

/** How much of `text` dates and events read: all of it, or up to the last line break before the cap. */
export function datedLength(text: string): number {
  if (text.length <= MAX_DATED_CHARS) return text.length;
  const cut = text.lastIndexOf('\n', MAX_DATED_CHARS);
  return cut > 0 ? cut : MAX_DATED_CHARS;
}
