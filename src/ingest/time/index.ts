// The Arabic date engine: dateArticle and the contract types shared with the pipeline.
export { dateArticle } from './date-article.ts';
export type {
  ArticleAnchor, DatingMessage, DatingOptions, DatingResult, Evidence, ResolvedDate, RoundRef, TimeExpression,
} from './types.ts';
