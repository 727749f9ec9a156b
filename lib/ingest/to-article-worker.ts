import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../article";
import { loadThemes } from "../themes/load-themes";
import { buildThemeMatcher } from "../themes/match-themes";
import type { ReportEntry } from "./ingest-report";
import type { RawInput } from "./read-inputs";
import { OverlappedBatches } from "./to-article";
import { routeSegmentationTo } from "../text/segment";
import { linkedSegmenter, type SegmenterLink } from "../text/segmenter-link";

/**
 * A worker thread of the ingestion pool: raw inputs in, articles and report entries out, in order.
 * A batch is answered when the next one arrives (or on `flush`): its cut runs on the segmenter
 * thread while this thread reads the next batch, and the next one's while it finishes this one.
 */

export type WorkerRequest = { seq: number; inputs: RawInput[] } | { flush: true };

export interface WorkerResponse {
  seq: number;
  articles: (Article | null)[];
  skipped: ReportEntry[];
  warnings: ReportEntry[];
}

export interface WorkerSetup {
  themesFile?: string;
  segmenter: SegmenterLink;
}

const setup = workerData as WorkerSetup;
routeSegmentationTo(linkedSegmenter(setup.segmenter));
const themes = buildThemeMatcher(loadThemes(setup.themesFile));

const batches = new OverlappedBatches(themes);

parentPort?.on("message", (request: WorkerRequest) => {
  const done = batches.push("flush" in request ? null : request);
  if (!done) return;
  const response: WorkerResponse = {
    seq: done.seq,
    articles: done.articles,
    skipped: done.report.skipped,
    warnings: done.report.warnings,
  };
  parentPort?.postMessage(response);
});
