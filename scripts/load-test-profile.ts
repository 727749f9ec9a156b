/**
 * npx tsx scripts/load-test-profile.ts [--index DIR] [--runs 20]
 * The queries that match nearly everything (的, 中国, 疫情), in process: engine.search latency
 * p50/p95/p99 with all facets (plain and filtered), heap growth per query, and the CPU hot spots of
 * the query loop alone (V8 sampling profiler through node:inspector; the index load is excluded).
 * Writes the .cpuprofile next to the index for Chrome DevTools. Figures only.
 */
import fs from "node:fs";
import { Session, type Profiler } from "node:inspector/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { parseSearchState } from "../lib/search/query/search-state";
import { HEAVY_QUERIES, percentile } from "./load-test-queries";

const { values } = parseArgs({
  options: {
    index: { type: "string", default: "/tmp/xunwen-load/index" },
    runs: { type: "string", default: "20" },
  },
});
const dir = fs.realpathSync(path.resolve(values.index));
const runs = Number(values.runs);
const engine = await loadSearchEngine(dir);
const states = HEAVY_QUERIES.flatMap((q) => [
  { label: q, state: parseSearchState({ q }).state },
  {
    label: `${q} +filters`,
    state: parseSearchState({ q, region: "湖北省", from: "2020-01-01", to: "2020-06-30" }).state,
  },
  { label: `${q} page 5`, state: parseSearchState({ q, page: "5", sort: "newest" }).state },
]);
for (const { state } of states) engine.search(state); // warm-up

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const rows: string[] = [];
for (const { label, state } of states) {
  const times: number[] = [];
  const heap0 = process.memoryUsage().heapUsed;
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    total = engine.search(state).total;
    times.push(performance.now() - t);
  }
  const heapPerQuery = (process.memoryUsage().heapUsed - heap0) / runs / 2 ** 20;
  times.sort((a, b) => a - b);
  rows.push(
    `  ${label.padEnd(16)} ${String(total).padStart(6)} hits · p50 ${percentile(times, 50).toFixed(1)} ms · p95 ${percentile(times, 95).toFixed(1)} ms · p99 ${percentile(times, 99).toFixed(1)} ms · heap ${heapPerQuery >= 0 ? "+" : ""}${heapPerQuery.toFixed(1)} MB/query (before GC)`,
  );
}
const { profile } = await session.post("Profiler.stop");
session.disconnect();

/** Self time per function (name and file; tsx-compiled code has no useful line numbers), largest first. */
function hotSpots(p: Profiler.Profile, top: number): string[] {
  const dt = new Map<number, number>();
  (p.samples ?? []).forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0)));
  const byFn = new Map<string, number>();
  for (const node of p.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.replace(/^.*\/(lib|node_modules)\//, "$1/")}`;
    byFn.set(key, (byFn.get(key) ?? 0) + (dt.get(node.id) ?? 0));
  }
  const total = [...byFn.values()].reduce((a, b) => a + b, 0);
  return [...byFn.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, us]) => `  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${k}`);
}

const profileFile = path.join(path.dirname(path.resolve(values.index)), "heavy-queries.cpuprofile");
fs.writeFileSync(profileFile, JSON.stringify(profile));
console.log(
  [
    `Heavy queries on ${dir} (${engine.articleCount} articles, ${runs} runs each, engine.search in process):`,
    ...rows,
    `CPU hot spots of the query loop (self time; profile in ${profileFile}):`,
    ...hotSpots(profile, 15),
  ].join("\n"),
);
