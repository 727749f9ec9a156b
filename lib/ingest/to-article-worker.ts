import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../article";
import { loadThemes } from "../themes/load-themes";
import { buildThemeMatcher } from "../themes/match-themes";
import { IngestReport, type ReportEntry } from "./ingest-report";
import type { RawInput } from "./read-inputs";
import { startArticles } from "./to-article";
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

interface Started {
  seq: number;
  report: IngestReport;
  finish: () => (Article | null)[];
}

let started: Started | null = null;

function answer({ seq, report, finish }: Started): void {
  const response: WorkerResponse = {
    seq,
    articles: finish(),
    skipped: report.skipped,
    warnings: report.warnings,
  };
  parentPort?.postMessage(response);
}

parentPort?.on("message", (request: WorkerRequest) => {
  const previous = started;
  if ("flush" in request) started = null;
  else {
    const report = new IngestReport();
    started = { seq: request.seq, report, finish: startArticles(request.inputs, themes, report) };
  }
  if (previous) answer(previous);
});
