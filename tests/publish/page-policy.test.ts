// A built page's head as Astro writes it (src/layouts/Base.astro, an entry page's JSON-LD), with the
// kinds of inline code a page may come to have.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { cspHash } from '../../src/publish/csp-hash.ts';
import { findInlineCode } from '../../src/publish/find-inline-code.ts';
import { headersFile } from '../../src/publish/headers-file.ts';
import { headersForPath, parseHeadersFile } from '../e2e/headers-rules.ts';
import { setPagePolicy } from '../../src/publish/set-page-policy.ts';

const PAGE = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${contentSecurityPolicy()}"><title>مسار</title>`
  + '<script type="application/ld+json">{"@type":"Event","name":"افتتاح الجولة الثامنة من محادثات أستانا"}</script>'
  + '<script type="module" src="/_astro/page.js"></script><style>.a{color:red}</style></head><body>'
  + '<script>history.replaceState(null, "", "/?entry=001-e170048bbaa0e3ab-841553");</script>'
  + '<script type="module">import "/x.js";</script><script type="text/template"><p>قالب</p></script></body></html>';

describe('findInlineCode', () => {
  it('finds the scripts that run and the styles, not data blocks, templates or external scripts', () => {
    expect(findInlineCode(PAGE)).toEqual({
      scripts: ['history.replaceState(null, "", "/?entry=001-e170048bbaa0e3ab-841553");', 'import "/x.js";'],
      styles: ['.a{color:red}'],
    });
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, Arabic included', () => {
    const code = 'document.title = "مسار";';
    expect(cspHash(code)).toBe(`'sha256-${createHash('sha256').update(Buffer.from(code, 'utf8')).digest('base64')}'`);
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});

describe('setPagePolicy', () => {
  it('sets the hashes of the page in its policy and changes nothing else', () => {
    const hashes = { script: [cspHash('a()')], style: [cspHash('.a{}')] };
    const page = setPagePolicy(PAGE, hashes)!;
    expect(page).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash('a()')};`);
    expect(page).toContain(`style-src 'self' ${cspHash('.a{}')};`);
    expect(page.replace(/content="[^"]*"/, '')).toBe(PAGE.replace(/content="[^"]*"/, ''));
    expect(setPagePolicy(page, { script: [], style: [] })).toBe(PAGE);
  });

  it('refuses a page with no policy, or with two', () => {
    expect(setPagePolicy('<html><head><title>x</title></head></html>', { script: [], style: [] })).toBeNull();
    const twice = PAGE.replace('<title>', `<meta http-equiv="content-security-policy" content="default-src *"><title>`);
    expect(setPagePolicy(twice, { script: [], style: [] })).toBeNull();
  });
});

describe('headersFile', () => {
  const hashes = { script: [cspHash('a()')], style: [] };
  const names = [{ name: '_astro', folder: true }, { name: 'embed', folder: true }, { name: 'entries', folder: true }, { name: 'feed.xml', folder: false }, { name: 'index.html', folder: false }];
  const served = (path: string) => headersForPath(parseHeadersFile(headersFile(hashes, names)), path);

  it('gives every path nosniff, no-referrer and one policy, framed by none but the embed views, framed by any', () => {
    for (const path of ['/', '/index.html', '/entries/abc/', '/feed.xml', '/_astro/x.js']) {
      const h = served(path);
      expect(h['Content-Security-Policy'], path).toBe(`${contentSecurityPolicy(hashes)}; frame-ancestors 'none'`);
      expect(h['X-Content-Type-Options'], path).toBe('nosniff');
      expect(h['Referrer-Policy'], path).toBe('no-referrer');
    }
    const h = served('/embed/entries/abc/');
    expect(h['Content-Security-Policy']).toBe(`${contentSecurityPolicy(hashes)}; frame-ancestors *`);
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(served('/embedded/')['Content-Security-Policy']).toBeUndefined();
    expect(headersFile(hashes, names).split('\n').filter((l) => l.includes('frame-ancestors *'))).toHaveLength(1);
  });
});
