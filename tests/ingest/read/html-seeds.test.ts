// Saved web pages through the real cli: the article without the site around it, the page's metadata
// as the article's title, outlet, address and strongest date evidence, checked against the text.
// The pages are written for these tests (invented text in the markup of common news CMSs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runIngest, tempDir, type Run } from '../run-ingest.ts';

const PAGES = join(ROOT, 'tests/fixtures/pages');
// What each page is, by hand: its day, outlet and address (null: the page states none).
const PAGES_KNOWN: Record<string, { published: string; outlet: string; url: string | null; metadata: boolean }> = {
  wordpress: { published: '2017-05-04', outlet: 'وكالة البادية للأنباء', url: 'https://badiya-news.example/politics/astana-4-closing-memorandum/', metadata: true },
  drupal: { published: '2018-07-30', outlet: 'نهار الشام', url: 'https://nahar-alsham.example/node/77123', metadata: true },
  // A hand-made page of tables: no metadata, its `<title>` only the site's name, which its copyright line repeats.
  'legacy-table': { published: '2017-11-30', outlet: 'شبكة الفرات الإخبارية', url: null, metadata: false },
  // Metadata wrong (re-stamped when the site moved): the text's day is the article's.
  restamped: { published: '2017-12-21', outlet: 'الشرق الجديد', url: 'https://alsharq-aljadid.example/arabic/syria/astana-eight-opens', metadata: false },
  migrated: { published: '2016-02-03', outlet: 'منصة الساحل', url: 'https://sahel-platform.example/archives/2016/02/03/geneva-talks-suspended/', metadata: false },
  'arc-nextjs': { published: '2019-10-30', outlet: 'صوت المشرق', url: 'https://sawt-almashriq.example/middle-east/2019/10/30/syria-constitutional-committee-opens-geneva/', metadata: true },
  amp: { published: '2018-01-30', outlet: 'الواحة نيوز', url: 'https://al-waha-news.example/news/syria/2018/01/30/sochi-congress-final-statement.html', metadata: true },
  // Blogger: the day in an abbr's title, the blog's name only in `<title>` before the headline.
  blogger: { published: '2017-09-15', outlet: 'دفاتر حلبية', url: 'https://dafatir-halab.blogspot.example/2017/09/astana-6-idlib.html', metadata: true },
  // Joomla: microdata headline and day, the address in `<base href>`, the site after the headline in `<title>`.
  joomla: { published: '2017-03-23', outlet: 'الجنوبية نت', url: 'https://janoubiya.example/index.php/syria/4471-geneva-5-begins', metadata: true },
  // Saved by a browser from an ASP.NET site: only a visible day, the address in the «saved from» comment, the name in the logo.
  'saved-aspnet': { published: '2019-04-26', outlet: 'شبكة المرصاد الإخبارية', url: 'https://al-mirsad-news.example/NewsDetails.aspx?NewsID=188412', metadata: false },
  // A news agency: the day in Parse.ly's tag, a canonical link wrongly to the home page, og:url right.
  agency: { published: '2018-09-07', outlet: 'وكالة أنباء الفرات', url: 'https://furat-agency.example/ar/news/politics/2018-09-07/91234', metadata: true },
  // A print view: Dublin Core metadata, «طباعة:» before the headline in `<title>`.
  print: { published: '2019-12-11', outlet: 'جريدة البلد', url: 'https://albalad-daily.example/politics/20191211/astana-14-closes', metadata: true },
  // Ghost: a standfirst (`article-excerpt`) and a byline with the day and a reading time above the story.
  ghost: { published: '2019-11-25', outlet: 'ملفات سورية', url: 'https://milaffat-suriya.example/constitutional-committee-second-round-opens/', metadata: true },
  // A hand-made CMS whose only date metadata is `<meta name="date">`; the site's name before the headline in `<title>`.
  'meta-date': { published: '2018-05-14', outlet: 'شبكة الضفتين الإخبارية', url: 'https://daffatain.example/news.php?id=30517', metadata: true },
  // A news ticker's JSON-LD articles (other stories, other days) before the page's own Yoast `@graph`.
  'graph-multi': { published: '2018-11-29', outlet: 'صحيفة الأفق', url: 'https://alofoq-daily.example/news/118342', metadata: true },
};
const NAMES = Object.keys(PAGES_KNOWN);
const words = (text: string) => text.split(/[\s\p{P}]+/u).filter((w) => w !== '');

