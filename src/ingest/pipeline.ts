// The build step at a glance: every article goes through ARTICLE_STAGES on its own (so an unchanged
// article can be skipped and a bad one cannot stop the others), then the corpus goes through
// CORPUS_STAGES: merged, its ids locked, its files rendered.
import { createHash } from 'node:crypto';
import type { ArticleResult, ArticleStage, ArticleState, PipelineContext } from './article-state.ts';
import { cleanStage } from './clean/clean-stage.ts';
import { applyEdit } from './edits/apply-edit.ts';
import { applyMerges, isMergeTarget, type MergeOutcome } from './edits/apply-merges.ts';
import type { EditFor } from './edits/edit-lookup.ts';
import { locateDiagnostics } from './diagnostics/locate-diagnostics.ts';
import { dateStage } from './date/date-stage.ts';
import { eventsStage } from './events/events-stage.ts';
import { linkStage } from './link/link-stage.ts';
import { bucketsOf, mergeBucket, mergeEvents } from './merge/merge-events.ts';
import type { EventRecord } from './shared/event-record.ts';
import type { MergedEntry } from './shared/merged-entry.ts';
import { reconcileLock } from './lock/reconcile-lock.ts';
import { readStage } from './read/read-stage.ts';
import { relevanceStage } from './relevance/relevance-stage.ts';
import { entryFiles } from './write/plan-files.ts';
import { renderArticle } from './write/render-article.ts';
import { serializeMdx } from './write/serialize-mdx.ts';
import { UNVERSIONED_SIG, type BucketRecord } from './write/bucket-record.ts';
import { articleIssues, contractError } from './write/validate-content.ts';

// One article's outcome lives with the state it is made from; importers of the pipeline find it here too.
export type { ArticleResult, BuiltArticle } from './article-state.ts';

export const ARTICLE_STAGES: ReadonlyArray<readonly [string, ArticleStage]> = [
  ['read', readStage], // bytes → text + front matter overrides
  ['clean', cleanStage], // furniture out, title, outlet, language
  ['relevance', relevanceStage], // about the talks?
  ['date', dateStage], // the date engine: anchor + every expression
  ['events', eventsStage], // dated, reported actions
  ['link', linkStage], // rounds, actors, places, candidate ids
];

// In this order, over every article's result; cli-main.ts calls each through this list and applies what it
// decides (the files first, then ids.lock.json, the manifest, and the stale files last).
export const CORPUS_STAGES = {
  merge: buildContent, // reports across articles → entries, with the editor's edits (edits/)
  lock: reconcileLock, // each published id kept, redirected or withdrawn; one that would vanish stops the run
  write: entryFiles, // each entry's file, or the contract error that keeps it unwritten
} as const;

/** Runs one article through the stages; an unexpected failure becomes an error on that article only. */
export function processArticle(source: string, bytes: Uint8Array, context: PipelineContext, assignedId?: string): ArticleResult {
  let state: ArticleState = { source, bytes, ...(assignedId === undefined ? {} : { id: assignedId }), drafts: [], events: [], messages: [], stopped: false };
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
  const id = state.read?.id ?? assignedId ?? source;
  const withdrawn = failure ? undefined : state.read?.overrides.withdrawn;
  if (withdrawn !== undefined) return { source, id, article: null, events: [], diagnostics, withdrawn };
  const buildable = !failure && state.read?.ok === true && state.clean !== undefined && !state.read.overrides.ignore;
  if (!buildable) return { source, id, article: null, events: [], diagnostics };
  const record = renderArticle(state);
  const issues = articleIssues(record.fields);
  if (issues.length > 0) return { source, id, article: null, events: [], diagnostics: [...diagnostics, contractError(source, `article ${id}`, issues)] };
  return { source, id, article: { fields: record.fields, mdx: serializeMdx(record.fields, record.paragraphs) }, events: state.events, buckets: bucketsOf(state.events), diagnostics };
}

