import { describe, expect, it } from 'vitest';
import { diffInputs, emptyManifest, parseManifest, serializeManifest } from '../../../src/ingest/write/manifest.ts';

const result = (source: string) => ({ source, id: source, article: null, events: [], diagnostics: [] });

describe('manifest', () => {
  it('tells new, changed, unchanged and removed inputs apart', () => {
    const previous = { ...emptyManifest('f'), articles: { 'seeds/a.txt': { hash: '1', result: result('a') }, 'seeds/b.txt': { hash: '2', result: result('b') }, 'seeds/c.txt': { hash: '3', result: result('c') } } };
    const now = new Map([['seeds/a.txt', '1'], ['seeds/b.txt', '9'], ['seeds/d.txt', '4']]);
    expect(diffInputs(previous, now)).toEqual({ added: ['seeds/d.txt'], changed: ['seeds/b.txt'], unchanged: ['seeds/a.txt'], removed: ['seeds/c.txt'] });
  });

  it('round-trips and serializes with sorted keys', () => {
    const m = { ...emptyManifest('f'), outputs: { 'b.mdx': '2', 'a.mdx': '1' } };
    const text = serializeManifest(m);
    expect(text.indexOf('"a.mdx"')).toBeLessThan(text.indexOf('"b.mdx"'));
    expect(parseManifest(text)).toEqual({ ...m, outputs: { 'a.mdx': '1', 'b.mdx': '2' } });
  });

  it('writes an unchanged article record back as read, and a replaced one from its new data', () => {
    const events = [{ id: 'a-1', quote: 'قال المبعوث أمس إن الجولة انتهت' }];
    const m = { ...emptyManifest('f'), articles: { 'seeds/a.txt': { hash: '1', result: { ...result('a'), events } }, 'seeds/b.txt': { hash: '2', result: result('b') } } } as never;
    const text = serializeManifest(m);
    const read = parseManifest(text, 'f');
    expect(serializeManifest(read)).toBe(text);
    read.articles['seeds/b.txt'] = { hash: '3', result: result('b') };
    const again = parseManifest(serializeManifest(read), 'f');
    expect(again.articles['seeds/b.txt']!.hash).toBe('3');
    expect(again.articles['seeds/a.txt']).toEqual(parseManifest(text).articles['seeds/a.txt']);
  });

  it('starts over on a corrupt or foreign manifest instead of failing', () => {
    expect(parseManifest('{not json')).toEqual(emptyManifest());
    expect(parseManifest('{"version": 99}')).toEqual(emptyManifest());
  });
});
