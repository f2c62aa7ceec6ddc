// The same article written the ways other outlets write it dates the same: Arabic-Indic or Persian
// digits, Persian letters, tatweel, «آستانة» and «جينيف», no-break spaces, Windows line ends. Run on the
// seeds and both held-out sets as the pipeline reads them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG_ROUNDS as rounds } from './fixtures.ts';
import { readArticle } from '../../../src/ingest/read/read-article.ts';
import { cleanArticle } from '../../../src/ingest/clean/clean-article.ts';
import { dateArticle } from '../../../src/ingest/time/index.ts';


const VARIANTS: Record<string, (t: string) => string> = {
  'Arabic-Indic digits': (t) => t.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[+d]!),
  'Persian digits and letters': (t) => t.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!).replace(/ي/g, 'ی').replace(/ك/g, 'ک'),
  'tatweel after the article': (t) => t.replace(/(ال)(\p{L})/gu, '$1ـ$2'),
  '«آستانة»': (t) => t.replace(/أستانا/g, 'آستانة'),
  '«جينيف»': (t) => t.replace(/جنيف/g, 'جينيف'),
  'no-break spaces': (t) => t.replace(/ /g, '\u00a0'),
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
};

const files = ['tests/fixtures/heldout', 'tests/fixtures/heldout-2', 'seeds']
  .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)))
  .filter((p) => existsSync(p));

function dayOf(file: string, text: string): string | null {
  const read = readArticle(file, Buffer.from(text));
  const clean = cleanArticle(read.text, read.bodyOffset);
  return dateArticle(clean.text.text, { rounds }).anchor?.edtf ?? null;
}

describe.each(Object.entries(VARIANTS))('written with %s', (_name, variant) => {
  it('every article dates as written plainly', () => {
    const changed = files.map((f) => {
      const text = readFileSync(f, 'utf8');
      const plain = dayOf(f, text);
      const other = dayOf(f, variant(text));
      return plain === other ? null : `${f}: ${plain} → ${other}`;
    }).filter((x) => x !== null);
    expect(changed).toEqual([]);
  });
});

describe('a number written onto the word before it', () => {
  // Riyadh 2 met on 22-24 November 2017. Some outlets run a number onto the word before it.
  const exprs = (text: string) => dateArticle(text, { rounds, published: '2017-12-01' }).expressions;
  it('is a number of its own: «الرياض2» is Riyadh 2, quoted as written', () => {
    const riyadh = exprs('انسحب الوفد احتجاجا على بيان الرياض2 الصادر عن المعارضة.').find((e) => e.kind === 'round');
    expect(riyadh).toMatchObject({ text: 'الرياض2', stated: { roundId: 'riyadh-2017' } });
  });
  it('and «في31» a day after its preposition', () => {
    const day = exprs('دخلت الهدنة حيز التنفيذ في31 تشرين الأول الماضي.').find((e) => e.kind === 'date');
    expect(day).toMatchObject({ text: '31 تشرين الأول الماضي', stated: { day: 31, month: 10 } });
  });
  it('a prefix written onto a number stays on it', () => {
    expect(exprs('انطلقت الجولة الـ7 من محادثات أستانا.').find((e) => e.kind === 'round')).toMatchObject({ text: 'الجولة الـ7', stated: { round: 7 } });
  });
});
