// A page's CSP <meta> (written by src/layouts/Base.astro without hashes) gets the hashes of the page's
// own inline code, and nothing else: a hash that matches nothing would allow code the page never had.
import { contentSecurityPolicy, type InlineHashes } from '../lib/content-security-policy.ts';

const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/g;

/** The page with its policy's hashes set, or null when the page has no CSP <meta> (or has two). */
export function setPagePolicy(html: string, hashes: InlineHashes): string | null {
  const found = html.match(CSP_META);
  if (found?.length !== 1) return null;
  return html.replace(CSP_META, `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(hashes)}">`);
}
