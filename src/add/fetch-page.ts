// The only network code: one page fetched the way a careful browser would, with every limit that keeps a
// wrong address from writing junk into seeds/ (a PDF, a 404 page, a never-ending stream).

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface Redirect {
  from: string;
  to: string;
  status: number;
}

export type Fetched =
  | { ok: true; url: string; redirects: Redirect[]; bytes: Uint8Array; contentType: string }
  | { ok: false; reason: string };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;

/** Reads the body up to `max` bytes; null past it (the rest is never downloaded). */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

function why(error: unknown, limits: FetchLimits): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return `no answer within ${limits.timeoutMs / 1000} s (timeout)`;
  const code = e.cause?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `the host does not resolve (${code})`;
  if (code === 'ECONNREFUSED') return 'connection refused (ECONNREFUSED)';
  return `network error: ${e.cause?.message ?? e.message ?? String(error)}${code ? ` (${code})` : ''}`;
}

/**
 * GETs `address`, following redirects itself so each hop is recorded (and capped), with one timeout for
 * the whole exchange. Only a 2xx answer of type text/html within the size cap is a page.
 */
export async function fetchPage(address: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const redirects: Redirect[] = [];
  let url = address;
  try {
    for (;;) {
      const response = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/html,application/xhtml+xml;q=0.9', 'accept-language': 'ar,en;q=0.5' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects.length >= limits.maxRedirects) return { ok: false, reason: `more than ${limits.maxRedirects} redirects` };
        const to = new URL(location, url).href;
        if (!/^https?:$/.test(new URL(to).protocol)) return { ok: false, reason: `redirected to a non-web address ${to}` };
        redirects.push({ from: url, to, status: response.status });
        url = to;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { ok: false, reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
      }
      const contentType = response.headers.get('content-type') ?? '';
      if (!HTML_TYPES.test(contentType)) {
        await response.body?.cancel();
        return { ok: false, reason: `not an HTML page (content-type ${contentType || 'missing'})` };
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { ok: false, reason: `too big: ${MB(declared)}, over the cap of ${MB(limits.maxBytes)}` };
      }
      const bytes = await readCapped(response, limits.maxBytes);
      if (!bytes) return { ok: false, reason: `too big: over the cap of ${MB(limits.maxBytes)}` };
      return { ok: true, url, redirects, bytes, contentType };
    }
  } catch (error) {
    return { ok: false, reason: why(error, limits) };
  }
}
