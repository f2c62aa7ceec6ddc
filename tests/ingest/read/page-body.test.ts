// What the page extractor leaves out besides the CMS's article-info block (tests/ingest/read/article-info.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageBody } from '../../../src/ingest/read/html/page-body.ts';

const PAGES = join(import.meta.dirname, '../../fixtures/pages');
const fixture = (name: string) => readFileSync(join(PAGES, `${name}.html`), 'utf8');
const handMarked = (name: string) => readFileSync(join(PAGES, `${name}.body.txt`), 'utf8').split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '');

describe('labels for screen readers only', () => {
  it("a theme's «back to top» label does not end the story: the page is exactly its hand-marked body", () => {
    expect(pageBody(fixture('migrated')).paragraphs).toEqual(handMarked('migrated'));
  });

  it('a Bootstrap or Drupal hidden label inside the story goes, the sentence around it stays', () => {
    const first = handMarked('wordpress')[0]!;
    for (const label of ['<span class="sr-only">(يفتح في نافذة جديدة)</span>', '<span class="visually-hidden">رابط خارجي</span>']) {
      const page = fixture('wordpress').replace('اختتمت اليوم الخميس', `اختتمت ${label}اليوم الخميس`);
      expect(pageBody(page).paragraphs[0]).toBe(first);
    }
  });
});

describe('standfirsts a theme marks by class', () => {
  it("Ghost's `article-excerpt` above the story is the outlet's summary, not the story", () => {
    const { paragraphs } = pageBody(fixture('ghost'));
    expect(paragraphs.join('\n')).not.toContain('وسط خلاف بين الوفدين على جدول الأعمال.');
    expect(paragraphs.slice(1, 6)).toEqual(handMarked('ghost'));
  });

  it('a `standfirst`, or a `sub-title` (its words read joined), at the top of the story\'s element goes', () => {
    for (const cls of ['standfirst', 'post-sub-title']) {
      const sub = `<p class="${cls}">الدول الضامنة توقع مذكرة تنشئ أربع مناطق لخفض التصعيد ووفد المعارضة يعترض على دور إيران</p>`;
      const page = fixture('wordpress').replace('<div class="entry-content">', `<div class="entry-content">${sub}`);
      const { paragraphs } = pageBody(page);
      expect(paragraphs.join('\n'), cls).not.toContain('أربع مناطق لخفض التصعيد ووفد');
      expect(paragraphs.slice(0, 5), cls).toEqual(handMarked('wordpress'));
    }
  });

  it('a story wrapper a theme named «excerpt» keeps the story', () => {
    const page = fixture('wordpress').replace('<div class="entry-content">', '<div class="entry-content post-excerpt">');
    expect(pageBody(page).paragraphs.slice(0, 5)).toEqual(handMarked('wordpress'));
  });
});
