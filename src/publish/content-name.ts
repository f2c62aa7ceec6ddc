import { createHash } from 'node:crypto';

/**
 * The name a Pagefind file gets for these bytes: the old name's language part and a hash of the
 * bytes cut to the old hash's length (`ar_85a9fd3` → `ar_` and seven hex digits), so the names keep
 * Pagefind's shape and one content has one name.
 */
export function contentName(oldName: string, bytes: Uint8Array): string {
  const cut = oldName.lastIndexOf('_');
  if (cut < 0 || !/^[0-9a-f]+$/.test(oldName.slice(cut + 1))) throw new Error(`unexpected Pagefind file name ${oldName}`);
  const digits = oldName.length - cut - 1;
  return `${oldName.slice(0, cut + 1)}${createHash('sha256').update(bytes).digest('hex').slice(0, digits)}`;
}
