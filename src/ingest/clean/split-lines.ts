export interface TextLine {
  /** Offsets of the trimmed line in the text it was split from. */
  start: number;
  end: number;
  text: string;
}

/** Lines of `text`, each trimmed of surrounding spaces (offsets follow the trim). */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to === -1) to = text.length;
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    lines.push({ start: s, end: e, text: text.slice(s, e) });
    from = to + 1;
  }
  return lines;
}
