// The calendar and the feed over two builds of the fixture content, the second with one more article: a
// retrospective published in 2024 about a day of December 2017. Nothing already in the calendar may
// change its DTSTAMP; the new entry must lead the feed as new, though its event is seven years old.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, copyFixtureContent, ROOT } from './build-site.ts';

const WORK = resolve(ROOT, 'tests/.cache/exports');
const NEW_ARTICLE = 'seed-900-retrospective';
const NEW_ENTRY = '2017-12-22-astana-08-closes-retrospective';

const ARTICLE = `---
id: ${NEW_ARTICLE}
source: seeds/900_retrospective.txt
title: مسار أستانا بعد سبع سنوات
outlet: مسار
published: '2024-03-15'
dateCertainty: exact
relevant: true
---

في مراجعة لمسار أستانا، يذكّر التقرير بأن الجولة الثامنة اختُتمت يوم الجمعة الثاني والعشرين من كانون الأول 2017 ببيان مشترك للدول الضامنة.
`;

const ENTRY = `---
id: ${NEW_ENTRY}
date: '2017-12-22'
dateCertainty: exact
title: اختتام الجولة الثامنة من محادثات أستانا ببيان مشترك
kind: round-closing
round: astana-08
actors: []
places: []
sources:
  - article: ${NEW_ARTICLE}
    quote: يذكّر التقرير بأن الجولة الثامنة اختُتمت يوم الجمعة الثاني والعشرين من كانون الأول 2017 ببيان مشترك للدول الضامنة.
datedBy:
  expression: الثاني والعشرين من كانون الأول 2017
  resolution: a full date in the text
  article: ${NEW_ARTICLE}
flags: []
---

اختُتمت الجولة الثامنة من محادثات أستانا ببيان مشترك للدول الضامنة.
`;

/** UID → the event's lines, from an iCalendar file (folded lines joined again). */
function icsEvents(ics: string): Map<string, string[]> {
  const lines = ics.replace(/\r\n /g, '').split('\r\n');
  const events = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = [];
    else if (line === 'END:VEVENT' && current) {
      events.set(current.find((l) => l.startsWith('UID:'))!.slice(4), current);
      current = null;
    } else current?.push(line);
  }
  return events;
}
const field = (event: string[], name: string) => event.find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);
const uidOf = (id: string) => [...before.keys()].find((u) => u.startsWith(`entry-${id}@`));

let before: Map<string, string[]>;
let after: Map<string, string[]>;
let feedAfter: string;

beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  const a = copyFixtureContent(join(WORK, 'a'));
  astroBuild(a, join(WORK, 'dist-a'));
  const b = join(WORK, 'b');
  cpSync(a, b, { recursive: true });
  mkdirSync(join(b, 'entries'), { recursive: true });
  writeFileSync(join(b, 'articles', `${NEW_ARTICLE}.mdx`), ARTICLE);
  writeFileSync(join(b, 'entries', `${NEW_ENTRY}.mdx`), ENTRY);
  astroBuild(b, join(WORK, 'dist-b'));
  before = icsEvents(readFileSync(join(WORK, 'dist-a', 'entries.ics'), 'utf8'));
  after = icsEvents(readFileSync(join(WORK, 'dist-b', 'entries.ics'), 'utf8'));
  feedAfter = readFileSync(join(WORK, 'dist-b', 'feed.xml'), 'utf8');
}, 300_000);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('entries.ics', () => {
  it('keeps every event\'s DTSTAMP when an article it does not quote is added', () => {
    expect(before.size).toBeGreaterThan(0);
    for (const [uid, event] of before) expect(field(after.get(uid)!, 'DTSTAMP'), uid).toBe(field(event, 'DTSTAMP'));
    expect(after.size).toBe(before.size + 1);
  });

  it('stamps an entry with the publication day of the articles it quotes', () => {
    const added = [...after].find(([uid]) => uid.startsWith(`entry-${NEW_ENTRY}@`))?.[1];
    expect(added && field(added, 'DTSTAMP')).toBe('20240315T000000Z');
    // Quoted by seed-001 (2017-12-21) and seed-003 (2017-12-21): its stamp is theirs, not the newest article's.
    expect(field(before.get(uidOf('2017-12-21-astana-08-opens')!)!, 'DTSTAMP')).toBe('20171221T000000Z');
  });

  it('marks an entry whose day is unknown as tentative, with a note, and a dated one as confirmed', () => {
    const range = before.get(uidOf('2019-07-abu-al-zandin-exchange')!)!;
    expect(field(range, 'STATUS')).toBe('TENTATIVE');
    expect(field(range, 'TRANSP')).toBe('TRANSPARENT');
    expect(field(range, 'DESCRIPTION')).toContain('اليوم الدقيق غير معروف');
    const exact = before.get(uidOf('2017-12-21-astana-08-opens')!)!;
    expect(field(exact, 'STATUS')).toBe('CONFIRMED');
    expect(field(exact, 'DESCRIPTION')).not.toContain('اليوم الدقيق غير معروف');
  });
});

describe('feed.xml', () => {
  it('puts a new entry about 2017 first, updated on the day its article was published', () => {
    const first = /<entry>(.*?)<\/entry>/.exec(feedAfter)?.[1] ?? '';
    expect(first).toContain(`/entries/${NEW_ENTRY}/`);
    expect(first).toContain('<updated>2024-03-15T00:00:00Z</updated>');
    expect(/<\/author>/.test(feedAfter) && /<feed[^>]*>.*?<updated>2024-03-15T00:00:00Z<\/updated>/.test(feedAfter)).toBe(true);
  });
});
