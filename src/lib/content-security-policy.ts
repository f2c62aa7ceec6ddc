// The site's Content-Security-Policy, as data: the <meta> every page carries (src/layouts/Base.astro)
// and the `_headers` file for static hosts (src/publish/) are both written from it. Nothing is allowed
// from another origin. 'wasm-unsafe-eval' is for Pagefind's WebAssembly search; style attributes are
// allowed because vis-timeline positions its items with them. Inline scripts and styles are allowed
// one by one, by the hashes the publish step computes from the built pages.

export interface InlineHashes {
  /** `'sha256-…'` sources of the inline scripts allowed. */
  script: readonly string[];
  /** `'sha256-…'` sources of the inline <style> elements allowed. */
  style: readonly string[];
}

export const NO_HASHES: InlineHashes = { script: [], style: [] };

const DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['style-src-attr', ["'unsafe-inline'"]],
];

/**
 * The policy with these hashes. `headerOnly` adds directives a <meta> cannot carry (browsers ignore
 * `frame-ancestors` there), for the HTTP header.
 */
export type Directives = readonly (readonly [string, readonly string[]])[];

export function contentSecurityPolicy(hashes: InlineHashes = NO_HASHES, headerOnly: Directives = []): string {
  const extra: Record<string, readonly string[]> = { 'script-src': hashes.script, 'style-src': hashes.style };
  return [...DIRECTIVES, ...headerOnly].map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' ')).join('; ');
}

/** Directives only a header carries: who may frame the page. The site's pages are framed by no one. */
export const FRAMED_BY_NONE: Directives = [['frame-ancestors', ["'none'"]]];

/** The embed views (/embed/…) are made to be framed, by any site (`*`: any http or https origin). */
export const FRAMED_BY_ANY: Directives = [['frame-ancestors', ['*']]];
