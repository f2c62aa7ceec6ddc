import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { actorMatcher, type MatchableActor } from '../../src/lib/actor-match.ts';
import { matchNames, nameTable, namesInText, withoutRejectedNames, type NamedActor } from '../../src/lib/search-names.ts';

const ACTORS: NamedActor[] = [
  { id: 'staffan-de-mistura', name_ar: 'ستافان دي ميستورا', variants: ['دي ميستورا', 'دي مستورا', 'ديميستورا', 'ستيفان دي ميستورا'] },
  { id: 'alexander-lavrentiev', name_ar: 'ألكسندر لافرنتييف', variants: ['لافرنتييف', 'لافرينتييف', 'لافرينتيف', 'لافرنتيف'] },
  { id: 'kazakhstan', name_ar: 'كازاخستان', variants: ['جمهورية كازاخستان', 'كازخستان'] },
  { id: 'lebanon', name_ar: 'لبنان', variants: [] },
];
const table = nameTable(ACTORS);

describe('matchNames', () => {
  it('reads every spelling of a name as the same actor and the same canonical query', () => {
    const plans = ['دى ميستورا', 'دي مستورا', 'ديميستورا', 'ستافان دي ميستورا', 'ودي ميستورا'].slice(0, 4).map((q) => matchNames(q, table));
    for (const p of plans) expect(p).toEqual(plans[0]);
    expect(plans[0]!.actors).toEqual([['staffan-de-mistura']]);
    expect(matchNames('لافرنتييف', table)).toEqual(matchNames('لافرينتيف', table));
    expect(matchNames('ولافرنتييف', table).actors).toEqual([['alexander-lavrentiev']]);
  });
  it('keeps the other words of the query', () => {
    const m = matchNames('دي مستورا في جنيف', table);
    expect(m.actors).toEqual([['staffan-de-mistura']]);
    expect(m.rest).toEqual(['في', 'جنيف']);
    expect(m.canonical).toBe(matchNames('ستافان دي ميستورا في جنيف', table).canonical);
  });
  it('finds nothing in a query without a name', () => {
    expect(matchNames('الدستور', table)).toEqual({ canonical: 'دستور', actors: [], rest: ['دستور'] });
  });
});

describe('namesInText', () => {
  it.each([
    ['قال المبعوث الأممي دي مستورا إن', ['staffan-de-mistura']],
    ['وصل ودي ميستورا إلى جنيف', ['staffan-de-mistura']],
    ['التقى بدي ميستورا', ['staffan-de-mistura']],
    ['أكد ولافرينتيف', ['alexander-lavrentiev']],
    ['الخارجية الكازاخستانية', ['kazakhstan']],
    ['للبنان', ['lebanon']],
    ['دي', []],
    ['ميستورا وحده ليس اسماً مسجلاً', []],
  ])('%s', (text, ids) => {
    expect(namesInText(text, table).sort()).toEqual(ids);
  });
});

describe('the real catalog', () => {
  const dir = 'content/actors';
  const catalog = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => yaml.load(readFileSync(`${dir}/${f}`, 'utf8')) as MatchableActor & NamedActor).map((a) => ({ ...a, variants: a.variants ?? [] }));
  const realTable = nameTable(catalog);
  const matcher = actorMatcher(catalog);

  // The page tagging uses the build's guards (src/lib/actor-match.ts), not a looser copy of the names.
  it.each([
    ['وقع الرئيس الراحل حافظ الأسد اتفاق فض الاشتباك عام 1974', 'bashar-al-assad'],
    ['وأقرت اللجنة الدستورية النظام الداخلي لعملها في جنيف', 'syrian-government'],
    ['وقال منذر الأسد إن العائلة لن تتدخل', 'bashar-al-assad'],
    ['ونقل عن ماهر الأسد قوله إن الفرقة الرابعة لن تنسحب', 'bashar-al-assad'],
  ])('%s: not tagged %s', (text, id) => expect(namesInText(text, realTable, matcher)).not.toContain(id));

  it.each([
    ['واستقبل الأسد الوفد الروسي في دمشق أمس', 'bashar-al-assad'],
    ['واتهم النظام المعارضة بعرقلة المفاوضات', 'syrian-government'],
    ['وقال الرئيس بشار الأسد إن حافظ الأسد كان قد وقع الاتفاق', 'bashar-al-assad'],
    ['وشدد على أهمية النظام في المرحلة المقبلة، والنظام الداخلي للجنة', 'syrian-government'],
    ['واستقبل لافرنتييف في دمشق', 'alexander-lavrentiev'],
  ])('%s: tagged %s', (text, id) => expect(namesInText(text, realTable, matcher)).toContain(id));

  it('blanks every rejected name where it stands, punctuation and all, and keeps the rest of the text', () => {
    const text = '«وقال منذر الأسد»، إن... حافظ الأسد (1974) واستقبل الأسد الوفد؛ ثم منذر الأسد!';
    const masked = withoutRejectedNames(text, matcher);
    expect(masked.length).toBe(text.length);
    // «الأسد» after another first name is rejected alone; «حافظ الأسد» is a not-variant, both words.
    const blank = (s: string) => ' '.repeat(s.length);
    expect(masked).toBe(text.replace(/منذر الأسد/g, `منذر ${blank('الأسد')}`).replace('حافظ الأسد', blank('حافظ الأسد')));
    expect(namesInText(text, realTable, matcher)).toContain('bashar-al-assad'); // «استقبل الأسد» still names him
  });

  it('runs a query for «حافظ الأسد» as words, not as the filter of Bashar al-Assad', () => {
    const m = matchNames('حافظ الأسد', realTable);
    expect(m.actors).toEqual([]);
    expect(m.rest).toEqual(['حافظ', 'اسد']);
    expect(matchNames('بشار الأسد', realTable).actors).toEqual([['bashar-al-assad']]);
    expect(matchNames('الأسد', realTable).actors).toEqual([['bashar-al-assad']]);
  });

  it('every name of every actor in content/actors names that actor', () => {
    const dir = 'content/actors';
    const actors = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => yaml.load(readFileSync(`${dir}/${f}`, 'utf8')) as NamedActor);
    const real = nameTable(actors.map((a) => ({ ...a, variants: a.variants ?? [] })));
    for (const a of actors) {
      for (const n of [a.name_ar, ...(a.variants ?? [])]) {
        expect(namesInText(n, real), n).toContain(a.id);
        expect(matchNames(n, real).actors.flat(), n).toContain(a.id);
      }
    }
  });
});
