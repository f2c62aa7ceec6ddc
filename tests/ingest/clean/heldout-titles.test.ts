// Title choice on held-out pages (outlets the cleaner was not written for).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { classifyLines } from '../../../src/ingest/clean/classify-lines.ts';
import { ROOT } from '../run-ingest.ts';

const heldout = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/heldout', name), 'utf8');
const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

describe('a ticker of other headlines run together (016 Thiqa)', () => {
  const text = heldout('016_thiqa.txt');
  const ticker = lines(text)[0]!;
  const clean = cleanArticle(text, 0);

  it('is dropped as furniture, and the headline under it becomes the title', () => {
    expect(clean.dropped.find((d) => d.text === ticker)?.reason).toBe('other headlines run together');
    expect(clean.title).toBe(lines(text)[1]);
    expect(clean.text.text).not.toContain('ألمانيا بالذات');
  });

  it('one glued seam is a typo, not a ticker: a real headline with "…و" stays the title', () => {
    const { title } = classifyLines(['موسكو تعتزم فتح ملف المعتقلين في اجتماعات أستانا المقبلة …و التحالف يتهم موسكو والنظام بتسهيل مرور مقاتلي التنظيم', '', 'قال المتحدث باسم التحالف أمس إن قوات النظام سهلت مرور مقاتلي التنظيم باتجاه جنوب دمشق، وإن موسكو لم تعلق بعد على ذلك.']);
    expect(title).toBe(0);
  });
});

describe('a headline above the lead paragraph (014 Ertikaz)', () => {
  const text = heldout('014_ertikaz.txt');
  const clean = cleanArticle(text, 0);
  const headline = lines(text).find((l) => l.startsWith('استعدادا'))!;
  const lead = lines(text).find((l) => l.startsWith('وصل الوفد'))!;

  it('the headline is the title and the lead stays in the story', () => {
    expect(clean.title).toBe(headline);
    expect(clean.paragraphs.some((p) => clean.text.text.slice(p.start, p.end) === lead)).toBe(true);
  });

  it('a lead with a short dateline above it keeps its own opening words as the title', () => {
    const { title, titleInBody } = classifyLines(['الثلاثاء 6 تموز 2021 - 10:30', '', lead, '', 'ويرأس الوفد أيمن سوسان، معاون وزير الخارجية والمغتربين، وكان الوفد الروسي قد وصل أيضا إلى العاصمة نور سلطان للمشاركة.']);
    expect([title, titleInBody]).toEqual([2, true]);
  });
});
