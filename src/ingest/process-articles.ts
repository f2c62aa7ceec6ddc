import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PipelineContext } from './article-state.ts';
import type { WorkerJob, WorkerSetup } from './article-worker.ts';
import { processArticle, type ArticleResult } from './pipeline.ts';

const BATCH = 40;
// Below this many articles, starting workers (each loads the catalog and the engine) costs more than it saves.
const MIN_FOR_WORKERS = 120;
// A bounded heap makes each worker collect its garbage instead of growing towards the machine's limit.
// The young generation is bounded too: left to itself V8 grows it to 134 MB a worker, where one article's
// garbage needs a few. What a worker held is not given back to the system when it ends, only reused by
// this thread, so it counts to the end of the run: 48 MB (16 MB semi-spaces) took the peak of a
// 10,000-article build from 0.95-1.0 GB to 0.79 GB, for the same CPU time within the noise.
const WORKER_HEAP = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 48 };

/**
 * Processes articles, in worker threads when there are many (one per core, at most 4), else in this
 * thread. Results come back in input order, so the output does not depend on which worker was faster.
 */
export async function processArticles(
  jobs: ReadonlyArray<{ source: string; bytes: Uint8Array; id?: string }>,
  context: PipelineContext,
  setup: WorkerSetup,
  onProgress: (done: number) => void,
): Promise<ArticleResult[]> {
  const results: ArticleResult[] = new Array(jobs.length);
  const threads = Math.min(availableParallelism(), 4, Math.ceil(jobs.length / BATCH));
  if (jobs.length < MIN_FOR_WORKERS || threads < 2) {
    jobs.forEach((job, i) => {
      results[i] = processArticle(job.source, job.bytes, context, job.id);
      onProgress(i + 1);
    });
    return results;
  }
  const batches: WorkerJob[][] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(jobs.slice(i, i + BATCH).map((j, k) => ({ index: i + k, source: j.source, bytes: j.bytes, id: j.id })));
  let next = 0;
  let done = 0;
  const inThisThread = (batch: readonly WorkerJob[]) => {
    for (const job of batch) results[job.index] = processArticle(job.source, job.bytes, context, job.id);
    done += batch.length;
    onProgress(done);
  };
  await Promise.all(
    Array.from({ length: threads }, () => new Promise<void>((resolve) => {
      const worker = new Worker(new URL('./article-worker.ts', import.meta.url), { workerData: setup, resourceLimits: WORKER_HEAP });
      let current: WorkerJob[] | undefined;
      const feed = () => {
        current = batches[next++];
        if (current) worker.postMessage(current);
        else void worker.terminate().then(() => resolve());
      };
      worker.on('message', (out: Array<{ index: number; result: ArticleResult }>) => {
        for (const { index, result } of out) results[index] = result;
        done += out.length;
        onProgress(done);
        feed();
      });
      // A worker that dies (out of memory on a huge article, say) hands its work to this thread.
      worker.on('error', () => {
        if (current) inThisThread(current);
        for (let batch = batches[next++]; batch; batch = batches[next++]) inThisThread(batch);
        resolve();
      });
      worker.once('online', feed);
    })),
  );
  return results;
}
