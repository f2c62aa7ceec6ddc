// An article whose own day the engine cannot tell still dates what it says by itself: a date with its
// year, a round only one catalog entry fits. What needs the article's day («أمس») stays undated.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/ingest/catalog/load-catalog.ts';
import { pipelineContext } from '../../../src/ingest/pipeline-context.ts';
import { processArticle } from '../../../src/ingest/pipeline.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROOT } from '../run-ingest.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const files = (dir: string) => readdirSync(join(ROOT, 'content', dir)).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `content/${dir}/${f}`, text: readFileSync(join(ROOT, 'content', dir, f), 'utf8') }));
const context = pipelineContext(loadCatalog(files('rounds'), files('actors')), dateArticle);

// No day, weekday or stamp of its own: an analysis that recalls dated events.
const ANALYSIS = [
  'اللجنة الدستورية بين الآمال والعقبات',
  'في 23 أيلول/سبتمبر 2019 أعلن الأمين العام للأمم المتحدة أنطونيو غوتيريس تشكيل اللجنة الدستورية السورية، بعد مفاوضات طويلة بين الحكومة والمعارضة.',
  'وكانت الجولة الثامنة من محادثات أستانا قد بحثت ملف المعتقلين، فيما قال مسؤول أمس إن المحادثات ستستأنف.',
  'ويرى محللون أن مسار جنيف فقد زخمه منذ سنوات، وأن التسوية السياسية ما زالت بعيدة.',
].join('\n\n');

describe('an article the engine cannot date', () => {
  const dated = dateArticle(ANALYSIS, { rounds: CATALOG_ROUNDS });
  it('is refused, and still resolves what dates itself', () => {
    expect(dated.anchor).toBeNull();
    const byText = new Map(dated.expressions.map((e) => [e.text, e.resolved?.edtf ?? null]));
    expect(byText.get('23 أيلول/سبتمبر 2019')).toBe('2019-09-23');
    expect(byText.get('الجولة الثامنة')).toBe('2017-12-21/2017-12-22');
    expect(byText.get('أمس')).toBeNull();
  });

  it('leaves a round several catalog entries fit unresolved', () => {
    const bare = dateArticle('قال المتحدث إن الجولة الثامنة بحثت ملف المعتقلين وفق مسار أستانا وجنيف واللجنة الدستورية.', { rounds: CATALOG_ROUNDS });
    expect(bare.anchor).toBeNull();
    for (const e of bare.expressions.filter((x) => x.kind === 'round')) expect(e.resolved).toBeNull();
  });

  it('gives entries for the events it dates by itself, none for the rest', () => {
    const result = processArticle('seeds/analysis.txt', new TextEncoder().encode(`${ANALYSIS}\n`), context);
    expect(result.article).not.toBeNull();
    expect(result.article!.fields.published).toBeUndefined();
    const events = result.events.map((e) => [e.date, e.datedBy.expression]);
    expect(events).toContainEqual(['2019-09-23', '23 أيلول/سبتمبر 2019']);
    expect(events.every(([, expression]) => expression !== 'أمس')).toBe(true);
  });

  // A day with no year tied to a catalogued round: the catalog gives its year when it holds that very day.
  const RECALLED = [
    'خرائط مناطق خفض التصعيد ما زالت قيد الإعداد',
    'قال مسؤول عسكري إن العمل على رسم حدود المناطق يتقدم ببطء، وإن الخبراء يجتمعون بعيداً عن الإعلام.',
    'وكانت الدول الضامنة قد وقعت المذكرة في ختام اجتماع أستانا 4 في الرابع من أيار، وتعهدت بتثبيت وقف إطلاق النار.',
  ].join('\n\n');

  it('dates a day the text ties to a round by the catalog, when the catalog holds that day', () => {
    const dated = dateArticle(RECALLED, { rounds: CATALOG_ROUNDS });
    expect(dated.anchor).toBeNull();
    const day = dated.expressions.find((e) => e.text === 'الرابع من أيار');
    expect(day?.resolved?.edtf).toBe('2017-05-04');
    const result = processArticle('seeds/recalled.txt', new TextEncoder().encode(`${RECALLED}\n`), context);
    expect(result.events.map((e) => e.date)).toContain('2017-05-04');
  });

  it('leaves it undated when the catalog\'s day of that round is another', () => {
    const dated = dateArticle(RECALLED.replace('الرابع من أيار', 'السادس من أيار'), { rounds: CATALOG_ROUNDS });
    expect(dated.anchor).toBeNull();
    expect(dated.expressions.find((e) => e.text === 'السادس من أيار')?.resolved ?? null).toBeNull();
  });
});
