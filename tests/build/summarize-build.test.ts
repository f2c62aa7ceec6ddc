// The lines `npm run build` and `npm start` end with.
import { describe, expect, it } from 'vitest';
import { previewAddress, servingLine, summarizeBuild } from '../../src/build/summarize-build.ts';

describe('summarizeBuild', () => {
  it('says how many pages, where and how long, and that articles with errors were left out', () => {
    expect(summarizeBuild({ pages: 190, seconds: 16.04, out: 'dist', ingestStatus: 0 })).toEqual(['site: 190 pages in dist/ (16.0 s)']);
    const withErrors = summarizeBuild({ pages: 12, seconds: 3.26, out: '../x/dist', ingestStatus: 1 });
    expect(withErrors[0]).toBe('site: 12 pages in ../x/dist/ (3.3 s)');
    expect(withErrors[1]).toMatch(/^site: built without the articles whose errors are listed above/);
  });
});

describe('previewAddress', () => {
  it('finds the address in astro preview\'s banner, coloured as on a terminal, with its final slash', () => {
    const banner = '\u001b[2m┃\u001b[22m Local    \u001b[36mhttp://127.0.0.1:4321/\u001b[39m\n\u001b[2m┃\u001b[22m Network  \u001b[2muse --host to expose\u001b[22m\n';
    expect(previewAddress(banner)).toBe('http://127.0.0.1:4321/');
    expect(previewAddress('┃ Local    http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/');
  });

  it('finds nothing in output that names no local address (a request log line, another host)', () => {
    expect(previewAddress('12:01:33 [200] /entries/000-db2cdda413b17d13-345e19/ 3ms')).toBeNull();
    expect(previewAddress('┃ Network  http://192.168.1.20:4321/')).toBeNull();
  });
});

describe('servingLine', () => {
  it('gives the address last, and says when some articles have errors', () => {
    expect(servingLine('http://127.0.0.1:4321/', 0)).toBe('serving http://127.0.0.1:4321/ (Ctrl+C stops)');
    expect(servingLine('http://127.0.0.1:4321/', 1)).toMatch(/^serving http:\/\/127\.0\.0\.1:4321\/ \(Ctrl\+C stops\); some articles have errors/);
  });
});
