import type { ArticleState } from '../article-state.ts';

/** An article page's front matter (contract field order) and its story paragraphs. */
export interface ArticleRecord {
  fields: Record<string, unknown>;
  paragraphs: string[];
}

const TITLE_WORDS = 12;

/** The article's front matter and body from what the stages found; published stays absent when undated. */
export function renderArticle(state: ArticleState): ArticleRecord {
  const read = state.read!;
  const clean = state.clean!;
  const paragraphs = clean.paragraphs.map((p) => clean.text.text.slice(p.start, p.end));
  const fallbackTitle = (paragraphs[0] ?? '').split(/\s+/u).slice(0, TITLE_WORDS).join(' ');
  const anchor = state.dating?.anchor ?? null;
  const fields: Record<string, unknown> = {
    id: read.id,
    source: read.source,
    title: read.overrides.title ?? clean.title ?? (fallbackTitle || read.id),
    outlet: read.overrides.outlet ?? clean.outlet ?? undefined,
    url: read.overrides.url,
    links: read.links && read.links.length > 0 ? read.links : undefined,
    // Only when the licence allows it does the article page show the whole text (README, "Seed formats").
    republish: read.overrides.republish ? true : undefined,
    language: clean.language.language,
    published: anchor?.edtf,
    dateCertainty: anchor?.certainty,
    relevant: state.relevance ? state.relevance.relevant : clean.language.language === 'ar',
    datedBy: anchor
      ? {
          method: anchor.method,
          confidence: Math.round(anchor.confidence * 100) / 100,
          evidence: anchor.evidence.map((e) => ({ quote: e.quote, says: e.says, note: e.note })),
          conflicts: anchor.conflicts.map((e) => ({ quote: e.quote, says: e.says, note: e.note })),
        }
      : state.dating
        ? { method: 'none', confidence: 0, evidence: [], conflicts: [], note: 'no date evidence in the text; add published: to the front matter' }
        : undefined,
  };
  return { fields, paragraphs };
}
