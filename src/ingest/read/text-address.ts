// A text seed saved from the web may carry its page's own address on a line of its own: a print view
// heads or foots the page with it, and sites print a short link to share («رابط المقال: https://…»).
// That address is the article's, as a web page's canonical one is; one named as a source («المصدر:»)
// or a link inside the story is another page's.
import { OWN_ADDRESS_LABELS } from '../../lib/lexicon/stamp-words.ts';

const LABEL = new RegExp(`^(?:(?:${OWN_ADDRESS_LABELS.join('|')})\\s*[:：]?\\s*)?(https?://\\S+)$`, 'iu');
const MEDIA = /\.(?:jpe?g|png|gif|webp|svg|mp4|mp3|pdf)$/iu;
/** How many lines at either end of the text the address may stand on. */
const ENDS = 3;

/** The page's own address, from a line at the head or the foot of the text that holds only it (after a
 *  link label at most); undefined when there is none. */
export function textAddress(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const ends = lines.length <= 2 * ENDS ? lines : [...lines.slice(0, ENDS), ...lines.slice(-ENDS)];
  for (const line of ends) {
    const m = LABEL.exec(line);
    if (!m) continue;
    let url: URL;
    try {
      url = new URL(m[1]!.replace(/[.,،)»]+$/u, ''));
    } catch {
      continue;
    }
    // A site's home or an image's file is not the article's page.
    if (url.pathname === '/' || MEDIA.test(url.pathname)) continue;
    return url.href;
  }
  return undefined;
}
