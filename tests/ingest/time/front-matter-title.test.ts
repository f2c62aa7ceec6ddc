// A seed whose headline is only in its front matter («title: …») or a Markdown file's first heading: the
// body opens with the lead, and the date engine, whose headline is the text's first line, never read the
// headline. «قمة ثلاثية في أنقرة بعد غد» over a lead that names neither day nor week was refused; the title
// now leads the text the engine reads, its positions moved back for the events. Invented.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { pipelineContext } from '../../../src/ingest/pipeline-context.ts';
import { processArticle } from '../../../src/ingest/pipeline.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { datedText } from '../../../src/ingest/date/dated-text.ts';
import { ROOT } from '../run-ingest.ts';

const files = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const context = pipelineContext(loadCatalog(files('rounds'), files('actors')), dateArticle);
const LEAD = 'أعلن المتحدث باسم الرئاسة التركية اليوم السبت أن الرئيس أردوغان سيستضيف نظيريه الروسي والإيراني في القمة الثلاثية حول سوريا.';
const dateOf = (source: string, text: string): unknown => processArticle(source, new TextEncoder().encode(text), context).article?.fields.published;

describe('a headline given only in the front matter', () => {
  it('is read by the date engine', () => {
    expect(dateOf('summit.md', `---\ntitle: قمة ثلاثية في أنقرة بعد غد\n---\n\n${LEAD}\n`)).toBe('2019-09-14');
  });
  it('as the same headline written on the text\'s first line is', () => {
    expect(dateOf('summit.txt', `قمة ثلاثية في أنقرة بعد غد\n\n${LEAD}\n`)).toBe('2019-09-14');
  });
  it('and is not written twice when the text opens with it', () => {
    expect(datedText('قمة ثلاثية في أنقرة بعد غد\n' + LEAD, 'قمة ثلاثية في أنقرة بعد غد')).toEqual({ text: 'قمة ثلاثية في أنقرة بعد غد\n' + LEAD, shift: 0 });
  });
});
