/**
 * npm run test:cluster -- [--corpus PATH] [--dir data/cluster/test] [--port 56300] [--pg-port 56390]
 *                         [--seconds 20] [--connections 32] [--phases 1,2,3,4] [--unpinned] [--file-index]
 * The cluster (PostgreSQL of its own, 2 replicas, nginx; scripts/cluster/) under test:load's mixed
 * request set, in four phases, each printing its figures and a ✓/✗ line per target:
 *  1. throughput through nginx with 1 replica, then 2 (target: 2 ≥ 1.6× of 1), with the CPU of the
 *     replicas, nginx, the load generator (this process) and the rest of the machine;
 *  2. a replica killed with SIGKILL during the load (target: 0 failed requests); 100 held-back
 *     records indexed while it is down; restarted, timed until it serves them and the current index;
 *  3. 100 held-back records of the corpus indexed during the load (target: found on every replica,
 *     asked directly, within 5 s of the index run's end);
 *  4. PostgreSQL stopped for 10 s during the load (targets: 0 failed requests; an index run in the
 *     outage fails clearly; rerun after, it succeeds and its articles appear on every replica).
 * The replicas run with a 1 MB response cache (0 is not a valid XUNWEN_PAGE_CACHE_MB) and the
 * request set has ~700 distinct addresses, so nearly every request is rendered: the figures are
 * the engine's, not the cache's. The corpus is served without its last 300 records (phases 2, 3
 * and 4 add 100 each); every run starts from an empty database (the corpus indexed into it first).
 * Replica i is pinned to core i (taskset), so that "1 replica" is one core and "2 replicas" two:
 * unpinned, a lone replica also takes part of the second core (GC and libuv threads, measured
 * 113 %), and the ratio then measures that too; --unpinned measures it so.
 * --file-index: no PostgreSQL (replicas share a file index; phase 4 is skipped), for development.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startLocalPostgres } from "../lib/store/pg/local-postgres";
import { getTreeRssMb } from "./process-tree";
import { findMissingPackages } from "./cluster/missing-packages";
import { clusterRequestPaths } from "./cluster/mixed-load";
import type { PhaseContext, PhaseResult } from "./cluster/phase-context";
import { runAddPhase } from "./cluster/phase-add";
import { runKillPhase } from "./cluster/phase-kill";
import { runOutagePhase } from "./cluster/phase-outage";
import { runThroughputPhase } from "./cluster/phase-throughput";
import { countArticles } from "./cluster/replica-probe";
import { runIndexCli } from "./cluster/run-index";
import { startCluster, type Cluster, type Database } from "./cluster/start-cluster";
import { splitForAdd } from "./load/index-setup";
import { ensureNextBuild } from "./load/next-build";
import { XWLB_CORPUS } from "./shared-corpus";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: XWLB_CORPUS },
    dir: { type: "string", default: "data/cluster/test" },
    port: { type: "string", default: "56300" },
    "pg-port": { type: "string", default: "56390" },
    seconds: { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    "file-index": { type: "boolean", default: false },
    unpinned: { type: "boolean", default: false },
    phases: { type: "string", default: "1,2,3,4" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]);
  process.exit(0);
}
const root = process.cwd();
const dir = path.resolve(values.dir);
const corpus = path.resolve(values.corpus);
const started = Date.now();
const log = (m: string) =>
  console.error(`[test:cluster ${((Date.now() - started) / 1000).toFixed(0)} s] ${m}`);
const refuse = (reason: string): never => {
  console.error(`test:cluster: ${reason}`);
  process.exit(1);
};

if (!fs.existsSync(corpus))
  refuse(`the corpus ${corpus} is missing (no ../shared beside this clone?); pass --corpus PATH`);
const missing = findMissingPackages({ needPostgres: !values["file-index"] });
if (missing) refuse(missing.message);
const nextWarning = ensureNextBuild(root, log);
if (nextWarning) log(nextWarning);

// Held back: three chunks of the corpus's 100 newest records each, added by phases 2, 3 and 4.
fs.mkdirSync(dir, { recursive: true });
const split = await splitForAdd(corpus, dir, 300);
const held = fs.readFileSync(split.added, "utf8").trim().split("\n");
const chunks = [held.slice(0, 100), held.slice(100, 200), held.slice(200)].map((lines, i) => {
  const file = path.join(dir, `held-back-${i + 1}.jsonl`);
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
});

// Every run starts from an empty database and empty replica folders: the figures then include the
// first copy of the index to each replica, and no earlier run's articles or manifests remain.
for (const stale of ["postgres", "indexer", "file-index", "replica-0", "replica-1"])
  fs.rmSync(path.join(dir, stale), { recursive: true, force: true });
fs.rmSync(path.join(dir, ".file-index-builds"), { recursive: true, force: true });
const database: Database | null = values["file-index"]
  ? null
  : await startLocalPostgres({ dir: path.join(dir, "postgres"), port: Number(values["pg-port"]) });
const indexDir = path.join(dir, "file-index");
const store: Record<string, string> = database ? { XUNWEN_DATABASE_URL: database.url } : {};
const storeArgs = ["--out", database ? path.join(dir, "indexer", "index") : indexDir];
let cluster: Cluster | null = null;
const results: (PhaseResult & { n: number })[] = [];
// Ctrl-C or a CI timeout: nginx, the replicas and PostgreSQL are stopped, not left behind.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    log(`${signal}: stopping the cluster`);
    void Promise.all([cluster?.stop(), database?.stop()]).finally(() => process.exit(130));
  });
try {
  // The served corpus: all but the held-back records, indexed into the fresh database.
  log(`indexing ${split.base}`);
  const setup = await runIndexCli(
    root,
    [split.base, ...storeArgs],
    store,
    path.join(dir, "index-setup.log"),
  );
  if (setup.code !== 0) refuse(`indexing the corpus failed: ${setup.tail.join(" | ")}`);

  cluster = await startCluster({
    root,
    dir,
    port: Number(values.port),
    replicas: 2,
    corpus: [split.base],
    database,
    indexDir: database ? undefined : indexDir,
    replicaEnv: { XUNWEN_PAGE_CACHE_MB: "1" },
    ...(values.unpinned ? {} : { pinCores: os.availableParallelism() }),
    log,
  });
  const served = await countArticles(cluster.replicas[0]!.base);
  if (served <= 0) refuse(`the cluster's index holds no articles (corpus ${corpus})`);
  log(`cluster up on ${cluster.url}: ${served} articles`);

  const ids: string[] = [];
  const titles: string[] = [];
  for (const q of ["中国", "经济", "会见", "疫情"]) {
    const res = await fetch(`${cluster.url}api/search?q=${encodeURIComponent(q)}`);
    const body = (await res.json()) as { hits: { id: string; title: string }[] };
    ids.push(...body.hits.slice(0, 5).map((h) => h.id));
    titles.push(...body.hits.map((h) => h.title));
  }
  const ctx: PhaseContext = {
    root,
    dir,
    cluster,
    database,
    paths: clusterRequestPaths([...new Set(ids)], titles),
    connections: Number(values.connections),
    seconds: Number(values.seconds),
    log,
  };
  const phases = new Set(values.phases.split(",").map(Number));
  const run = async (n: number, phase: () => Promise<PhaseResult>) => {
    if (phases.has(n)) results.push({ n, ...(await phase()) });
  };
  await run(1, () => runThroughputPhase(ctx));
  await run(2, () => runKillPhase(ctx, chunks[0]!));
  await run(3, () => runAddPhase(ctx, chunks[1]!));
  if (database) await run(4, () => runOutagePhase(ctx, chunks[2]!));
  const rss = cluster.replicas.map((r) => getTreeRssMb(r.child?.pid ?? 0).toFixed(0));

  const lines = [
    "",
    `Cluster test ${new Date().toISOString()} · ${corpus} without its last 300 records (${served} articles served at the start)`,
    `- 2 replicas (scripts/serve.ts, XUNWEN_WORKERS=1, XUNWEN_PAGE_CACHE_MB=1, ${values.unpinned ? "not pinned" : "replica i pinned to core i with taskset"}) behind nginx on ${cluster.url}; ${database ? `PostgreSQL ${database.url}` : `file index ${indexDir} (no PostgreSQL)`}`,
    `- load: autocannon in this process, ${ctx.connections} connections, ${ctx.paths.length} distinct requests (API and page searches with filters, pages and orders; article pages; suggestions)`,
    `- replica RSS at the end: ${rss.map((r, i) => `replica ${i} ${r} MB`).join(", ")}`,
    ...(nextWarning ? [`- ${nextWarning}`] : []),
    ...results.flatMap((r) => [
      "",
      `${r.n}. ${r.title}`,
      ...r.lines.map((l) => `   ${l}`),
      ...r.targets.map((t) => `   ${t.label}`),
    ]),
    ...(database ? [] : ["", "4. skipped: --file-index has no PostgreSQL to stop"]),
    "",
    `Took ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ];
  console.log(lines.join("\n"));
  const failed = results.flatMap((r) => r.targets).filter((t) => !t.ok);
  console.log(failed.length ? `${failed.length} target(s) missed` : "All targets met");
  process.exitCode = failed.length ? 1 : 0;
} finally {
  await cluster?.stop();
  await database?.stop();
}
