// Magic numbers of the files most likely dropped into seeds/ by mistake.
const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP archive (or .docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
];

/** What kind of binary file `bytes` looks like, or null for text: magic numbers, else NUL bytes in the head. */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return name;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'UTF-16 text';
  const head = bytes.subarray(0, 65536);
  // A NUL never occurs in UTF-8 prose; one in the head means a binary format.
  if (head.includes(0)) return 'binary data (NUL bytes)';
  return null;
}
