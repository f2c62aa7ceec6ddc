// A Markdown seed's links to other stories («اقرأ أيضاً: [عنوان](…)», a list of links under that line) are
// no address of its own: read as one, another story's day in its path (/2023/05/01/) widened or moved
// the date, and it was listed among the article's sources. Invented seeds; the deputy ministers' quartet
// met in Moscow on Tuesday 4 April 2023.
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/ingest/read/read-article.ts';
import { readMarkdown } from '../../../src/ingest/read/read-markdown.ts';

const seed = (head: string) => `# نواب وزراء خارجية روسيا وتركيا وإيران وسوريا يختتمون اجتماعاتهم في موسكو\n\n${head}\n\nاختتم نواب وزراء خارجية روسيا وتركيا وإيران وسوريا اليوم الثلاثاء اجتماعاتهم في موسكو.\n`;

describe("a Markdown seed's links to other stories", () => {
  it('are neither its address nor its sources, as a line or as a list under the marker', () => {
    for (const head of [
      'اقرأ أيضاً: [اجتماع عمان التشاوري](https://news.example/2023/05/01/amman/)',
      'اقرأ أيضاً:\n\n- [اجتماع عمان التشاوري](https://news.example/2023/05/01/amman/)\n- [لقاء جدة](https://news.example/2023/04/03/jeddah/)',
      '## مواضيع ذات صلة\n\n- [اجتماع عمان التشاوري](https://news.example/2023/05/01/amman/)',
    ]) {
      const read = readArticle('quartet.md', new TextEncoder().encode(seed(head)));
      expect(read.overrides.url, head).toBeUndefined();
      expect(read.links ?? [], head).toEqual([]);
    }
  });

  it('but its own address at its head, and a link in a sentence of the story, stay', () => {
    const own = readArticle('quartet.md', new TextEncoder().encode(seed('[المصدر](https://news.example/2023/04/04/moscow-quartet/)')));
    expect(own.overrides.url).toBe('https://news.example/2023/04/04/moscow-quartet/');
    const inline = readMarkdown(seed('وقالت [الخارجية الروسية](https://mid.example/statement) إن الاجتماع كان بناءً.'));
    expect(inline.links).toEqual(['https://mid.example/statement']);
    // After a list of other stories, the story's own paragraph with a link is the story's again.
    const after = readMarkdown(`${seed('اقرأ أيضاً:\n\n- [لقاء جدة](https://news.example/2023/04/03/jeddah/)')}\nوقالت [الخارجية الروسية](https://mid.example/statement) إن الاجتماع كان بناءً.\n`);
    expect(after.links).toEqual(['https://mid.example/statement']);
  });
});
