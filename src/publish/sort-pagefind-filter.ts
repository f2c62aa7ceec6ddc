// Pagefind (1.5.2) writes each filter index from a hash map, so the same filter values come out in a
// new order on every run, and the file (named by a hash of its bytes) gets a new name: two builds of
// the same site differ. Sorting the values by name gives one byte sequence for one content.
import { cborItemEnd, readCborHead } from './cbor-item.ts';
import { sortPairsByName } from './sort-cbor-pairs.ts';

/** Every decompressed Pagefind index file starts with this signature. */
export const PAGEFIND_SIGNATURE = new TextEncoder().encode('pagefind_dcd');

export function hasPagefindSignature(bytes: Uint8Array): boolean {
  return PAGEFIND_SIGNATURE.every((b, i) => bytes[i] === b);
}

/**
 * A decompressed filter file, `[filter name, [[value, [page numbers…]]…]]`, with its values in code
 * point order of their text. Every item keeps its bytes; only the order of the value pairs changes.
 */
export function sortPagefindFilter(bytes: Uint8Array): Uint8Array {
  if (!hasPagefindSignature(bytes)) throw new Error('not a decompressed Pagefind file (no pagefind_dcd signature)');
  const root = readCborHead(bytes, PAGEFIND_SIGNATURE.length);
  if (root.major !== 4 || root.value !== 2) throw new Error('a Pagefind filter file is [name, values]: another shape was found');
  const valuesAt = cborItemEnd(bytes, root.body);
  if (cborItemEnd(bytes, valuesAt) !== bytes.length) throw new Error('bytes after the filter values: not a Pagefind filter file as this step knows it');
  return sortPairsByName(bytes, valuesAt, 'the values of a Pagefind filter file');
}
