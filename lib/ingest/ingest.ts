import type { Article } from "../article";
import { loadThemes } from "../themes/load-themes";
import { buildThemeMatcher } from "../themes/match-themes";
import { toDisambiguatedId } from "./article-id";
import type { IngestReport } from "./ingest-report";
import { listInputFiles, readInputFiles, type RawInput } from "./read-inputs";
import { OverlappedBatches } from "./to-article";
import { INGEST_BATCH, mapInWorkers, workersForBytes } from "./worker-pool";
import { getJiebaTables } from "../text/jieba-tables";

/**
 * The ingestion pipeline: files and folders in, cleaned and enriched articles out, every problem
 * in `report`. Articles with the same id are kept once (a repost of the same URL and text); a
 * different article at an already seen URL gets an id of its own. With `workers`, the CPU-bound
 * part runs on up to that many threads (fewer for a small input); results keep input order either way.
 */
export async function* ingestPaths(
  paths: string[],
  report: IngestReport,
  options: {
    themesFile?: string;
    workers?: number;
    /** Inputs it returns false for are not parsed (an incremental run skips unchanged ones). */
    accept?: (input: RawInput) => boolean;
  } = {},
): AsyncGenerator<Article> {
  const files = await listInputFiles(paths, report);
  const read = readInputFiles(files, report);
  const inputs = options.accept ? only(read, options.accept) : read;
  // At most `workers` threads, and no more than the input's size is worth; an input worth one
  // thread is read on this one (no thread to start, nothing to pass between threads).
  const workers = options.workers && workersForBytes(report.bytesTotal, options.workers);
  const articles =
    workers && workers > 1
      ? mapInWorkers(inputs, report, { workers, themesFile: options.themesFile })
      : mapInThread(inputs, report, options.themesFile);
  const seen = new Map<string, string>();
  for await (let article of articles) {
    const previousTitle = seen.get(article.id);
    if (previousTitle !== undefined) {
      if (previousTitle === article.title) {
        report.skip(article.origin, "duplicate-id", article.id);
        continue;
      }
      article = { ...article, id: toDisambiguatedId(article.id, article.title) };
      if (seen.has(article.id)) {
        report.skip(article.origin, "duplicate-id", article.id);
        continue;
      }
    }
    seen.set(article.id, article.title);
    report.articles++;
    yield article;
  }
}

async function* only(inputs: AsyncIterable<RawInput>, accept: (input: RawInput) => boolean) {
  for await (const input of inputs) if (accept(input)) yield input;
}

async function* mapInThread(
  inputs: AsyncIterable<RawInput>,
  report: IngestReport,
  themesFile: string | undefined,
): AsyncGenerator<Article> {
  const themes = buildThemeMatcher(loadThemes(themesFile));
  // Built before the first cut: when jieba is loading on the process's segmenter thread, the two
  // overlap.
  getJiebaTables();
  // Its report entries join the run's in input order.
  const batches = new OverlappedBatches(themes);
  let seq = 0;
  const take = (inputs: RawInput[] | null) => {
    const done = batches.push(inputs && { seq: seq++, inputs });
    if (!done) return [];
    report.skipped.push(...done.report.skipped);
    report.warnings.push(...done.report.warnings);
    return done.articles.filter((a): a is Article => a !== null);
  };
  let batch: RawInput[] = [];
  for await (const input of inputs) {
    if (input.kind === "record") report.records++;
    batch.push(input);
    if (batch.length < INGEST_BATCH) continue;
    yield* take(batch);
    batch = [];
  }
  if (batch.length) yield* take(batch);
  yield* take(null);
}
