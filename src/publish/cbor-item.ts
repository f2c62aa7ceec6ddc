// Just enough CBOR (RFC 8949) to walk Pagefind's index files item by item: definite lengths only,
// which is all Pagefind writes. An indefinite length or a truncated file is an error, never a guess.

export interface CborHead {
  /** Major type: 0 unsigned, 1 negative, 2 bytes, 3 text, 4 array, 5 map, 6 tag, 7 simple/float. */
  major: number;
  /** The argument: a length, a count, a number or a tag. */
  value: number;
  /** Where the item's content starts. */
  body: number;
}

export function readCborHead(bytes: Uint8Array, at: number): CborHead {
  if (at >= bytes.length) throw new Error(`CBOR item expected at byte ${at}, file ends`);
  const first = bytes[at]!;
  const major = first >> 5;
  const info = first & 0x1f;
  if (info < 24) return { major, value: info, body: at + 1 };
  const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
  if (size === 0) throw new Error(`CBOR additional information ${info} at byte ${at} is not supported (indefinite or reserved)`);
  if (at + 1 + size > bytes.length) throw new Error(`CBOR head at byte ${at} runs past the end`);
  let value = 0;
  for (let i = 1; i <= size; i++) value = value * 256 + bytes[at + i]!;
  return { major, value, body: at + 1 + size };
}

/** The offset just past the item that starts at `at`. */
export function cborItemEnd(bytes: Uint8Array, at: number): number {
  const head = readCborHead(bytes, at);
  switch (head.major) {
    case 2:
    case 3:
      if (head.body + head.value > bytes.length) throw new Error(`CBOR string at byte ${at} runs past the end`);
      return head.body + head.value;
    case 4:
    case 5: {
      let next = head.body;
      for (let i = 0; i < head.value * (head.major === 5 ? 2 : 1); i++) next = cborItemEnd(bytes, next);
      return next;
    }
    case 6:
      return cborItemEnd(bytes, head.body);
    case 7:
      // Simple values live in the head; floats take the head's argument bytes.
      return head.body;
    default:
      return head.body;
  }
}

/** The text of the text string at `at`. */
export function readCborText(bytes: Uint8Array, at: number): string {
  const head = readCborHead(bytes, at);
  if (head.major !== 3) throw new Error(`CBOR text string expected at byte ${at}, major type ${head.major} found`);
  return new TextDecoder().decode(bytes.subarray(head.body, head.body + head.value));
}
