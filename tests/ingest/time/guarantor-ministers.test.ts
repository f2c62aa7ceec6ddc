// The guarantors' foreign ministers' meeting told by who it brings together: the Russian minister by
// name, the two others by title («ووزيري الخارجية التركي والإيراني») or by name. Invented sentences.
import { describe, expect, it } from 'vitest';
import { dateArticle } from '../../../src/ingest/time/index.ts';
import { CATALOG_ROUNDS } from './fixtures.ts';

const meetings = (text: string) => dateArticle(text, { rounds: CATALOG_ROUNDS }).expressions.filter((e) => e.kind === 'round' && e.stated.track === 'summits' && e.stated.loose === true);

describe('a meeting gathering the three foreign ministers', () => {
  it('dates the Geneva meeting of December 2018 told by its ministers', () => {
    // Tuesday 18 December 2018, told the next morning.
    const text = 'أعلنت الدول الثلاث أمس الثلاثاء أنها ستعمل لعقد أول جلسة للجنة الدستورية. وكان المبعوث الأممي دي ميستورا قد دعا الثلاثاء في جنيف إلى لقاء يضم سيرغي لافروف ووزيري الخارجية التركي والإيراني مولود جاويش أوغلو ومحمد جواد ظريف، لبحث تشكيل اللجنة الدستورية.';
    expect(dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2018-12-19');
  });

  it('reads the ministers by name or by title, each kind of meeting its own', () => {
    expect(meetings('عقد في جنيف اجتماع يجمع لافروف وجاويش أوغلو وجواد ظريف.')).toHaveLength(1);
    expect(meetings('عقد اجتماع يضم وزراء خارجية روسيا وتركيا وإيران.')).toHaveLength(1);
    expect(meetings('عقد لقاء يضم لافروف ووزير خارجية تركيا.')).toHaveLength(0);
    // A president and two ministers are neither a summit nor a ministers' meeting.
    expect(meetings('وتحدث عن لقاء يجمع بوتين ووزيري الخارجية التركي والإيراني.')).toHaveLength(0);
  });

  it('reads one list of who meets, not a second meeting after a comma', () => {
    expect(meetings('وعقد في موسكو لقاء يجمع لافروف ونظيره التركي جاويش أوغلو، فيما التقى عبد اللهيان نظيره السوري.')).toHaveLength(0);
    expect(meetings('وعقد لقاء يجمع لافروف، وجاويش أوغلو، وعبد اللهيان.')).toHaveLength(1);
  });
  it('a summit with its ministers beside the presidents is still the summit', () => {
    // Tehran, Friday 7 September 2018: told the next day.
    expect(dateArticle('قمة طهران\nانعقدت أمس في العاصمة الإيرانية قمة تجمع بوتين وأردوغان وروحاني بحضور لافروف وجاويش أوغلو وجواد ظريف.', { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2018-09-08');
    // Names set apart by bare commas are one list too.
    expect(meetings('عقدت في طهران قمة تجمع بوتين، أردوغان، روحاني.')).toHaveLength(1);
  });

  it('the meeting starts at its first head: a day between the verb and them stays a day', () => {
    // Geneva, Tuesday 18 December 2018 (de Mistura's; the ministers met there again with Pedersen on 29
    // October 2019): «أمس» after «جمع» is the meeting's day.
    const r = dateArticle('اللجنة الدستورية\nقال المبعوث الأممي ستيفان دي ميستورا إن الاجتماع الذي جمع أمس في جنيف وزراء خارجية روسيا وتركيا وإيران لم يخرج باتفاق على أسماء اللجنة.', { rounds: CATALOG_ROUNDS });
    expect(r.anchor?.edtf).toBe('2018-12-19');
    expect(r.expressions.some((e) => e.kind === 'relative-day' && e.text === 'أمس')).toBe(true);
  });
  it('held in a city where none of its meetings met, is none of them', () => {
    // The South Caucasus «3+3» in Tehran (Monday 23 October 2023), its three guarantors among five: read as
    // any ministers' meeting of the three, its Monday and the era printed the deputies' Moscow meeting of
    // 3 April 2023.
    const text = 'اجتمع وزراء خارجية روسيا وتركيا وإيران وأذربيجان وأرمينيا في طهران اليوم الاثنين، بمشاركة وزير الخارجية الإيراني حسين أمير عبد اللهيان.';
    expect(dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor ?? null).toBeNull();
  });
});

describe('a place past a time counted off another event', () => {
  it('says nothing of where the meeting was held', () => {
    // The Sochi summit of Friday 5 August 2022, «less than three weeks after» Tehran: the city of the earlier
    // meeting left it no candidate, and it was refused.
    const text = 'عقدت اليوم الجمعة قمة سوتشي بين بوتين وأردوغان بعد أقل من ثلاثة أسابيع من لقائهما في طهران.';
    expect(dateArticle(text, { rounds: CATALOG_ROUNDS }).anchor?.edtf).toBe('2022-08-05');
  });
});
