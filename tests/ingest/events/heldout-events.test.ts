// Event extraction on held-out articles (outlets the rules were not written for). The article date is
// given as front matter (from the gold, read at test time) so only the pipeline's part is tested.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { extractEvents } from '../../../src/ingest/events/extract-events.ts';
import { foldWords } from '../../../src/ingest/shared/fold-words.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { ROOT } from '../run-ingest.ts';

const HELDOUT = join(ROOT, 'tests/fixtures/heldout');
interface GoldEvent { snippet: string; accept?: string[] }
interface GoldArticle { file: string; published: { accept?: string[] }; events?: GoldEvent[] }
const gold: GoldArticle[] = JSON.parse(readFileSync(join(HELDOUT, 'gold.json'), 'utf8')).articles;

function eventsOf(file: string) {
  const article = gold.find((a) => a.file === file)!;
  const clean = cleanArticle(readFileSync(join(HELDOUT, file), 'utf8'), 0);
  const text = clean.text.text;
  const dating = dateArticle(text, { published: article.published.accept![0]!, rounds: [] });
  const events = extractEvents(text, clean.paragraphs, dating.expressions.filter((e) => e.start >= clean.bodyStart));
  return { article, clean, events };
}

/** The event whose quote holds the gold snippet (compared folded: the gold is typed, the quote is the text). */
function eventFor(events: ReturnType<typeof eventsOf>['events'], snippet: string) {
  return events.find((e) => foldWords(e.quote).includes(foldWords(snippet)));
}

describe('a statement that reports a dated event (003, al-Thawra)', () => {
  const { article, events } = eventsOf('003_althawra.txt');
  const reported = article.events!.filter((e) => /س[يت]عقد/u.test(e.snippet));

  it('the gold has the two reported sessions this test is about', () => expect(reported).toHaveLength(2));

  it.each(reported.map((e) => [e.snippet, e] as const))('«%s» is its own event, dated by its own expression', (_, g) => {
    const event = eventFor(events, g.snippet);
    expect(event).toBeDefined();
    expect(g.accept).toContain(event!.expression.resolved!.edtf);
  });

  it('the statement stays an event dated by when it was made («أمس»)', () => {
    const statement = events.find((e) => e.quote.startsWith('من ناحية أخرى ذكرت'));
    expect(statement?.expression.text).toBe('أمس');
    expect(statement?.quote.includes('ستعقد')).toBe(false);
  });
});

describe('leads and reporting formulas (014 Ertikaz, 019 Halab Today)', () => {
  it('014: the lead under the headline is story, not the title, and its event is dated', () => {
    const { article, clean, events } = eventsOf('014_ertikaz.txt');
    const lead = article.events!.find((e) => e.snippet.includes('ينطلق'))!;
    expect(clean.title).not.toContain('ينطلق');
    const event = eventFor(events, lead.snippet);
    expect(event).toBeDefined();
    expect(lead.accept).toContain(event!.expression.resolved!.edtf);
  });

  it('019: "ورد ذلك … خلال حديثه للصحفيين مساء أمس الخميس" is a reported action dated by its own «أمس»', () => {
    const { article, events } = eventsOf('019_halabtoday.txt');
    const said = article.events!.find((e) => e.snippet.includes('حديثه'))!;
    const event = eventFor(events, said.snippet);
    expect(event).toBeDefined();
    expect(said.accept).toContain(event!.expression.resolved!.edtf);
  });
});
