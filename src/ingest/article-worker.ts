// A worker thread of the build step: builds the pipeline context once, then processes the batches of
// articles the cli sends it. Articles are independent, so on a 2-core machine two workers build twice
// as many per second as one thread.
import { resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CatalogFile } from './catalog/load-catalog.ts';
import { useCompileCache } from './compile-cache.mjs';
import type { DateArticle } from './dating-contract.ts';

export interface WorkerSetup {
  roundFiles: CatalogFile[];
  actorFiles: CatalogFile[];
  withEngine: boolean;
}

export interface WorkerJob {
  index: number;
  source: string;
  bytes: Uint8Array;
  /** The article id when it is not the file name's. */
  id?: string;
}

const setup = workerData as WorkerSetup;
// A worker starts without the cli's compile cache: its pipeline is imported once the cache is on.
useCompileCache(resolve(import.meta.dirname, '../..'));
const [{ loadCatalog }, { processArticle }, { pipelineContext }] = await Promise.all([
  import('./catalog/load-catalog.ts'), import('./pipeline.ts'), import('./pipeline-context.ts'),
]);
const engine = setup.withEngine ? ((await import('./time/index.ts')) as { dateArticle: DateArticle }) : null;
const context = pipelineContext(loadCatalog(setup.roundFiles, setup.actorFiles), engine?.dateArticle ?? null);

parentPort!.on('message', (jobs: WorkerJob[]) => {
  parentPort!.postMessage(jobs.map((job) => ({ index: job.index, result: processArticle(job.source, job.bytes, context, job.id) })));
});
