// dist/_headers, the format Netlify and Cloudflare Pages read: headers a <meta> cannot give
// (frame-ancestors, nosniff). README gives the same headers for nginx and Apache.
//
// The embed views (/embed/…) are made to be framed by other sites; every other page is framed by none.
// The two hosts disagree on a header that several matching rules set (Cloudflare joins the values, and
// two policies are both enforced, so 'none' would win; Netlify keeps the last), so no path is matched by
// two rules that set the policy: the embed folder has its rule, and every other name at the top of the
// site has its own, read from the built site.
import { contentSecurityPolicy, FRAMED_BY_NONE, FRAMED_BY_ANY, type Directives, type InlineHashes } from '../lib/content-security-policy.ts';

/** The folder of the views other sites may frame. */
export const EMBED_FOLDER = 'embed';

/** A name at the top of the built site: a folder (its rule covers all inside) or a file. */
export interface TopLevelName { name: string; folder: boolean }

export function securityHeaders(hashes: InlineHashes, framedBy: Directives = FRAMED_BY_NONE): [string, string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(hashes, framedBy)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
  ];
}

const rule = (path: string, headers: [string, string][]) => `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;

/**
 * The whole site's headers; `hashes` holds every page's inline code, as each policy covers many pages.
 * `names` are the names at the top of the site, in the order they are to be listed.
 */
export function headersFile(hashes: InlineHashes, names: readonly TopLevelName[]): string {
  const [policy, ...others] = securityHeaders(hashes);
  const embedPolicy = securityHeaders(hashes, FRAMED_BY_ANY)[0]!;
  const paths = ['/', ...names.filter((n) => n.name !== EMBED_FOLDER && n.name !== '_headers').map((n) => (n.folder ? `/${n.name}/*` : `/${n.name}`))];
  return [
    rule('/*', others),
    rule(`/${EMBED_FOLDER}/*`, [embedPolicy]),
    ...paths.map((p) => rule(p, [policy!])),
  ].join('');
}
