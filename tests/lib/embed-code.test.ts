import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { embedCode, timelineEmbedSrc } from '../../src/lib/embed-code.ts';

describe('embedCode', () => {
  it('is one iframe of the view, titled, lazy, sending no referrer, whatever the title holds', () => {
    const title = 'مسار: «الجولة الثامنة» من محادثات "أستانا" & <جنيف>';
    const code = embedCode({ src: 'https://masar.example.org/embed/rounds/astana-08/', title, height: 560 });
    const { document } = parseHTML(`<div>${code}</div>`);
    const frames = document.querySelectorAll('iframe');
    expect(frames.length).toBe(1);
    const f = frames[0]!;
    expect(f.getAttribute('src')).toBe('https://masar.example.org/embed/rounds/astana-08/');
    expect(f.getAttribute('title')).toBe(title);
    expect(f.getAttribute('height')).toBe('560');
    expect(f.getAttribute('loading')).toBe('lazy');
    expect(f.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(document.querySelector('div')!.children.length).toBe(1);
  });
});

describe('timelineEmbedSrc', () => {
  it('carries the timeline filters of an address, and nothing else of it', () => {
    const src = timelineEmbedSrc('https://masar.example.org/embed/timeline/', '?entry=000-x&track=astana,geneva&kind=statement&actor=staffan-de-mistura&utm=1', ['track', 'kind', 'actor']);
    const url = new URL(src);
    expect(url.pathname).toBe('/embed/timeline/');
    expect([...url.searchParams.keys()]).toEqual(['track', 'kind', 'actor']);
    expect(url.searchParams.get('track')).toBe('astana,geneva');
    expect(timelineEmbedSrc('https://masar.example.org/embed/timeline/', '', ['track'])).toBe('https://masar.example.org/embed/timeline/');
  });
});
