// A round awaited: «جولة أخرى من مباحثات عملية أستانا، المقرر أن تبدأ يوم غد الخميس». Another round is
// the story's round, and the day after «المقرر أن» is that round's, not a report's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dateArticle, type RoundRef } from '../../src/ingest/time/index.ts';

const rounds = readdirSync('content/rounds').filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => yaml.load(readFileSync(join('content/rounds', f), 'utf8')) as RoundRef);

describe('another round', () => {
  it('is a round of the track named, as a new one is', () => {
    const r = dateArticle('تتهيأ العاصمة لاحتضان جولة أخرى من محادثات أستانا.', { rounds });
    expect(r.expressions.find((e) => e.kind === 'round')).toMatchObject({ text: 'جولة أخرى من محادثات أستانا', stated: { track: 'astana', rel: 0 } });
  });
});