export interface BuiltContent {
  /** Article pages to write: relative path → MDX. */
  articles: Map<string, string>;
  /** Relative paths whose file on disk is already right (unchanged article or entry): kept, not rewritten. */
  kept: Set<string>;
  /** Every entry's id and the candidate ids merged into it (for the ids lock). */
  entries: Array<{ id: string; aliases: string[] }>;
  /** The entries whose file must be rendered and written (renderEntryFile), one at a time. */
  toRender: MergedEntry[];
  /** Merge bucket key → its record for the next run's manifest. */
  buckets: Record<string, BucketRecord>;
  /** Entry id → its merge bucket, for the buckets merged again: only their entries are rendered, so only they can fail to be written (and their bucket be forgotten). */
  bucketOf: Map<string, string>;
  /** The editor's merges (`merge_into:`) applied, and those refused with why (reported at their line). */
  merges: Pick<MergeOutcome, 'applied' | 'refused' | 'mergedAway'>;
}


/**
 * The files of a bucket whose record stands (its articles are the versions that made it), or null when
 * it must be merged again: a file is missing, or an entry is edited (now or in the last run) or the
 * target of an editor's merge. A file's name is made once, for the check and for `kept`: a run at
 * 10,000 articles asks this of 21,000 entries.
 */
function keptFiles(record: BucketRecord, existing: Pick<ReadonlySet<string>, 'has'>, editFor: EditFor, isTarget: (id: string, aliases: readonly string[]) => boolean): string[] | null {
  const files: string[] = [];
  for (const e of record.entries) {
    const file = `entries/${e.id}.mdx`;
    if (e.edited || !existing.has(file) || editFor(e.id, e.aliases) !== undefined || isTarget(e.id, e.aliases)) return null;
    files.push(file);
  }
  return files;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Corpus stages: merge reports across articles and decide what to write. Reports merge only within
 * a bucket (mergeBucket), so a bucket whose articles are the same versions as in the last run
 * (`previous`, same input hashes in `versions`: source → hash) gives the same entries: it is neither
 * merged nor hashed again, and its files, when they exist, are kept. In a bucket that changed, an
 * entry whose data hashes as before and whose file exists is kept too.
 * The editor's corrections (`editFor`) are applied to the merged entries: a bucket with an edit, now or
 * in the last run, is merged again, so a changed or removed edit reaches its file; an entry whose edit
 * is malformed ('held'), or whose merge cannot apply, keeps its file as published. A bucket holding the
 * target of a merge is merged again too, so the target takes the merged entry's reports every run.
 * `touched` (touchedBuckets), when given, names every bucket a changed, added or removed article fed.
 * `only`, when given, names the buckets to visit: every other bucket stands as the last run left it,
 * unread (its record, entries and files are not in what this returns; `previous` need hold only the
 * records of `only`). The caller may ask it only when nothing but those buckets can change: every
 * article feeding another bucket is the version that made its record, no edit applies, no record says
 * to merge it again, and every file the last run wrote is still there (cli-main.ts's `standing`).
 */
export function buildContent(
  results: readonly ArticleResult[],
  previous: Readonly<Record<string, BucketRecord>> = {},
  existing: Pick<ReadonlySet<string>, 'has'> = new Set(),
  versions: Pick<ReadonlyMap<string, string>, 'get'> = new Map(),
  reuseBuckets = true,
  editFor: EditFor = () => undefined,
  touched?: ReadonlySet<string>,
  only?: ReadonlySet<string>,
): BuiltContent {
  const articles = new Map<string, string>();
  const kept = new Set<string>();
  // An article's version (its source and input hash), asked only for the articles of a bucket merged again (ids are unique among built articles).
  const versionOf = (r: ArticleResult): string | undefined => {
    const hash = versions.get(r.source);
    return hash ? `${r.source}\u0001${hash}` : undefined;
  };
  // The articles feeding each bucket, in input order; their events are read only for a bucket merged again.
  const byBucket = new Map<string, ArticleResult[]>();
  for (const r of results) {
    if (!r.article) continue;
    if (r.article.mdx) articles.set(`articles/${r.id}.mdx`, r.article.mdx);
    else kept.add(`articles/${r.id}.mdx`);
    for (const key of r.buckets ?? bucketsOf(r.events)) {
      if (only !== undefined && !only.has(key)) continue;
      const list = byBucket.get(key);
      if (list) list.push(r);
      else byBucket.set(key, [r]);
    }
  }
  // An article's events by bucket, grouped once, the first time one of its buckets is merged.
  const grouped = new Map<ArticleResult, Map<string, EventRecord[]>>();
  const eventsIn = (r: ArticleResult, key: string): EventRecord[] => {
    let byKey = grouped.get(r);
    if (!byKey) {
      byKey = new Map();
      for (const e of r.events) {
        const k = mergeBucket(e);
        const list = byKey.get(k);
        if (list) list.push(e);
        else byKey.set(k, [e]);
      }
      grouped.set(r, byKey);
    }
    return byKey.get(key) ?? [];
  };
  // An entry's last key is nearly always in its own bucket's record: every bucket's entries are mapped only for one that is not.
  let previousKeys: Map<string, string> | null = null;
  const keyBefore = (id: string, inBucket: ReadonlyMap<string, string>) => {
    const found = inBucket.get(id);
    if (found !== undefined) return found;
    previousKeys ??= new Map(Object.values(previous).flatMap((b) => b.entries.map((e) => [e.id, e.key] as const)));
    return previousKeys.get(id);
  };
  const entries: BuiltContent['entries'] = [];
  const toRender: MergedEntry[] = [];
  const buckets: Record<string, BucketRecord> = {};
  const bucketOf = new Map<string, string>();
  const isTarget = isMergeTarget(editFor);
  const drafts: Array<{ key: string; sig: string; merged: MergedEntry[] }> = [];
  for (const key of [...byBucket.keys()].sort()) {
    const fed = byBucket.get(key)!;
    const before = previous[key];
    // A bucket no changed article fed, before or now, is fed by the versions that made its record: its
    // signature is the record's, not hashed again.
    const same = touched !== undefined && !touched.has(key) && before !== undefined && before.sig !== UNVERSIONED_SIG;
    // An article without a recorded version (it failed this run) makes the bucket one to merge again next run.
    // An event's article is the id of the article it comes from.
    const stable = same || fed.every((r) => versionOf(r) !== undefined);
    const sig = same ? before.sig : stable ? sha256([...new Set(fed.map((r) => versionOf(r)!))].sort().join('\n')) : UNVERSIONED_SIG;
    const files = reuseBuckets && stable && before && before.sig === sig ? keptFiles(before, existing, editFor, isTarget) : null;
    if (files) {
      buckets[key] = before!;
      for (const file of files) kept.add(file);
      for (const e of before!.entries) entries.push({ id: e.id, aliases: e.aliases });
      continue;
    }
    drafts.push({ key, sig, merged: mergeEvents(fed.flatMap((r) => eventsIn(r, key))) });
  }
  // The editor's merges join entries across buckets: every bucket is merged before any is written.
  const merges = applyMerges(drafts.flatMap((d) => d.merged), editFor);
  for (const { key, sig, merged: list } of drafts) {
    const record: BucketRecord = { sig, entries: [] };
    const keysBefore = new Map((previous[key]?.entries ?? []).map((e) => [e.id, e.key] as const));
    for (const merged of list) {
      const edit = editFor(merged.entry.id, merged.aliases);
      if (merges.gone.has(merged.entry.id)) {
        // Recorded, so the bucket is merged again (and the entry comes back) once the edit is gone.
        record.entries.push({ id: merged.entry.id, key: '', aliases: merged.aliases, edited: true });
        continue;
      }
      const joined = merges.targets.get(merged.entry.id) ?? merged;
      // A merge that could not apply keeps the entry's published file, as a malformed edit does.
      const held = edit === 'held' || edit?.mergeInto !== undefined;
      const e = edit && !held ? applyEdit(joined, edit) : joined;
      const file = `entries/${e.entry.id}.mdx`;
      const entryKey = sha256(JSON.stringify([e.entry, e.summary])).slice(0, 16);
      const touched = edit !== undefined || joined !== merged;
      record.entries.push({ id: e.entry.id, key: entryKey, aliases: e.aliases, ...(touched ? { edited: true as const } : {}) });
      entries.push({ id: e.entry.id, aliases: e.aliases });
      bucketOf.set(e.entry.id, key);
      if (existing.has(file) && (held || keyBefore(e.entry.id, keysBefore) === entryKey)) kept.add(file);
      else toRender.push(e);
    }
    buckets[key] = record;
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { articles, kept, entries, toRender, buckets, bucketOf, merges: { applied: merges.applied, refused: merges.refused, mergedAway: merges.mergedAway } };
}
