// Rounds named without a number: "جولة جديدة من محادثات أستانا"، "الجولة المقبلة من مفاوضات جنيف"،
// "الاجتماع السابق بصيغة أستانا", and a track's talks as such ("محادثات أستانا"، "اجتماعات اللجنة
// الدستورية"). They mean some round of that track: the candidates are all of its rounds, narrowed by
// the qualifier (next, previous) and by the days the text ties to them. A track's talks named with no
// round word are `loose`: they date nothing unless an opening or closing is told of them.
import { foldArabic } from '../../../lib/arabic-fold.ts';
import type { Parsed, Parser } from '../types.ts';
import { TRACK_WORDS, WORD_END, WORD_START, alternation, foldedLookup } from '../constants.ts';
import { ROUND_WORD_RE } from './pieces.ts';
import { MEETING_VERBS, formsOf } from '../../../lib/lexicon/meeting-verbs.ts';

const QUALIFIERS: Record<string, -1 | 0 | 1> = {
  'جديدة': 0, 'جديد': 0, 'الجديدة': 0, 'الجديد': 0, 'الحالية': 0, 'الحالي': 0, 'الراهنة': 0,
  'المقبلة': 1, 'المقبل': 1, 'القادمة': 1, 'القادم': 1, 'التالية': 1, 'التالي': 1, 'مقبلة': 1, 'قادمة': 1, 'المرتقبة': 1, 'المرتقب': 1,
  'السابقة': -1, 'السابق': -1, 'الماضية': -1, 'الماضي': -1, 'الأخيرة': -1, 'الأخير': -1, 'الفائتة': -1, 'المنصرمة': -1,
};
const QUALIFIER = foldedLookup(QUALIFIERS);
/** A city hosting the talks names a round of its track: the hosting verbs in every tense. */
const HOSTING = MEETING_VERBS.filter((v) => v.perfect === 'احتضن' || v.perfect === 'استضاف').flatMap((v) => { const f = formsOf(v); return [...f.past, ...f.present, ...f.future]; });
const HOSTED_SUBJECT = ['السلام', 'السورية', 'السوري', 'بشأن سوريا', 'حول سوريا', 'بشأن سورية', 'حول سورية', 'المرتقبة', 'المقبلة'];
const TALKS_NOUNS = ['محادثات', 'مفاوضات', 'مباحثات', 'اجتماعات', 'مشاورات', 'المحادثات', 'المفاوضات', 'المباحثات', 'الاجتماعات', 'مسار', 'صيغة', 'عملية', 'لمحادثات', 'لمفاوضات', 'لاجتماعات', 'لمباحثات'];
/** Words that may stand between the round and its track: a link, a talks noun, the subject. */
const LINKS = ['من', 'ضمن', 'في إطار', 'حول', 'بشأن', 'سوريا', 'سورية', 'السورية', 'التسوية', 'الأزمة', 'الدولية', 'الدولي', 'بصيغة', 'وفق', ...TALKS_NOUNS];
const TRACKS: [string, string[]][] = [
  ['astana', TRACK_WORDS.astana!.filter((w) => !/كازاخ/u.test(foldArabic(w)))],
  ['geneva', TRACK_WORDS.geneva!],
  ['constitutional-committee', ['اللجنة الدستورية', 'لجنة مناقشة الدستور', 'للجنة الدستورية', 'الهيئة المصغرة']],
];
const TRACK_OF = new Map<string, string>();
for (const [track, words] of TRACKS) for (const w of words) TRACK_OF.set(foldArabic(w).replace(/\s+/g, ' '), track);
const TRACK_RE = alternation(TRACKS.flatMap(([, w]) => w));
const LINKS_RE = alternation(LINKS);
/** Not "أستانا 9" or "جنيف-8" (the numbered round parser reads those), nor a dateline "أستانا 14 مايو". */
const NO_NUMBER = '(?!\\s*[-–ـ]?\\s*\\d)';

const SOURCE = WORD_START + `(?:` +
  `(?<w>${ROUND_WORD_RE})\\s+(?<q>${alternation(Object.keys(QUALIFIERS))})(?:\\s+(?:${LINKS_RE})){1,8}\\s+[بل]?(?<t1>${TRACK_RE})${NO_NUMBER}` +
  `|(?<n>${alternation(TALKS_NOUNS)})\\s+(?:(?:${alternation(['صيغة', 'بصيغة', 'مسار'])})\\s+)?[بل]?(?<t2>${TRACK_RE})${NO_NUMBER}` +
  // "المحادثات السورية التي تحتضنها أستانة"، "محادثات السلام التي ستستضيفها العاصمة الكازاخية أستانا"
  `|(?<h>${alternation(TALKS_NOUNS)})(?:\\s+(?:${alternation(HOSTED_SUBJECT)})){0,3}\\s+(?:${alternation(['التي', 'الذي'])})\\s+(?:${alternation(HOSTING)})(?:ها|ه)\\s+(?:(?:${alternation(['مدينة', 'العاصمة', 'الكازاخية', 'الكازاخستانية', 'السويسرية'])})\\s+){0,2}(?<t3>${TRACK_RE})${NO_NUMBER}` +
  `)` + WORD_END;

export const unnumberedRound: Parser = {
  name: 'unnumbered-round',
  pattern: () => new RegExp(foldArabic(SOURCE), 'gu'),
  // Every match opens with a round word or a talks noun (with و/ف/ب/ل before it at most).
  trigger: { re: new RegExp(foldArabic(`${ROUND_WORD_RE}|${alternation(TALKS_NOUNS)}`), 'gu'), lookback: 3 },
  extract(m): Parsed | null {
    const g = m.groups ?? {};
    const word = (g.t1 ?? g.t2 ?? g.t3 ?? '').replace(/\s+/g, ' ');
    const track = TRACK_OF.get(word);
    if (!track) return null;
    const rel = g.q ? QUALIFIER.get(g.q.replace(/\s+/g, ' ')) : undefined;
    return {
      start: m.index, end: m.index + m[0].length, kind: 'round', parser: 'unnumbered-round',
      stated: { track, ...(rel !== undefined ? { rel } : {}), ...(g.w || g.h ? {} : { loose: true }) },
    };
  },
};
