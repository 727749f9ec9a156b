import { mkdtemp, rm } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { XWLB_CORPUS } from "../shared-corpus";
import { getBenchArticles, writeArticlesFile } from "./articles";
import { type Loaded, runBuild, runLoad, runQueries } from "./phases";
import { buildQuerySet, WARMUP } from "./query-set";
import { summarise } from "./metrics";
import { SYSTEMS, getSystem } from "./systems/registry";
import { type SystemRow, renderTable } from "./table";
import { renderDoc, writeDoc } from "./write-doc";

/**
 * `npm run bench [-- --limit N] [--corpus PATH] [--systems a,b] [--budget-s S] [--out FILE] [--keep] [--revision R]`
 * Same articles, same queries, same machine, one run: builds every system, loads each in its own
 * process, runs the query set round-robin, prints the table and (full runs, or --out) writes it.
 */

const { values } = parseArgs({
  options: {
    limit: { type: "string" },
    corpus: { type: "string", default: XWLB_CORPUS },
    systems: { type: "string", default: Object.keys(SYSTEMS).join(",") },
    "budget-s": { type: "string", default: "300" },
    out: { type: "string" },
    keep: { type: "boolean", default: false },
    revision: { type: "string" },
  },
});
const limit = values.limit ? Number(values.limit) : null;
const budgetS = Number(values["budget-s"]);
const names = values.systems.split(",").filter(Boolean);
const out = values.out ?? (limit === null ? "docs/benchmarks.md" : null);
/** The measured code's commit; `--revision` names it when running from an exported snapshot. */
const getRevision = () => {
  if (values.revision) return values.revision;
  const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
  return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "lib") ? " (with uncommitted changes in lib/)" : ""}`;
};
const log = (msg: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}`);

const work = await mkdtemp(path.join(os.tmpdir(), "xunwen-bench-"));
log(`ingesting ${values.corpus}${limit ? ` (first ${limit} articles)` : ""} into ${work}`);
const { articles, report } = await getBenchArticles(values.corpus, limit);
const articlesFile = path.join(work, "articles.jsonl");
await writeArticlesFile(articles, articlesFile);
const cases = buildQuerySet(articles);
log(`${articles.length} articles, ${cases.length} queries`);

const rows = new Map<string, SystemRow>();
const systems = new Map(
  await Promise.all(names.map(async (n) => [n, await getSystem(n)] as const)),
);
for (const [name, system] of systems) {
  const row: SystemRow = {
    label: system.label,
    buildS: NaN,
    articlesPerS: NaN,
    indexMb: NaN,
    rssMb: NaN,
    figures: null,
    error: null,
  };
  rows.set(name, row);
  const shared = system.sharesIndexWith ? rows.get(system.sharesIndexWith) : undefined;
  if (shared) {
    Object.assign(row, {
      buildS: shared.buildS,
      articlesPerS: shared.articlesPerS,
      indexMb: shared.indexMb,
      error: shared.error,
    });
    continue;
  }
  const dir = path.join(work, name);
  mkdirSync(dir);
  try {
    log(`building ${system.label}`);
    const built = await runBuild(name, articlesFile, dir);
    Object.assign(row, {
      buildS: built.ms / 1000,
      articlesPerS: articles.length / (built.ms / 1000),
      indexMb: built.bytes / 1024 ** 2,
    });
    log(`built ${system.label} in ${(built.ms / 1000).toFixed(1)} s, ${row.indexMb.toFixed(1)} MB`);
  } catch (error) {
    row.error = (error as Error).message;
    log(`build of ${system.label} failed: ${row.error}`);
  }
}

const loaded: Loaded[] = [];
for (const [name, system] of systems) {
  const row = rows.get(name);
  if (!row || row.error) continue;
  try {
    const l = await runLoad(name, name, path.join(work, system.sharesIndexWith ?? name));
    row.rssMb = l.rssMb;
    loaded.push(l);
    log(
      `loaded ${system.label} in ${(l.loadMs / 1000).toFixed(1)} s, RSS ${l.rssMb.toFixed(0)} MB`,
    );
  } catch (error) {
    row.error = (error as Error).message;
    log(`load of ${system.label} failed: ${row.error}`);
  }
}

const outcomes = await runQueries(loaded, cases, budgetS * 1000, WARMUP, (done) =>
  log(`${done}/${cases.length} queries`),
);
for (const l of loaded) {
  l.worker.stop();
  const row = rows.get(l.name);
  const o = outcomes.get(l.name);
  if (row && o) row.figures = summarise(cases, o);
}

const table = renderTable([...rows.values()]);
console.log(table);
if (out) {
  const facts = {
    corpus: values.corpus,
    records: report.records,
    articles: articles.length,
    skipped:
      report
        .skipCounts()
        .map(([reason, n]) => `${n} ${reason}`)
        .join(", ") || "none skipped",
    cases: cases.length,
    bareRssMb: loaded[0]?.bareRssMb ?? NaN,
    budgetS,
    revision: getRevision(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  };
  await writeDoc(
    out,
    renderDoc(
      [...rows.values()],
      [...systems.values()].map((s) => [s.label, s.setup]),
      facts,
    ),
  );
  log(`wrote ${out}`);
}
if (values.keep) log(`kept ${work}`);
else await rm(work, { recursive: true, force: true });
