import { parentPort, workerData } from "node:worker_threads";
import type { Article } from "../article";
import { loadThemes } from "../themes/load-themes";
import { buildThemeMatcher } from "../themes/match-themes";
import { IngestReport, type ReportEntry } from "./ingest-report";
import type { RawInput } from "./read-inputs";
import { toArticles } from "./to-article";
import { routeSegmentationTo } from "../text/segment";
import { linkedSegmenter, type SegmenterLink } from "../text/segmenter-link";

/** A worker thread of the ingestion pool: raw inputs in, articles and report entries out, in order. */

export interface WorkerRequest {
  seq: number;
  inputs: RawInput[];
}

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

parentPort?.on("message", ({ seq, inputs }: WorkerRequest) => {
  const report = new IngestReport();
  const articles = toArticles(inputs, themes, report);
  const response: WorkerResponse = {
    seq,
    articles,
    skipped: report.skipped,
    warnings: report.warnings,
  };
  parentPort?.postMessage(response);
});
