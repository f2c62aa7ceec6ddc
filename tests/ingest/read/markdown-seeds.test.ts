// Markdown seeds read as Markdown through the real cli: what a reader sees reaches the pages, the
// markup does not, and diagnostics still name the line of the .md file.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { ROOT, runIngest, tempDir } from '../run-ingest.ts';

const FIXTURE = readFileSync(join(ROOT, 'tests/fixtures/markdown/astana-9.md'), 'utf8');

function build(files: Record<string, string>) {
  const seeds = join(tempDir('md'), 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(seeds, name), text);
  const out = tempDir('md-out');
  return { run: runIngest(seeds, out), out };
}

describe('.md seeds', { timeout: 60_000 }, () => {
  it('headings, emphasis, links, lists and quotes: the text without their markup; the heading is the title, the first link the address', () => {
    const { run, out } = build({ 'astana-9.md': FIXTURE });
    expect(run.stderr).not.toMatch(/ (error|warning): /);
    const page = matter(readFileSync(join(out, 'articles/astana-9.mdx'), 'utf8'));
    expect(page.data.title).toBe('اختتام الجولة التاسعة من محادثات أستانا');
    expect(page.data.url).toBe('https://najm-news.example/2018/05/15/astana-9/');
    // Every link the article makes is one of its sources, the reference-style one too.
    expect(page.data.links).toEqual(['https://najm-news.example/2018/05/15/astana-9/', 'https://opposition.example/statement-2018-05-15']);
    expect(page.data.published).toBe('2018-05-15');
    const body = page.content;
    expect(body).toContain('أستانا في 15 أيار/مايو 2018 – اختتمت اليوم الثلاثاء الجولة التاسعة من محادثات أستانا');
    expect(body).toContain('في مدينة سوتشي الروسية');
    expect(body).toContain('تثبيت مناطق خفض التصعيد الأربع حتى إشعار آخر.');
    // A quote's two lines are one paragraph.
    expect(body).toContain('مشيراً إلى أن اللقاء المقبل سيعقد في تموز.');
    expect(body).not.toMatch(/[*_#>]|\]\(|\[|https?:|^\s*[-*] /mu);
    const entries = readdirSync(join(out, 'entries')).map((f) => readFileSync(join(out, 'entries', f), 'utf8'));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e).not.toMatch(/\*\*|\]\(/);
  });

  it('a diagnostic names the line of the .md file, past front matter, headings and list markers', () => {
    const text = `---\noutlet: نجم\n---\n${FIXTURE}`.replace('> اللقاء المقبل', '> \u202Eاللقاء المقبل');
    const line = text.slice(0, text.indexOf('\u202E')).split('\n').length;
    const { run } = build({ 'astana-9.md': text });
    expect(line).toBe(15);
    expect(run.stderr).toMatch(/seeds\/astana-9\.md:15:3 warning: 1 bidirectional control/);
  });
});
