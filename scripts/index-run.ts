/** The index CLI after its arguments (scripts/index.ts): the run, its summary, then merges. */
import path from "node:path";
import cliProgress from "cli-progress";
import { limitHeapHeadroom } from "../lib/heap-headroom";
import { IngestReport } from "../lib/ingest/ingest-report";
import { defaultWorkerCount } from "../lib/ingest/worker-pool";
import { lowerMergePriority } from "../lib/indexer/background-priority";
import { mergeSegments } from "../lib/indexer/merge-segments";
import { updateIndex } from "../lib/indexer/update-index";
import { databaseUrlFromEnv, describeDatabase } from "../lib/store/pg/connect";
import {
  describePublish,
  openDatabaseIndexRun,
  type DatabaseIndexRun,
} from "../lib/store/pg/database-index-run";
import { describeTaxonomy, THEMES_PATH, type Taxonomy } from "../lib/themes/load-themes";
import { printIndexSummary } from "./index-summary";
import { inputPaths, removeTargets, values } from "./index-args";

const themesFile = values.themes ?? THEMES_PATH;

// A bad taxonomy stops the build before anything is read or written: the served index stays.
let taxonomy: Taxonomy;
try {
  taxonomy = describeTaxonomy(themesFile);
} catch (error) {
  console.error(
    `${(error as Error).message}\nNothing was indexed; the previous index (if any) is still in place.`,
  );
  process.exit(2);
}

limitHeapHeadroom();
const out = path.resolve(values.out);
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

function tick(count: number) {
  if (count % 200 !== 0) return;
  const seconds = (Date.now() - started) / 1000;
  bar.setTotal(Math.max(report.bytesTotal, 1));
  bar.update(report.bytesRead, {
    files: report.files,
    articles: count,
    rate: Math.round(count / Math.max(seconds, 0.001)),
  });
}

/** With XUNWEN_DATABASE_URL: connected, migrated, the working copy synced; else exits clearly. */
async function openDatabase(url: string): Promise<DatabaseIndexRun> {
  try {
    const db = await openDatabaseIndexRun(url, out);
    console.error(
      db.base
        ? `PostgreSQL at ${describeDatabase(url)}: starting from manifest ${db.base.buildId} (${db.base.manifest.articleCount} articles)`
        : `PostgreSQL at ${describeDatabase(url)}: no manifest yet; starting from ${out}`,
    );
    return db;
  } catch (error) {
    console.error(`${(error as Error).message}\nNothing was indexed; the database is unchanged.`);
    process.exit(1);
  }
}

/** Publishes the working copy; on failure says what the database still serves and exits. */
async function publishToDatabase(db: DatabaseIndexRun, what: string): Promise<void> {
  const t = Date.now();
  try {
    const result = await db.publish();
    if (result) console.log(describePublish(db.url, result, (Date.now() - t) / 1000));
  } catch (error) {
    console.error(
      `\nPublishing ${what} to the database failed: ${(error as Error).message}\n` +
        `Nothing of it was published; the database still serves manifest ${db.servedBuildId() ?? "(none)"} or a later one. Run the index again.`,
    );
    await db.close().catch(() => {});
    process.exit(1);
  }
}

async function main() {
  const url = databaseUrlFromEnv();
  const db = url ? await openDatabase(url) : null;
  const phases = { ingest: "读取 ingest", write: "写入 write" } as const;
  bar.start(1, 0, { phase: phases.ingest, files: 0, articles: 0, rate: 0 });
  try {
    const result = await updateIndex({
      out,
      paths: inputPaths,
      remove: removeTargets,
      rebuild: values.rebuild,
      themesFile,
      taxonomy,
      workers: defaultWorkerCount(),
      report,
      onArticle: tick,
      onPhase: (phase) => {
        bar.update({ phase: phases[phase] });
        // The bar redraws on a timer; a phase change is worth a line of its own off a terminal.
        if (!tty) process.stderr.write(`${phases[phase]}\n`);
      },
    });
    bar.stop();
    printIndexSummary({ ...result, report, out, started, taxonomy });
    if (db) await publishToDatabase(db, "this run");
    // After the publish: the new articles are searchable already, the server serves throughout.
    if (!values["no-merge"]) {
      lowerMergePriority();
      const merges = await mergeSegments(out);
      for (const m of merges)
        console.log(
          `Merged ${m.merged} segments into one (${m.articles} articles) in ${m.seconds.toFixed(1)} s`,
        );
      if (db && merges.length > 0) await publishToDatabase(db, "the merged segments");
    }
    await db?.close();
  } catch (error) {
    bar.stop();
    console.error(
      `\nIndex run failed; the previous index (if any) is still in place.\n${(error as Error).message}`,
    );
    process.exit(1);
  }
}

void main();
