/**
 * npm run index -- <paths…> [--out DIR] [--themes FILE]
 * Ingests files and folders (themes from FILE, default data/themes.json), builds the search index into a temporary folder and publishes it
 * atomically (see lib/index-dir/publish-index-dir.ts). Prints progress and a closing summary.
 */
import path from "node:path";
import fs from "node:fs";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import type { Article } from "../lib/article";
import { IngestReport } from "../lib/ingest/ingest-report";
import { ingestPaths } from "../lib/ingest/ingest";
import { defaultWorkerCount } from "../lib/ingest/worker-pool";
import { INDEX_FORMAT, INDEX_FORMAT_VERSION, writeManifest } from "../lib/index-dir/index-manifest";
import {
  createBuildDir,
  discardBuildDir,
  newBuildId,
  publishBuildDir,
} from "../lib/index-dir/publish-index-dir";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import { describeTaxonomy, THEMES_PATH, type Taxonomy } from "../lib/themes/load-themes";
import { printIndexSummary } from "./index-summary";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: path.join("data", "index") },
    themes: { type: "string", default: THEMES_PATH },
  },
});

if (positionals.length === 0) {
  console.error("Usage: npm run index -- <files or folders…> [--out DIR] [--themes FILE]");
  process.exit(2);
}

// A bad taxonomy stops the build before anything is read or written: the served index stays.
let taxonomy: Taxonomy;
try {
  taxonomy = describeTaxonomy(values.themes);
} catch (error) {
  console.error(
    `${(error as Error).message}\nNothing was indexed; the previous index (if any) is still in place.`,
  );
  process.exit(2);
}

const out = path.resolve(values.out);
const buildId = newBuildId();
const report = new IngestReport();
const started = Date.now();
const tty = process.stderr.isTTY;
const bar = new cliProgress.SingleBar(
  {
    format:
      "{phase} |{bar}| {percentage}% · {files} files · {articles} articles · {rate}/s · ETA {eta_formatted}",
    noTTYOutput: !tty,
    notTTYSchedule: 5000,
    etaBuffer: 50,
  },
  cliProgress.Presets.shades_classic,
);

async function ingestAll(): Promise<Article[]> {
  const articles: Article[] = [];
  bar.start(1, 0, { phase: "读取 ingest", files: 0, articles: 0, rate: 0 });
  for await (const article of ingestPaths(positionals, report, {
    workers: defaultWorkerCount(),
    themesFile: values.themes,
  })) {
    articles.push(article);
    if (articles.length % 200 === 0) tick(articles.length);
  }
  tick(articles.length);
  bar.stop();
  return articles;
}

function tick(count: number) {
  const seconds = (Date.now() - started) / 1000;
  bar.setTotal(Math.max(report.bytesTotal, 1));
  bar.update(report.bytesRead, {
    files: report.files,
    articles: count,
    rate: Math.round(count / Math.max(seconds, 0.001)),
  });
}

async function main() {
  const tmpDir = createBuildDir(out, buildId);
  try {
    const articles = await ingestAll();
    const indexStart = Date.now();
    bar.start(articles.length, 0, {
      phase: "索引 index ",
      files: report.files,
      articles: articles.length,
      rate: 0,
    });
    await writeSearchIndex(
      articles,
      tmpDir,
      (done) =>
        bar.update(done, {
          rate: Math.round(done / Math.max((Date.now() - indexStart) / 1000, 0.001)),
        }),
      taxonomy,
    );
    bar.update(articles.length);
    bar.stop();
    fs.writeFileSync(path.join(tmpDir, "report.json"), JSON.stringify(report, null, 1));
    writeManifest(tmpDir, {
      format: INDEX_FORMAT,
      version: INDEX_FORMAT_VERSION,
      buildId,
      builtAt: new Date().toISOString(),
      articleCount: articles.length,
      inputs: positionals.map((p) => path.resolve(p)),
      skipped: report.skipped.length,
    });
    const finalDir = publishBuildDir(out, tmpDir);
    printIndexSummary({ articles, report, out, finalDir, started, taxonomy });
  } catch (error) {
    bar.stop();
    discardBuildDir(tmpDir);
    console.error(
      `\nIndex build failed; the previous index (if any) is still in place.\n${(error as Error).stack}`,
    );
    process.exit(1);
  }
}

void main();
