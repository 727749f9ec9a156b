/**
 * npm run index -- <paths…> [--remove <paths or ids…>] [--rebuild] [--no-merge] [--out DIR] [--themes FILE]
 * Adds new inputs and updates changed ones in the published index (unchanged ones are skipped by
 * content hash), withdraws what --remove names, or with --rebuild starts over from the paths.
 * New articles go into new segments and a new manifest is published atomically
 * (lib/indexer/update-index.ts). Prints progress and a closing summary, then merges segments if
 * their size tiers call for it (lib/indexer/merge-segments.ts; --no-merge leaves them).
 * With XUNWEN_DATABASE_URL the database is the index and --out its local working copy: synced to
 * the database's latest manifest first, published to it in one transaction after the run and
 * again after merges (lib/store/pg/database-index-run.ts).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { limitHeapHeadroom } from "../lib/heap-headroom";
import { IngestReport } from "../lib/ingest/ingest-report";
import { defaultWorkerCount } from "../lib/ingest/worker-pool";
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

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", default: path.join("data", "index") },
    themes: { type: "string", default: THEMES_PATH },
    remove: { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    "no-merge": { type: "boolean", default: false },
  },
});

// After --remove, the positionals are what to withdraw; before any flag they are inputs.
const removeAt = process.argv.indexOf("--remove");
const removeTargets = values.remove
  ? positionals.filter((p) => process.argv.indexOf(p, removeAt) > removeAt)
  : [];
const inputPaths = positionals.filter((p) => !removeTargets.includes(p));

if (inputPaths.length === 0 && removeTargets.length === 0) {
  console.error(
    "Usage: npm run index -- <files or folders…> [--remove <files, folders or ids…>] [--rebuild] [--no-merge] [--out DIR] [--themes FILE]\n(ids that start with - go after --: --remove -- -Hx9…)",
  );
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
      themesFile: values.themes,
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
