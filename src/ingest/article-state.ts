import type { Actor } from '../lib/schemas.ts';
import type { CleanArticle } from './clean/clean-article.ts';
import type { Relevance } from './relevance/judge-relevance.ts';
import type { DateArticle, DatingResult, RoundRef } from './dating-contract.ts';
import type { Diagnostic, PendingMessage } from './diagnostics/diagnostic.ts';
import type { EventDraft } from './events/event-draft.ts';
import type { ActorMatcher } from './link/actor-matcher.ts';
import type { EventRecord } from './shared/event-record.ts';
import type { ReadArticle } from './read/read-article.ts';

/** What every article stage may read: the catalog and the date engine, nothing from the file system. */
export interface PipelineContext {
  rounds: RoundRef[];
  actors: Actor[];
  matcher: ActorMatcher;
  /** Folded round and actor names, as talks vocabulary for the relevance judgement. */
  catalogNames: string[];
  /** Folded names of the catalog's `syria_only` actors: each stands for a mention of Syria. */
  syriaNames: string[];
  /** Each catalog name that is another spelling or form of an actor's, to that actor's first name: one
   *  person is one talks term, however many ways a story names him. */
  catalogSameAs: ReadonlyMap<string, string>;
  /** Null when the date engine is not available: articles are then written undated, never guessed. */
  dateArticle: DateArticle | null;
}

/** One article on its way through the stages; a stage fills its part or stops the article. */
export interface ArticleState {
  source: string;
  bytes: Uint8Array;
  /** The article id when it is not the file name's (a renamed seed, see src/ingest/assign-article-ids.ts). */
  id?: string;
  read?: ReadArticle;
  clean?: CleanArticle;
  /** The cleaned text folded as lines are (foldLine): folded once, for every stage that matches words in it. */
  folded?: string;
  /** folded's words (split at its spaces), as the relevance judge read them: read again whole by the link stage. */
  words?: readonly string[];
  relevance?: Relevance;
  dating?: DatingResult;
  drafts: EventDraft[];
  events: EventRecord[];
  /** Messages at offsets of the decoded file text. */
  messages: PendingMessage[];
  /** Set by a stage when later stages have nothing to work on (the reason is in messages). */
  stopped: boolean;
}

export type ArticleStage = (state: ArticleState, context: PipelineContext) => ArticleState;

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
  /**
   * The merge buckets its events fall in (bucketsOf), sorted: the corpus stage learns which buckets an
   * unchanged article feeds without reading its events (the manifest parses them only when asked).
   */
  buckets?: string[];
  diagnostics: Diagnostic[];
  /** The reason, when the seed withdraws the article (`withdrawn: "…"`): its URLs stay as notices. */
  withdrawn?: string;
}
