import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { blockYaml, DUMP_OPTIONS, yamlScalar } from '../../../src/ingest/write/block-yaml.ts';

// blockYaml stands in for js-yaml's dump: wherever it answers, it must answer as the dump does.
const dump = (value: unknown) => yaml.dump(JSON.parse(JSON.stringify(value)), DUMP_OPTIONS);
const CONTENT = new URL('../../../content/', import.meta.url);

describe('blockYaml', () => {
  it('writes the front matter of every published article and entry as it is on disk', () => {
    const files = ['articles', 'entries'].flatMap((dir) => readdirSync(new URL(`${dir}/`, CONTENT)).map((f) => readFileSync(new URL(`${dir}/${f}`, CONTENT), 'utf8')));
    expect(files.length).toBeGreaterThan(20);
    for (const text of files) {
      const front = text.slice(4, text.indexOf('\n---\n', 4) + 1);
      expect(blockYaml(yaml.load(front) as Record<string, unknown>)).toBe(front);
    }
  });

  it('agrees with js-yaml on random documents of strings, numbers, booleans, lists and mappings', () => {
    const piece = fc.constantFrom(...'ابتجحدرسعفقكلمنهويءآأإةى٠١2 ..,،؛:؟?!()«»"“”\'-/%$@#*&|=>[]{}`~\u00A0xyzneo'.split(''), ': ', ' #', 'no', 'yes', 'null', '2017-12-20', '0.5', '1e3', '0x1f', '<<', '\n', '\t', '😀', 'true', 'off', 'on', 'y', 'e', '-', 'ab', '1', '0', 'round-opening');
    const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const key = fc.constantFrom('id', 'title', 'n', 'y', 'quote', 'says', 'date', 'on', 'a b', 'key:', '_x');
    const leaf = fc.oneof(text, fc.integer({ min: -5, max: 2000 }), fc.double({ min: -2, max: 2, noNaN: true }), fc.boolean(), fc.constant(undefined), fc.constant(null));
    const doc = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('value'), { maxLength: 3 }), tie('map')),
      map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    })).map as fc.Arbitrary<Record<string, unknown>>;
    let answered = 0;
    fc.assert(fc.property(doc, (fields) => {
      const out = blockYaml(fields);
      if (out === null) return;
      answered++;
      expect(out).toBe(dump(fields));
    }), { numRuns: 5000 });
    expect(answered).toBeGreaterThan(1000);
  });

  it('quotes what the dump quotes, and leaves line breaks and controls to it', () => {
    for (const s of ['لافروف: الجولة المقبلة', 'عدد #3', 'عدد#3', "الـ'ثامنة'", '-بيان', 'نص ', '2017-12-20', 'no', 'statement', 'a: b'])
      expect(yamlScalar(s)).toBe(dump(s).slice(0, -1));
    expect(yamlScalar('سطر\nسطر')).toBeNull();
    expect(yamlScalar('تبويب\tهنا')).toBeNull();
  });
});
