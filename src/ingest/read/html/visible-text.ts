import type { MappedText } from '../../shared/mapped-text.ts';

// Elements whose content is never read as text: code, styles, the head's title (a copy of the headline
// that would be found before the article's own), and templates.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'title', 'svg', 'textarea']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', hellip: '…', ndash: '–', mdash: '—', zwnj: '\u200C', zwj: '\u200D', rlm: '\u200F', lrm: '\u200E' };

function decodeEntity(entity: string): string | null {
  if (entity[1] === '#') {
    const code = entity[2] === 'x' || entity[2] === 'X' ? parseInt(entity.slice(3, -1), 16) : parseInt(entity.slice(2, -1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return NAMED[entity.slice(1, -1).toLowerCase()] ?? null;
}

/**
 * The page's visible characters without any white space, each mapped to the offset of the HTML it comes
 * from (an entity to its `&`). The extractor's DOM has no source positions, so its paragraphs are found
 * again in this text to point diagnostics at the page's lines; without white space, a tag between two
 * words or a line break inside a paragraph cannot make the search miss.
 */
export function visibleText(html: string): MappedText {
  const chars: string[] = [];
  const offsets: number[] = [];
  const emit = (c: string, at: number) => {
    if (/\s/u.test(c)) return;
    for (const unit of c.split('')) {
      chars.push(unit);
      offsets.push(at);
    }
  };
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? html.length : end + 3;
        continue;
      }
      const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/.exec(html.slice(i, i + 2000));
      if (!tag) {
        emit(ch, i++);
        continue;
      }
      const name = tag[1]!.toLowerCase();
      i += tag[0].length;
      if (!tag[0].startsWith('</') && SKIPPED.has(name)) {
        const close = new RegExp(`</${name}`, 'gi');
        close.lastIndex = i;
        i = close.exec(html)?.index ?? html.length;
      }
      continue;
    }
    if (ch === '&') {
      const m = /^&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/.exec(html.slice(i, i + 12));
      const decoded = m ? decodeEntity(m[0]) : null;
      if (m && decoded !== null) {
        for (const c of decoded) emit(c, i);
        i += m[0].length;
        continue;
      }
    }
    emit(ch, i++);
  }
  const map = new Int32Array(chars.length + 1);
  map.set(offsets);
  map[chars.length] = html.length;
  return { text: chars.join(''), map };
}
