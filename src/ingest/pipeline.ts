// The build step at a glance: every article goes through ARTICLE_STAGES on its own (so an unchanged
// article can be skipped and a bad one cannot stop the others), then the corpus is merged and rendered.
import { articleSchema, entrySchema } from '../lib/schemas.ts';
import type { ArticleStage, ArticleState, PipelineContext } from './article-state.ts';
import { cleanStage, relevanceStage } from './clean/clean-stage.ts';
import type { Diagnostic } from './diagnostics/diagnostic.ts';
import { locateDiagnostics } from './diagnostics/locate-diagnostics.ts';
import { dateStage } from './events/date-stage.ts';
import { eventsStage } from './events/events-stage.ts';
import { linkStage } from './link/link-stage.ts';
import type { EventRecord } from './merge/event-record.ts';
import { mergeEvents, type MergedEntry } from './merge/merge-events.ts';
import { readStage } from './read/read-stage.ts';
import { renderArticle, type ArticleRecord } from './write/render-article.ts';
import { renderEntry } from './write/render-entry.ts';
import { serializeMdx } from './write/serialize-mdx.ts';

export const ARTICLE_STAGES: ReadonlyArray<readonly [string, ArticleStage]> = [
  ['read', readStage], // bytes → text + front matter overrides
  ['clean', cleanStage], // furniture out, title, outlet, language
  ['relevance', relevanceStage], // about the talks?
  ['date', dateStage], // the date engine: anchor + every expression
  ['events', eventsStage], // dated, reported actions
  ['link', linkStage], // rounds, actors, places, candidate ids
];

/** One article's outcome, plain JSON so the manifest can cache it for unchanged inputs. */
export interface ArticleResult {
  source: string;
  id: string;
  /** Null when the article could not be built (its previous files, if any, are kept). */
  article: ArticleRecord | null;
  events: EventRecord[];
  diagnostics: Diagnostic[];
}

/** Runs one article through the stages; an unexpected failure becomes an error on that article only. */
export function processArticle(source: string, bytes: Uint8Array, context: PipelineContext): ArticleResult {
  let state: ArticleState = { source, bytes, drafts: [], events: [], messages: [], stopped: false };
  let failure: string | null = null;
  for (const [name, stage] of ARTICLE_STAGES) {
    if (state.stopped) break;
    try {
      state = stage(state, context);
    } catch (error) {
      failure = `internal error in the ${name} stage: ${error instanceof Error ? error.message : String(error)}`;
      break;
    }
  }
  const text = state.read?.text ?? '';
  const messages = failure ? [...state.messages, { offset: 0, severity: 'error' as const, rule: 'internal', reason: failure }] : state.messages;
  const diagnostics = locateDiagnostics(source, text, messages);
  const id = state.read?.id ?? source;
  const buildable = !failure && state.read?.ok === true && state.clean !== undefined && !state.read.overrides.ignore;
  return { source, id, article: buildable ? renderArticle(state) : null, events: buildable ? state.events : [], diagnostics };
}

export interface BuiltContent {
  /** Relative path under the output folder → file content. */
  files: Map<string, string>;
  entries: MergedEntry[];
  diagnostics: Diagnostic[];
}

/** Corpus stages: merge reports across articles, validate against the content contract, serialize. */
export function buildContent(results: readonly ArticleResult[]): BuiltContent {
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const invalid = (file: string, what: string, issues: readonly { path: PropertyKey[]; message: string }[]) =>
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', rule: 'contract', reason: `${what} breaks the content contract: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` });
  for (const r of results) {
    if (!r.article) continue;
    const check = articleSchema.safeParse(r.article.fields);
    if (!check.success) { invalid(r.source, `article ${r.id}`, check.error.issues); continue; }
    files.set(`articles/${r.id}.mdx`, serializeMdx(r.article.fields, r.article.paragraphs));
  }
  const entries = mergeEvents(results.flatMap((r) => (r.article ? r.events : [])));
  const kept: MergedEntry[] = [];
  for (const e of entries) {
    const check = entrySchema.safeParse(e.entry);
    if (!check.success) { invalid(e.entry.sources[0]?.article ?? e.entry.id, `entry ${e.entry.id}`, check.error.issues); continue; }
    files.set(`entries/${e.entry.id}.mdx`, renderEntry(e));
    kept.push(e);
  }
  return { files, entries: kept, diagnostics };
}
