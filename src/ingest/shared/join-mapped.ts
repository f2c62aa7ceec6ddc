import type { MappedText } from './mapped-text.ts';

/** Two mapped texts as one, a line break between them mapped to where the second begins. */
export function joinMapped(a: MappedText, b: MappedText): MappedText {
  if (a.text === '') return b;
  if (b.text === '') return a;
  const map = new Int32Array(a.text.length + 1 + b.text.length + 1);
  map.set(a.map.subarray(0, a.text.length));
  map[a.text.length] = b.map[0]!;
  map.set(b.map, a.text.length + 1);
  return { text: `${a.text}\n${b.text}`, map };
}

/** `mapped` with every offset moved by `base` (a fragment read out of a larger file). */
export function shiftMapped(mapped: MappedText, base: number): MappedText {
  return base === 0 ? mapped : { text: mapped.text, map: mapped.map.map((o) => o + base) };
}
