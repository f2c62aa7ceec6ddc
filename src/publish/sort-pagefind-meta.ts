// Pagefind's metadata file names its filters (`[name, file]` pairs) in a hash map's order, new on every
// run once there are two filters (actor and type): sorted by name, one content gives one file.
import { cborItemEnd, readCborHead } from './cbor-item.ts';
import { sortPairsByName } from './sort-cbor-pairs.ts';
import { hasPagefindSignature, PAGEFIND_SIGNATURE } from './sort-pagefind-filter.ts';

/** Where the metadata's list of filters stands: [version, pages, index chunks, filters, sorts, meta fields]. */
const FILTERS = 3;

/** A decompressed metadata file with its filters in code point order of their names. */
export function sortPagefindMetaFilters(bytes: Uint8Array): Uint8Array {
  if (!hasPagefindSignature(bytes)) throw new Error('not a decompressed Pagefind file (no pagefind_dcd signature)');
  const root = readCborHead(bytes, PAGEFIND_SIGNATURE.length);
  if (root.major !== 4 || root.value <= FILTERS) throw new Error('a Pagefind metadata file is an array of 4 items or more: another shape was found');
  let at = root.body;
  for (let i = 0; i < FILTERS; i++) at = cborItemEnd(bytes, at);
  return sortPairsByName(bytes, at, 'the filters of a Pagefind metadata file');
}
