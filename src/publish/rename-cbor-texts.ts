// Pagefind's metadata file names each filter file by its hash: when a filter file is rewritten under a
// new name, the metadata must name it too.
import { cborItemEnd, readCborHead } from './cbor-item.ts';
import { hasPagefindSignature, PAGEFIND_SIGNATURE } from './sort-pagefind-filter.ts';

/**
 * A copy of a decompressed Pagefind file in which every text string equal to a key of `renames` reads
 * as its value instead. Names are hashes of one length, so each replacement keeps the file's layout;
 * a replacement of another length is refused.
 */
export function renameCborTexts(bytes: Uint8Array, renames: ReadonlyMap<string, string>): Uint8Array {
  if (!hasPagefindSignature(bytes)) throw new Error('not a decompressed Pagefind file (no pagefind_dcd signature)');
  const out = bytes.slice();
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const walk = (at: number): number => {
    const head = readCborHead(out, at);
    if (head.major === 3) {
      const to = renames.get(decoder.decode(out.subarray(head.body, head.body + head.value)));
      if (to !== undefined) {
        const encoded = encoder.encode(to);
        if (encoded.length !== head.value) throw new Error(`cannot rename a Pagefind name to one of another length (${to})`);
        out.set(encoded, head.body);
      }
      return head.body + head.value;
    }
    if (head.major === 4 || head.major === 5) {
      let next = head.body;
      for (let i = 0; i < head.value * (head.major === 5 ? 2 : 1); i++) next = walk(next);
      return next;
    }
    if (head.major === 6) return walk(head.body);
    return cborItemEnd(out, at);
  };
  let at = PAGEFIND_SIGNATURE.length;
  while (at < out.length) at = walk(at);
  return out;
}
