// «اقرأ أيضاً:» and a list of other stories' headlines in the middle of a story, then the story again with a
// sentence that goes on from it («وشارك في الجولة وفد أممي …»): the run after the marker ended only at a
// paragraph of fifteen words or more, so a Markdown seed (its paragraphs one line each) lost every later
// paragraph of its story. Invented (hunt 21).
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../src/ingest/read/read-article.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';

const MD = `---
title: ختام أستانا 15
---

سوتشي - اختتمت اليوم الأربعاء الجولة الخامسة عشرة من محادثات أستانا في سوتشي، وأكدت الدول الضامنة دعمها لعمل اللجنة الدستورية.

اقرأ أيضاً:
- [بيدرسن يحذر](https://example.org/a)
- [روسيا تستضيف](https://example.org/b)

وشارك في الجولة وفد أممي برئاسة بيدرسن، فيما غاب المراقبون الأردنيون عن الجلسة العامة.

وقال لافرنتييف إن الجولة المقبلة ستعقد في أستانا.
`;

describe('a story that goes on after a «read also» list', () => {
  const read = readArticle('astana-15.md', Buffer.from(MD));
  const text = cleanArticle(read.text, read.bodyOffset).text.text;
  it('keeps its later paragraphs', () => {
    expect(text).toContain('وشارك في الجولة وفد أممي برئاسة بيدرسن');
    expect(text).toContain('وقال لافرنتييف إن الجولة المقبلة ستعقد في أستانا');
  });
  it('and drops the list', () => {
    expect(text).not.toContain('بيدرسن يحذر');
    expect(text).not.toContain('روسيا تستضيف');
  });
});
