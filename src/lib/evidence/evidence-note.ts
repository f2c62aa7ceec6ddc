// What a piece of the date engine's evidence says, as data: a code and the fields its sentences need.
// The engine builds these (src/ingest/time/anchor/clues-*.ts); explain-note.ts renders each code in
// English for the maintainer's diagnostics and in Arabic for the reader, from one table that the
// compiler checks covers every code. Dates are EDTF strings, weekdays 0 (Sunday) to 6.

/** A round of the catalog with the days the evidence points at (EDTF, one day or a span). */
/** `planned`: the days the round was announced for before it was put off, not those it was held on. */
export interface RoundAt { id: string; span: string; planned?: boolean }

/** Which of a round's days: its opening or close, its Nth day, any of its days, or days off an edge. */
export interface RoundPoint {
  edge: 'opening' | 'close';
  nth?: number;
  /** Any one of the round's days («عقدت الجولة … في 22 ديسمبر»). */
  during?: boolean;
  /** Days after (positive) or before (negative) the edge. */
  shift?: number;
  /** The shift told hedged: about so many days («نحو أسبوعين»), more («أكثر من أسبوع»), or a few («بضعة أيام»:
   *  the shift is the fewest, three). */
  hedge?: 'about' | 'more' | 'few';
  /** A day at most this many days before the opening, or its own («قبل انطلاق الجولة»: 7; «قبيل»: 1). */
  ahead?: number;
  /** One of the days of the round's Nth week («تدخل المفاوضات أسبوعها الثاني»). */
  week?: number;
  /** The eve or the first day: a journey to the meeting («يصل اليوم … للمشاركة في القمة»). */
  arrival?: boolean;
  /** Some days after the edge, not on it («منذ انتهاء الجولة»). */
  since?: boolean;
}

export type EvidenceNote =
  | { code: 'weekday-offset'; article: number; offset: number; named: number }
  | { code: 'weekday-tense'; weekday: number; tense: 'past' | 'future' }
  | { code: 'weekday-both'; weekday: number }
  | { code: 'updated'; day: string }
  | { code: 'header-day'; day: string }
  | { code: 'accessed-day'; day: string }
  | { code: 'archived-day'; day: string }
  | { code: 'page-top-day'; day: string }
  | { code: 'page-foot-day'; day: string }
  | { code: 'page-top-day-month'; day: number; month: number }
  | { code: 'states-date'; day: string }
  | { code: 'dateline'; date: string }
  | { code: 'weekday-of-date'; date: string }
  | { code: 'calendar-date'; date: string; side: 'before' | 'after' | 'near' }
  | { code: 'states-day-month' }
  | { code: 'apposed-distance'; days: number }
  | { code: 'apposed-week'; rel: -1 | 1 }
  | { code: 'dateline-day-month' }
  | { code: 'weekday-fits-years' }
  | { code: 'current-month'; month: number }
  | { code: 'named-period'; period: 'year' | 'month'; rel: -1 | 0 | 1; named: string; article: string }
  | { code: 'paired-month'; rel: -1 | 0 | 1; named: number; article: number }
  | { code: 'paired-year'; rel: -1 | 1; named: number; article: number }
  | { code: 'dated-counted-month'; rel: -1 | 1; month: number; year: number; article: string }
  | { code: 'day-to-come' }
  | { code: 'recent-date'; side: 'before' | 'after' | 'near' }
  | { code: 'catalog-days'; rounds: RoundAt[] }
  | { code: 'tie-offset'; point: RoundPoint; rounds: RoundAt[]; offset: number }
  | { code: 'tie-weekday'; point: RoundPoint; rounds: RoundAt[]; side?: 'coming' | 'past' }
  | { code: 'tie-date'; point: RoundPoint; rounds: RoundAt[] }
  | { code: 'edge-news'; point: RoundPoint; rounds: string[]; today: boolean }
  | { code: 'near-round'; rounds: string[]; upcoming: boolean }
  /** The anniversary's days: `today` when the text says the story's day is the anniversary itself. */
  | { code: 'anniversary'; years: number; edge: 'opening' | 'close'; rounds: RoundAt[]; today: boolean }
  | { code: 'era'; era: string }
  | { code: 'war-age'; years: number }
  | { code: 'war-entered'; years: number; day: string }
  | { code: 'url-day'; day: string }
  | { code: 'url-month'; month: string }
  | { code: 'meta'; field: string; day: string };

export type EvidenceCode = EvidenceNote['code'];
