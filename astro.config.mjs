// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: process.env.MASAR_SITE ?? 'https://masar.example.org',
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  security: {
    // Astro writes a CSP <meta> with hashes of its own scripts and styles on every page. Nothing is
    // allowed from another origin. 'wasm-unsafe-eval' is for Pagefind's WebAssembly search;
    // style attributes are allowed because vis-timeline positions its items with them.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  vite: {
    resolve: {
      // vis-timeline's HTML sanitizer is replaced by a pass-through: this site escapes every string it
      // hands to the timeline (src/client/timeline.ts), so the `xss` package is dead weight there.
      alias: { xss: fileURLToPath(new URL('./src/client/xss-passthrough.ts', import.meta.url)) },
    },
    build: { assetsInlineLimit: 0 },
  },
});
