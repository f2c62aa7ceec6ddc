// Contract types shared with the pipeline (see BRIEF "date engine ↔ pipeline contract") and the
// engine's internal shapes.
import type { EvidenceNote } from '../../lib/evidence/evidence-note.ts';

export interface RoundRef {
  id: string; track: string; number: number | null; start: string; end: string;
  /** Its number within its conference (Geneva II and III's sessions), `number` being the conference's. */
  session?: number;
  name_ar: string; aliases_ar: string[]; city_ar: string;
  /** The day it was declared formally open, when after its first day. */
  opened?: string;
  /** Days it was announced for before it was put off or brought forward. */
  /** `approximate`: a part of a month announced («أواخر تشرين الأول»), the opening somewhere in it. */
  scheduled?: { start: string; end: string; approximate?: boolean }[];
}
export interface ResolvedDate {
  edtf: string;
  certainty: 'exact' | 'range' | 'approximate';
  how: string;
}
export interface TimeExpression {
  start: number; end: number; text: string;
  kind: string;
  stated: Record<string, unknown>;
  roundId?: string;
  resolved: ResolvedDate | null;
}
/** One piece of date evidence: the words quoted, what they say as data, and the English of it. */
export interface Evidence { quote: string; says: string; note: EvidenceNote; start: number; end: number }
export interface ArticleAnchor {
  edtf: string;
  certainty: 'exact' | 'range';
  method: 'front-matter' | 'inferred';
  confidence: number;
  evidence: Evidence[];
  conflicts: Evidence[];
}
export interface DatingMessage { start: number; end: number; severity: 'error' | 'warning'; reason: string }
export interface DatingResult { anchor: ArticleAnchor | null; expressions: TimeExpression[]; messages: DatingMessage[] }
export interface DatingOptions {
  published?: string | undefined;
  rounds: RoundRef[];
  /** The article's address (front matter `url:`): its path often states the day. */
  url?: string | undefined;
  /** A web page's own publication date from its metadata (`day` YYYY-MM-DD, `field` the tag that gave it). */
  metaPublished?: { day: string; field: string } | undefined;
  /** The anchor model's parameters; the fitted ones by default (a fitting run tries others). */
  params?: DatingParams;
}

/** What an expression states, in numbers (chrono's "assign" values). Absent = not stated. */
export interface Stated {
  year?: number; month?: number; day?: number; dayEnd?: number;
  /** Month of dayEnd when a range crosses months ("30 أيار و3 حزيران"); the year rolls over after December. */
  monthEnd?: number;
  /** Qualifier on a month, weekday or period: -1 past (الماضي), 0 current (الجاري), 1 next (المقبل);
   *  for a duration its direction (-1 منذ/قبل, 1 بعد), its count being |offset| (0 = a few). A weekday's
   *  may be -2 or 2 («السبت قبل الماضي»، «الأحد بعد المقبل»): one week further. */
  rel?: -2 | -1 | 0 | 1 | 2;
  /** Part of a month or year as day bounds within a month ([21, 31] = late). */
  part?: [number, number];
  /** Offset in days of a relative day (أمس = -1). */
  offset?: number;
  /** Offset of the last day of a pair of relative days ("اليوم وغداً": 0 and 1). */
  offsetEnd?: number;
  weekday?: number;
  /** Last weekday of a pair of consecutive days ("يومي الخميس والجمعة"). */
  weekdayEnd?: number;
  /** Named beside a period counted from the article ("العام الماضي 2016"، "الشهر الجاري (أيار)"): which
   *  period and its count, so that the article's own year or month follows. */
  named?: { period: 'year' | 'month'; rel: -1 | 0 | 1;
    /** Named not beside it but by the same part of a month elsewhere in the text (bind-paired-month). */
    paired?: true };
  /** The year of a named month counted from the article's ("كانون الأول من العام الماضي" = -1). */
  yearRel?: -1 | 0 | 1;
  period?: 'day' | 'week' | 'month' | 'year';
  timeOfDay?: string;
  hijri?: { year: number; month?: number; day?: number };
  round?: number;
  track?: string;
  roundId?: string;
  /** Catalog meetings an alias shared by several names ("قمة أنقرة"): one of them. */
  roundIds?: string[];
  /** How the round names its track: 'after' = only a track attached after it counts ("رابع اجتماعات اللجنة الدستورية"), 'owner' = the track before it owns it ("اللجنة ... اجتماعها الأول"). */
  trackFrom?: 'after' | 'owner';
  /** The number is the track's name's («جنيف 3»، «أستانا-9»), not a round word's: a conference's number,
   *  where a round word's ordinal counts its sessions («الجولة الثانية من مفاوضات جنيف 3»). */
  byName?: boolean;
  /** A round named by its track's talks alone ("محادثات أستانا"): some round, dated only when its opening or closing is told. */
  loose?: boolean;
  /** The track named only by the city the talks are held in («المفاوضات … في جنيف»): a round of any track meeting there. */
  place?: boolean;
  /** A number written as digits only (28/11/2023) or an ISO stamp. */
  numeric?: boolean;
}

export type Kind =
  | 'date' | 'day-range' | 'month-part' | 'month' | 'numeric-date' | 'year' | 'hijri'
  | 'relative-day' | 'weekday' | 'relative-week' | 'relative-month' | 'relative-year' | 'round' | 'duration' | 'eve';

