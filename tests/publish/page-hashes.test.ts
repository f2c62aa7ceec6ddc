// The hashes the publish step gives each page's policy and the site's _headers, on pages as Astro
// builds them (src/layouts/Base.astro's policy <meta>, an entry's JSON-LD, a redirect page's script).
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/content-security-policy.ts';
import { cspHash } from '../../src/publish/csp-hash.ts';
import { pageHashes, siteHashes, unguardedPages } from '../../src/publish/page-hashes.ts';
import { setPagePolicy } from '../../src/publish/set-page-policy.ts';

const head = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${contentSecurityPolicy()}"><title>مسار</title>`;
const REDIRECT = '<script>location.replace("/?entry=001-e170048bbaa0e3ab-841553");</script>';
const THEME = '<style>:root{color-scheme:light dark}</style>';
const entryPage = `${head}<script type="application/ld+json">{"@type":"Event","name":"افتتاح الجولة الثامنة من محادثات أستانا"}</script>${THEME}</head><body><h1>افتتاح الجولة الثامنة</h1></body></html>`;
const redirectPage = `${head}${THEME}</head><body>${REDIRECT}${REDIRECT}<p>نقل هذا الحدث</p></body></html>`;

describe('pageHashes', () => {
  it('hashes the scripts that run and the styles, each once, not the JSON-LD data block', () => {
    expect(pageHashes(entryPage)).toEqual({ script: [], style: [cspHash(':root{color-scheme:light dark}')] });
    expect(pageHashes(redirectPage)).toEqual({ script: [cspHash('location.replace("/?entry=001-e170048bbaa0e3ab-841553");')], style: [cspHash(':root{color-scheme:light dark}')] });
  });

  it('gives the page\'s policy what it needs: the policy set from them names the redirect script', () => {
    const policy = setPagePolicy(redirectPage, pageHashes(redirectPage));
    expect(policy).not.toBeNull();
    expect(policy).toContain(cspHash('location.replace("/?entry=001-e170048bbaa0e3ab-841553");'));
  });
});

describe('siteHashes', () => {
  it('joins every page\'s hashes, each once and sorted, whatever the order of the pages', () => {
    const pages = [pageHashes(entryPage), pageHashes(redirectPage)];
    const site = siteHashes(pages);
    expect(site.style).toEqual([cspHash(':root{color-scheme:light dark}')]);
    expect(site.script).toEqual(pageHashes(redirectPage).script);
    expect(siteHashes([...pages].reverse())).toEqual(site);
    expect(siteHashes([])).toEqual({ script: [], style: [] });
  });
});

describe('unguardedPages', () => {
  it('counts the pages without their policy and names the first five', () => {
    const pages = ['index.html', 'entries/a/index.html', 'entries/b/index.html', 'rounds/astana-08/index.html', 'actors/x/index.html', 'embed/y/index.html'];
    const line = unguardedPages(pages);
    expect(line.startsWith('publish: 6 page(s) without exactly one Content-Security-Policy <meta>')).toBe(true);
    expect(line.endsWith(': index.html, entries/a/index.html, entries/b/index.html, rounds/astana-08/index.html, actors/x/index.html')).toBe(true);
  });
});
