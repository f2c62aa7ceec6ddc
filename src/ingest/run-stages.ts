// The build step's stages as cli-main.ts uses them, loaded only by a run with work to do: a rerun with
// nothing changed (write/rerun-stamp.ts) answers before loading them, which alone takes longer than
// the whole rerun should (zod, YAML, the pipeline's word lists).
export { loadCatalog } from './catalog/load-catalog.ts';
export { editLookup } from './edits/edit-lookup.ts';
export { readEdits } from './edits/parse-edits.ts';
export { CORPUS_STAGES } from './pipeline.ts';
export { pipelineContext } from './pipeline-context.ts';
export { pendingSources, planCache, planRun, settleEdits, settleRun, touchedBuckets } from './plan-run.ts';
export { processArticles } from './process-articles.ts';
export { publishedReports } from './lock/published-reports.ts';
// From the module that validates what is written (zod): imported here, not by cli-main.ts.
export { withoutBuckets } from './write/plan-files.ts';
