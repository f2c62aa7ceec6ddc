const MAX_WORDS = 12;

/**
 * A short headline cut from the quote itself (nothing added, nothing reworded): from the first word
 * reporting the action, at most 12 words, without trailing punctuation or an unclosed quotation mark.
 */
export function makeTitle(quote: string, actionAt: number): string {
  const from = actionAt > 0 && actionAt < quote.length ? actionAt : 0;
  const rest = quote.slice(from);
  const words = [...rest.matchAll(/\S+/gu)];
  const last = words[Math.min(words.length, MAX_WORDS) - 1];
  let title = last ? rest.slice(0, last.index + last[0].length) : rest;
  title = title.replace(/[\s،,:؛;.\-–—]+$/u, '');
  const opens = (title.match(/[«“(]/gu) ?? []).length;
  const closes = (title.match(/[»”)]/gu) ?? []).length;
  if (opens > closes) title = title.replace(/[«“(][^«“(]*$/u, '').replace(/[\s،,:؛;.]+$/u, '');
  return title.trim() || quote.slice(0, 80).trim();
}