/** A parser's raw result, with offsets in the folded text. */
export interface Parsed {
  start: number; end: number;
  kind: Kind;
  stated: Stated;
  parser: string;
  /** A meeting whose words other meetings the catalog does not hold share («مؤتمر باريس حول سوريا»): it
   *  stands only where evidence of another kind leaves the story a span of at most this many days. */
  bounded?: number;
}

export interface ParseContext { folded: string; rounds: RoundRef[] }

export interface Trigger {
  re: RegExp;
  lookback: number;
  /**
   * A sticky pattern that matches at `at` exactly as the parser's whole pattern does, or null where that
   * surely fails: for a pattern too large to compile for a first article (the catalog's names), a pattern
   * of the few words that may match there.
   */
  patternAt?(text: string, at: number): RegExp | null;
}

/** A parser: a global regex over folded text and a function reading one match (null = not a date). */
export interface Parser {
  name: string;
  pattern(ctx: ParseContext): RegExp;
  /**
   * Optional fast regex for a word every match contains, and how far before that word a match can
   * start: the full pattern is then tried only near those words instead of at every position.
   */
  trigger?: Trigger;
  /** The same, for a parser whose words come from the context (the catalog's aliases). */
  triggerFor?(ctx: ParseContext): Trigger | undefined;
  extract(match: RegExpExecArray, ctx: ParseContext): Parsed | null;
}

/** A refiner takes every result and returns better ones (merged, filtered). */
export type Refiner = (results: Parsed[], ctx: ParseContext) => Parsed[];

export type DaySpan = [number, number];
export type Tense = 'past' | 'future' | null;

/** A round of the catalog that a round reference may mean, with how likely the text makes it. */
/** `planned`: days the round was announced for, not held (only the clues of a round still to come read them). */
export interface RoundCandidate { round: RoundRef; prior: number; start: number; end: number; planned?: boolean }

/** A parsed expression placed in its sentence, with the tense of its clause. */
export interface Expr extends Parsed {
  index: number;
  sentence: [number, number];
  tense: Tense;
  candidates: RoundCandidate[];
}

/** Where a clue comes from: its strength is fitted per family (anchor/fitted-params.ts). */
export type ClueFamily = 'stated' | 'stamp' | 'url' | 'dated-weekday' | 'loose-date' | 'current-month' | 'catalog'
  | 'relative-weekday' | 'weekday-tense' | 'tie' | 'edge' | 'near' | 'era' | 'meta' | 'recency';

/**
 * A piece of evidence about the article date D. `score(d, w)` is 0..1: how well D = d satisfies it,
 * `w` being the day chosen for the clue's weekday group (bare weekdays of one name are one day).
 */
export interface Clue {
  weight: number;
  family: ClueFamily;
  start: number; end: number; // folded offsets of the quote
  note: EvidenceNote;
  /** What to quote when the evidence is not in the text (the article's address). */
  quote?: string;
  /** For a clue without windows: the share of all days it holds on (a weekday 1/7), where known. */
  share?: number;
  /** Σ score over all days, where the builder knows it in closed form (a decay around candidate rounds). */
  mass?: number;
  /** The score is 1 on every day of the windows (a bound, not a shape): no need to ask it day by day. */
  flat?: boolean;
  windows: DaySpan[];         // days where D can be if this clue holds (empty: no bound, only a filter)
  /** Its narrow windows are one reading and its wide one another (a date above the headline: its day, or
   *  any day of the years before): the narrow ones are scored, and leave the other clues' days scored too. */
  either?: boolean;
  group?: number;             // weekday 0..6 when the clue is about a bare weekday
  /** How many days from its windows its slack reaches (7 when not given): a tie whose day is named with its
   *  weekday misses by a day at most (a catalog a day off, a report after midnight); further off, the
   *  weekday says the tie is wrong, not a little off. */
  slackDays?: number;
  score(d: number, w: number): number;
}

/** Parameters of the date engine's anchor model; their values are fitted (anchor/fitted-params.ts). */
export interface DatingParams {
  /** Sharpness: a clue of weight w multiplies a day's odds by e^(beta*w). */
  beta: number;
  /** Print a single day when its probability is at least this. */
  tau: number;
  /** Else print the shortest set of days holding this much probability, as an interval… */
  mass: number;
  /** …when that interval is at most this many days; else refuse. */
  maxIntervalDays: number;
  /** A round named with no day tied: weight, and decay scales in days before its opening, after its
   *  close, and before its opening when announced; `far`: the share of an announced round's weight
   *  spread evenly over the year before it (an announcement may come months ahead). */
  near: { weight: number; before: number; after: number; ahead: number; far: number };
  /** A round's opening or closing reported in the lead with no time word: weight and decay scale. */
  edge: { weight: number; scale: number };
  /** A full date with its weekday («قال يوم الاثنين 21 نوفمبر 2022»): decay scale in days from it, on
   *  the side its tense allows (a date to come: flat over the week before it). */
  dated: { scale: number };
  /** Share of a clue's weight spread over the week around its windows (it misses by a little). */
  slack: number;
  /** Multiplier of each family's clue weights (absent: 1). */
  strength: Partial<Record<ClueFamily, number>>;
}
