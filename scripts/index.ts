/**
 * npm run index -- <paths…> [--remove <paths or ids…>] [--rebuild] [--no-merge] [--out DIR] [--themes FILE]
 * Adds new inputs and updates changed ones in the published index (unchanged ones are skipped by
 * content hash), withdraws what --remove names, or with --rebuild starts over from the paths.
 * New articles go into new segments and a new manifest is published atomically
 * (lib/indexer/update-index.ts). Prints progress and a closing summary, then merges segments if
 * their size tiers call for it (lib/indexer/merge-segments.ts; --no-merge leaves them).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { IngestReport } from "../lib/ingest/ingest-report";
import { workerCountFor } from "../lib/ingest/worker-pool";
import { mergeSegments } from "../lib/indexer/merge-segments";
import { updateIndex } from "../lib/indexer/update-index";
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

async function main() {
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
      workers: workerCountFor(inputPaths),
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
    // After the publish: the new articles are searchable already, the server serves throughout.
    if (!values["no-merge"]) {
      for (const m of await mergeSegments(out))
        console.log(
          `Merged ${m.merged} segments into one (${m.articles} articles) in ${m.seconds.toFixed(1)} s`,
        );
    }
  } catch (error) {
    bar.stop();
    console.error(
      `\nIndex run failed; the previous index (if any) is still in place.\n${(error as Error).message}`,
    );
    process.exit(1);
  }
}

void main();
