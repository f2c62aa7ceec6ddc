// dist/_headers, the format Netlify and Cloudflare Pages read: headers a <meta> cannot give
// (frame-ancestors, nosniff), for every path. README gives the same headers for nginx and Apache.
import { contentSecurityPolicy, HEADER_ONLY_DIRECTIVES, type InlineHashes } from '../lib/content-security-policy.ts';

export function securityHeaders(hashes: InlineHashes): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(hashes, HEADER_ONLY_DIRECTIVES)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
  ];
}

/** The whole site's headers; `hashes` holds every page's inline code, as the header covers them all. */
export function headersFile(hashes: InlineHashes): string {
  return `/*\n${securityHeaders(hashes).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
}
