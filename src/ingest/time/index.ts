// The Arabic date engine: dateArticle and the contract types shared with the pipeline.
//
// dateArticle(text, { published?, rounds }) → { anchor, expressions, messages }
// - anchor: the article's own date (front matter when valid, else inferred from the text's evidence),
//   a day or an interval; null with an error message when the text cannot date the article.
// - expressions: every temporal expression, `text` an exact slice of the input, `stated` what the text
//   says (day, month, year, rel -1/0/1, part, offset, weekday, round, track, tense), `resolved` its
//   EDTF date against the anchor. Kinds: date, day-range, month, month-part, numeric-date, year,
//   hijri, relative-day, weekday, relative-week, relative-month, relative-year, duration, eve, round.
// - messages: errors (no evidence, invalid published) and warnings (strong evidence that disagrees).
export { dateArticle } from './date-article.ts';
export type {
  ArticleAnchor, DatingMessage, DatingOptions, DatingResult, Evidence, ResolvedDate, RoundRef, TimeExpression,
} from './types.ts';
