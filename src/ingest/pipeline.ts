// The build step at a glance: every article goes through ARTICLE_STAGES on its own (so an unchanged
// article can be skipped and a bad one cannot stop the others), then the corpus is merged and rendered.
import { createHash } from 'node:crypto';
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
import { renderArticle } from './write/render-article.ts';
import { renderEntry } from './write/render-entry.ts';
import { serializeMdx } from './write/serialize-mdx.ts';
import { articleIssues, entryIssues, type ContractIssues } from './write/validate-content.ts';

export const ARTICLE_STAGES: ReadonlyArray<readonly [string, ArticleStage]> = [
  ['read', readStage], // bytes → text + front matter overrides
  ['clean', cleanStage], // furniture out, title, outlet, language
  ['relevance', relevanceStage], // about the talks?
  ['date', dateStage], // the date engine: anchor + every expression
  ['events', eventsStage], // dated, reported actions
  ['link', linkStage], // rounds, actors, places, candidate ids
];

/** The article page: its front matter and its MDX file ('' in the manifest's cache: the file is on disk). */
export interface BuiltArticle {
  fields: Record<string, unknown>;
  mdx: string;
}

/** One article's outcome, plain JSON so the manifest can cache it for unchanged inputs. */
export interface ArticleResult {
  source: string;
  id: string;
  /** Null when the article could not be built (its previous files, if any, are kept). */
  article: BuiltArticle | null;
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
  if (!buildable) return { source, id, article: null, events: [], diagnostics };
  const record = renderArticle(state);
  const issues = articleIssues(record.fields);
  if (issues.length > 0) return { source, id, article: null, events: [], diagnostics: [...diagnostics, contractError(source, `article ${id}`, issues)] };
  return { source, id, article: { fields: record.fields, mdx: serializeMdx(record.fields, record.paragraphs) }, events: state.events, diagnostics };
}

function contractError(file: string, what: string, issues: ContractIssues): Diagnostic {
  return { file, line: 1, column: 1, severity: 'error', rule: 'contract', reason: `${what} breaks the content contract: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` };
}

export interface BuiltContent {
  /** Article pages to write: relative path → MDX. */
  articles: Map<string, string>;
  /** Relative paths whose file on disk is already right (unchanged article or entry): kept, not rewritten. */
  kept: Set<string>;
  /** Every merged entry (for the ids lock). */
  entries: MergedEntry[];
  /** The entries whose file must be rendered and written (renderEntryFile), one at a time. */
  toRender: MergedEntry[];
  /** Entry id → hash of its data, so the next run can skip rendering unchanged entries. */
  entryKeys: Record<string, string>;
}

/**
 * Corpus stages: merge reports across articles and decide what to write. An entry whose data hashes
 * as in the last run (`previousKeys`) and whose file exists is kept as is.
 */
export function buildContent(results: readonly ArticleResult[], previousKeys: Readonly<Record<string, string>> = {}, existing: ReadonlySet<string> = new Set()): BuiltContent {
  const articles = new Map<string, string>();
  const kept = new Set<string>();
  for (const r of results) {
    if (!r.article) continue;
    if (r.article.mdx) articles.set(`articles/${r.id}.mdx`, r.article.mdx);
    else kept.add(`articles/${r.id}.mdx`);
  }
  const entries = mergeEvents(results.flatMap((r) => (r.article ? r.events : [])));
  const toRender: MergedEntry[] = [];
  const entryKeys: Record<string, string> = {};
  for (const e of entries) {
    const key = createHash('sha256').update(JSON.stringify([e.entry, e.summary])).digest('hex').slice(0, 16);
    entryKeys[e.entry.id] = key;
    if (previousKeys[e.entry.id] === key && existing.has(`entries/${e.entry.id}.mdx`)) kept.add(`entries/${e.entry.id}.mdx`);
    else toRender.push(e);
  }
  return { articles, kept, entries, toRender, entryKeys };
}

/** An entry's MDX, or the error saying how it breaks the content contract. */
export function renderEntryFile(e: MergedEntry): { mdx: string } | { error: Diagnostic } {
  const issues = entryIssues(e.entry);
  if (issues.length > 0) return { error: contractError(e.entry.sources[0]?.article ?? e.entry.id, `entry ${e.entry.id}`, issues) };
  return { mdx: renderEntry(e) };
}