/** F1 of the words of `got` against `want`, as bags of words. */
function wordF1(got: string, want: string): number {
  const bag = new Map<string, number>();
  for (const w of words(want)) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of words(got)) {
    const n = bag.get(w) ?? 0;
    if (n > 0) { hit++; bag.set(w, n - 1); }
  }
  const p = hit / Math.max(1, words(got).length);
  const r = hit / Math.max(1, words(want).length);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The seeds folder holding these pages (each possibly edited), and one cli run over it. */
function build(pages: Record<string, string>): { run: Run; out: string; page: (id: string) => ReturnType<typeof matter> } {
  const seeds = join(tempDir('pages'), 'seeds');
  mkdirSync(seeds, { recursive: true });
  for (const [name, text] of Object.entries(pages)) writeFileSync(join(seeds, name), text);
  const out = tempDir('pages-out');
  const run = runIngest(seeds, out);
  return { run, out, page: (id) => matter(readFileSync(join(out, 'articles', `${id}.mdx`), 'utf8')) };
}

const fixture = (name: string) => readFileSync(join(PAGES, `${name}.html`), 'utf8');
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('.html seeds', { timeout: 60_000 }, () => {
  let built: ReturnType<typeof build>;
  // Fifteen pages through the real cli: the integration project's hook timeout (tests/vitest.config.ts)
  // allows for a loaded machine.
  beforeAll(() => {
    built = build(Object.fromEntries(NAMES.map((n) => [`${n}.html`, fixture(n)])));
  });

  it.each(NAMES)('%s: the article body without the site around it (word F1 ≥ 0.9 against the hand-marked body)', (name) => {
    const body = built.page(name).content;
    const want = readFileSync(join(PAGES, `${name}.body.txt`), 'utf8');
    expect(wordF1(body, want)).toBeGreaterThanOrEqual(0.9);
    for (const furniture of ['جميع الحقوق محفوظة', 'ذات صلة', 'فيسبوك', 'الأكثر قراءة', 'اشترك', 'صورة أرشيفية', 'نسخة للطباعة', 'الرئيسية', 'اقرأ أيضاً', 'الوسوم', 'كتب بواسطة', 'زيارات:', 'الفئة:', 'مراسل نهار الشام']) {
      expect(body, `${name}: ${furniture}`).not.toContain(furniture);
    }
    expect(body).not.toMatch(/<|>|&[a-z]+;|gtag|__NEXT_DATA__/);
    // An ad slot's label between paragraphs, and the headline again above the story (a standfirst taken for the title).
    expect(body.split('\n').map((l) => l.trim())).not.toContain('إعلان');
    expect(body).not.toContain(built.page(name).data.title);
  });

  it.each(NAMES)('%s: the day, outlet and address the page states', (name) => {
    const known = PAGES_KNOWN[name]!;
    const data = built.page(name).data;
    expect(data.published).toBe(known.published);
    expect(data.dateCertainty).toBe('exact');
    expect(data.outlet).toBe(known.outlet);
    expect(data.url ?? null).toBe(known.url);
    // The page's own address is the article's source; a page that states none names none.
    expect(data.links ?? null).toEqual(known.url ? [known.url] : null);
    // A page with right metadata is dated by it, not merely by the text beside it.
    if (known.metadata) expect(data.datedBy.evidence.map((e: { says: string }) => e.says)).toContainEqual(expect.stringMatching(new RegExp(`page's metadata .*states the publication day ${known.published}`)));
    expect(data.title).not.toBe(known.outlet);
    expect(data.title).not.toMatch(/^طباعة|\| |نت$/);
  });

  it('a theme that marks the story\'s wrapper for its ads keeps the story', () => {
    const marked = fixture('wordpress').replace('<div class="entry-content">', '<div class="entry-content with-ad">');
    const { content } = build({ 'wordpress.html': marked }).page('wordpress');
    expect(wordF1(content, readFileSync(join(PAGES, 'wordpress.body.txt'), 'utf8'))).toBeGreaterThanOrEqual(0.9);
  });

  it('the address front matter gives (npm run add writes the fetched one) joins the page\'s own as a source', () => {
    const fetched = 'https://badiya-news.example/?p=48213';
    const { data } = build({ 'wordpress.html': `---\nurl: "${fetched}"\n---\n${fixture('wordpress')}` }).page('wordpress');
    expect(data.url).toBe(fetched);
    expect(data.links).toEqual([fetched, 'https://badiya-news.example/politics/astana-4-closing-memorandum/']);
  });

  it('title, outlet and address come from the page metadata, the site name cut off the title', () => {
    const wp = built.page('wordpress').data;
    expect(wp.title).toBe('اختتام الجولة الرابعة من محادثات أستانا بتوقيع مذكرة مناطق التهدئة');
    expect(wp.outlet).toBe('وكالة البادية للأنباء');
    expect(wp.url).toBe('https://badiya-news.example/politics/astana-4-closing-memorandum/');
    const drupal = built.page('drupal').data;
    expect(drupal.outlet).toBe('نهار الشام');
    expect(drupal.url).toBe('https://nahar-alsham.example/node/77123');
  });

  it('the metadata date dates the article to the day, as its strongest evidence', () => {
    const drupal = built.page('drupal').data;
    expect(drupal.published).toBe('2018-07-30');
    expect(drupal.dateCertainty).toBe('exact');
    // The metadata alone makes the day likely, not merely above the threshold of 0.6.
    expect(drupal.datedBy.confidence).toBeGreaterThanOrEqual(0.8);
    expect(drupal.datedBy.evidence[0].says).toMatch(/page's metadata \(JSON-LD datePublished\)/);
    // The same page without its metadata date: the text alone does not give that day.
    const bare = build({ 'drupal.html': fixture('drupal').replace(/"datePublished": "[^"]+",/, '') });
    expect(bare.run.stderr).toMatch(/drupal\.html:\d+:\d+ error: .*(no date evidence|likeliest)/);
  });

  it('a page moved to a new site, its JSON-LD and Open Graph days the move\'s: the warning names them and the text\'s day', () => {
    const text = fixture('migrated');
    const line = lineOf(text, 'article:published_time');
    expect(built.run.stderr).toMatch(new RegExp(`seeds/migrated\\.html:${line}:\\d+ warning: the page's metadata \\(article:published_time\\) dates the article 2020-06-14, but the text's own evidence dates it 2016-02-03 .*kept the text's date`));
  });

  it('a page re-stamped by its site: the text\'s dated dateline wins, with a warning at the metadata naming both', () => {
    const text = fixture('restamped');
    const data = built.page('restamped').data;
    expect(data.published).toBe('2017-12-21');
    expect(data.datedBy.conflicts.map((c: { says: string }) => c.says)).toContainEqual(expect.stringMatching(/page's metadata \(article:published_time\) states the publication day 2019-03-10/));
    const line = lineOf(text, 'article:published_time');
    expect(built.run.stderr).toMatch(new RegExp(`seeds/restamped\\.html:${line}:\\d+ warning: the page's metadata \\(article:published_time\\) dates the article 2019-03-10, but the text's own evidence dates it 2017-12-21 .*kept the text's date`));
    // The engine's own warning names the metadata too.
    expect(built.run.stderr).toMatch(/restamped\.html:\d+:\d+ warning: date evidence disagrees with the article date 2017-12-21: the page's metadata/);
  });

  it("a page whose JSON-LD holds other stories' articles before its own is dated by its own, with no warning", () => {
    const data = built.page('graph-multi').data;
    expect(data.datedBy.evidence[0].says).toBe("the page's metadata (JSON-LD datePublished) states the publication day 2018-11-29");
    expect(data.datedBy.conflicts).toEqual([]);
    expect(built.run.stderr).not.toMatch(/graph-multi\.html/);
  });

  it('a page with no metadata is dated from its text, with no metadata warning', () => {
    const data = built.page('legacy-table').data;
    expect(data.published).toBe('2017-11-30');
    expect(data.datedBy.evidence[0].quote).toBe('30 تشرين الثاني 2017');
    expect(data.url).toBeUndefined();
    expect(built.run.stderr).not.toMatch(/legacy-table\.html.*page-date/);
    expect(built.run.stderr).not.toMatch(/wordpress\.html|drupal\.html/);
  });

  it('a diagnostic on a page names the line of the page its text comes from', () => {
    const text = fixture('wordpress').replace('من جهته، رحّب', 'من جهته، \u202Eرحّب');
    const { run } = build({ 'wordpress.html': text });
    expect(run.stderr).toMatch(new RegExp(`seeds/wordpress\\.html:${lineOf(text, '\u202E')}:\\d+ warning: 1 bidirectional control`));
  });

  it('a page with no text is one error naming it, and the other pages still build', () => {
    const { run, out } = build({ 'empty.html': '<html><head><title>x</title></head><body><nav><a href="/">الرئيسية</a></nav></body></html>', 'wordpress.html': fixture('wordpress') });
    expect(run.stderr).toMatch(/seeds\/empty\.html:\d+:\d+ error: /);
    expect(readFileSync(join(out, 'articles', 'wordpress.mdx'), 'utf8')).toContain('اختتمت اليوم الخميس');
  });
});
