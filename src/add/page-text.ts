/** The charset a page declares: in its Content-Type header, else in its first bytes' <meta>. */
function declaredCharset(bytes: Uint8Array, contentType: string): string {
  const header = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType)?.[1];
  if (header) return header;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

/**
 * A fetched page as the UTF-8 text seeds hold. Older Arabic sites still serve windows-1256; a charset the
 * platform does not know, or bytes that are not what the page declares, give the reason instead.
 */
export function pageText(bytes: Uint8Array, contentType: string): { text: string } | { reason: string } {
  const charset = declaredCharset(bytes, contentType);
  try {
    return { text: new TextDecoder(charset, { fatal: true }).decode(bytes) };
  } catch {
    return { reason: `the page's bytes are not valid ${charset}` };
  }
}
