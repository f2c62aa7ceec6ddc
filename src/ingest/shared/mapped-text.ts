/**
 * Text derived from a source file that remembers, for each of its characters, the offset of the source
 * character it came from: a date or an event found in cleaned text can then be placed on file:line:col.
 */
export interface MappedText {
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just past the end. */
  map: Int32Array;
}

/** Source offset of position `i` of the mapped text (clamped to its ends). */
export function sourceOffset(mapped: MappedText, i: number): number {
  const at = Math.max(0, Math.min(i, mapped.text.length));
  return mapped.map[at]!;
}

/** Builds a MappedText piece by piece; each piece maps character k to `from + k`. */
export class MappedTextBuilder {
  #parts: string[] = [];
  #offsets: number[] = [];
  #lengths: number[] = [];
  #length = 0;

  /** Appends `text`, whose character k comes from source offset `from + k` (or all from `from` when `flat`). */
  push(text: string, from: number, flat = false): void {
    if (text.length === 0) return;
    this.#parts.push(text);
    this.#offsets.push(flat ? -from - 1 : from);
    this.#lengths.push(text.length);
    this.#length += text.length;
  }

  /** Appends `source.text` from a to b, each character keeping its own source offset (runs of
   *  consecutive offsets as one piece). */
  pushSlice(source: MappedText, a: number, b: number): void {
    for (let k = a; k < b; ) {
      let run = k + 1;
      while (run < b && source.map[run] === source.map[run - 1]! + 1) run++;
      this.push(source.text.slice(k, run), source.map[k]!);
      k = run;
    }
  }

  build(end: number): MappedText {
    const map = new Int32Array(this.#length + 1);
    let at = 0;
    for (let p = 0; p < this.#parts.length; p++) {
      const o = this.#offsets[p]!;
      const n = this.#lengths[p]!;
      if (o < 0) map.fill(-o - 1, at, at + n);
      else for (let k = 0; k < n; k++) map[at + k] = o + k;
      at += n;
    }
    map[this.#length] = end;
    return { text: this.#parts.join(''), map };
  }
}
