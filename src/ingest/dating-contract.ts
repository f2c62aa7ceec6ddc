// The date engine's contract (BRIEF: "The date engine ↔ pipeline contract"), as the pipeline codes
// against it. The engine lives in src/ingest/time/ and is loaded by cli-main.ts; the pipeline only needs
// the function's type, so a build without the engine still writes undated articles.
export type { ArticleAnchor, DatingMessage, DatingResult, Evidence, ResolvedDate, RoundRef, TimeExpression } from './time/types.ts';
import type { DatingResult, RoundRef } from './time/types.ts';

export type DateArticle = (text: string, options: { published?: string | undefined; url?: string | undefined; metaPublished?: { day: string; field: string } | undefined; rounds: RoundRef[] }) => DatingResult;
