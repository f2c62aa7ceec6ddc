// Pagefind (1.5.2) writes some lists of [name, …] pairs from hash maps, in a new order on every run:
// the values of a filter file, and the filters named in the metadata file. Sorting such a list by its
// names gives one byte sequence for one content.
import { cborItemEnd, readCborHead, readCborText } from './cbor-item.ts';

/**
 * A copy of `bytes` in which the array at `arrayAt`, whose items are arrays starting with a text
 * string, lists them in code point order of that text. Every item keeps its bytes; only their order
 * changes. `what` names the list in errors.
 */
export function sortPairsByName(bytes: Uint8Array, arrayAt: number, what: string): Uint8Array {
  const list = readCborHead(bytes, arrayAt);
  if (list.major !== 4) throw new Error(`${what} is not an array`);
  const items: { key: string; from: number; to: number }[] = [];
  let next = list.body;
  for (let i = 0; i < list.value; i++) {
    const item = readCborHead(bytes, next);
    if (item.major !== 4 || item.value < 1) throw new Error(`item ${i} of ${what} is not an array that starts with a name`);
    const end = cborItemEnd(bytes, next);
    items.push({ key: readCborText(bytes, item.body), from: next, to: end });
    next = end;
  }
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // A copy, never a view: Buffer's slice() (what gunzipSync gives) would share the bytes read below.
  const out = new Uint8Array(bytes);
  let at = list.body;
  for (const it of items) {
    out.set(bytes.subarray(it.from, it.to), at);
    at += it.to - it.from;
  }
  return out;
}
