/**
 * npm run test:load -- [--index-out DIR] [--corpus PATH] [--duration 60] [--connections 64]
 *                      [--swap prebuilt|rebuild|add] [--add-count 1000] [--seed-from DIR]
 *                      [--max-duration 1200]
 * Drives the production server (loopback only) with autocannon over a mixed request set while a
 * new index build is published, so the server hot-swaps under load. Prints requests, errors,
 * non-2xx, p50/p99 latency (overall and per phase), the workers' event-loop lag per phase (from
 * scripts/serve.ts's XUNWEN_LAG_REPORT lines), server RSS before and after, whether and when the
 * swap happened, and p50/p99 + RSS for the queries that match nearly everything.
 * `--swap prebuilt` (default) rebuilds the corpus first into a staging folder and publishes it
 * mid-run (its segments hard-linked); `--swap rebuild` runs the real index CLI (--rebuild) during
 * the load; `--swap add` serves the corpus without its last --add-count records (the newest: the
 * corpus is in date order) and adds those with the real CLI's incremental run during the load,
 * timing how long until /api/search finds them. The run is extended until the server has switched.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { XWLB_CORPUS } from "./shared-corpus";
import autocannon from "autocannon";
import { getTreeRssMb } from "./process-tree";
import {
  type AddSplit,
  ensureIndex,
  holdsExactly,
  publishCopyOf,
  readManifest,
  saveSeed,
  splitForAdd,
  startIndexCli,
} from "./load/index-setup";
import { lagLine, startLagServer, swapWindows, worstLagP99, type LagServer } from "./load/lag";
import { ensureNextBuild } from "./load/next-build";
import { countFrom, pollUntilVisible, type Visible } from "./load/visibility";
import { buildRequestPaths, heavyQueryPaths, percentile } from "./load-test-queries";

const { values } = parseArgs({
  options: {
    "index-out": { type: "string", default: "/tmp/xunwen-load/index" },
    corpus: { type: "string", default: XWLB_CORPUS },
    duration: { type: "string", default: "60" },
    connections: { type: "string", default: "64" },
    swap: { type: "string", default: "prebuilt" },
    "seed-from": { type: "string", default: "/tmp/xwlb/index" },
    "max-duration": { type: "string", default: "1200" },
    "add-count": { type: "string", default: "1000" },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]);
  process.exit(0);
}
const root = process.cwd();
const out = path.resolve(values["index-out"]);
const corpus = path.resolve(values.corpus);
const duration = Number(values.duration) * 1000;
const maxDuration = Math.max(duration, Number(values["max-duration"]) * 1000);
const connections = Number(values.connections);
const mode = (["rebuild", "add"] as const).find((m) => m === values.swap) ?? "prebuilt";
const workers = Number(process.env.XUNWEN_WORKERS) || os.availableParallelism();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (m: string) => console.error(`[load-test] ${m}`);
const mb = (n: number) => `${n.toFixed(0)} MB`;
const WARM_BURST_S = 10;
const IDLE_MS = 15_000;

const nextWarning = ensureNextBuild(root, log);
// Figures from an empty index would print every target met: refuse instead, and say why.
if (!fs.existsSync(corpus)) {
  console.error(
    `test:load: the corpus ${corpus} is missing (no ../shared beside this clone?); pass --corpus PATH`,
  );
  process.exit(1);
}
const notes: string[] = [];
const staging = path.join(path.dirname(out), "staged", "index");
if (mode === "prebuilt")
  notes.push(
    `swap build: ${await ensureIndex(root, staging, [corpus], [])} (staging ${staging}); published into ${out} mid-run`,
  );
// In add mode the served index is the corpus without its last records; a copy of it is kept so a
// later run starts from it again (the add run changes the served index).
const split: AddSplit | null =
  mode === "add" ? await splitForAdd(corpus, path.dirname(out), Number(values["add-count"])) : null;
const savedSeed = path.join(path.dirname(out), ".load-seed", "base");
const servedInputs = split ? [split.base] : [corpus];
// Without a usable seed, the first build is a copy of the staged rebuild: one full build, not two.
const seeds = [
  values["seed-from"],
  mode === "prebuilt" ? staging : undefined,
  split ? savedSeed : undefined,
]
  .filter((s): s is string => !!s)
  .map((s) => path.resolve(s));
notes.push(`index: ${await ensureIndex(root, out, servedInputs, seeds)}`);
if (split) {
  if (!holdsExactly(savedSeed, servedInputs)) saveSeed(out, savedSeed);
  notes.push(
    `add: the served index is ${corpus} without its last ${split.count} records (${split.base}); those (${split.added}, dated up to the corpus end) are added during the load; visible = /api/search?from=${split.fromDay} (the day after the served records end) finds any (${split.addedFromDay} of them are dated from then)`,
  );
}
const indexed = readManifest(out)?.articleCount ?? 0;
if (indexed === 0) {
  console.error(
    `test:load: the index at ${out} holds no articles (corpus ${corpus}); nothing to measure`,
  );
  process.exit(1);
}
if (nextWarning) {
  notes.push(nextWarning);
  log(nextWarning);
}
const firstBuild = readManifest(out)!.buildId;

let loadStart = Date.now();
const server: LagServer = await startLagServer(root, out);
const pid = server.child.pid ?? 0;
notes.push(
  `server up with build ${firstBuild} after ${((Date.now() - loadStart) / 1000).toFixed(1)} s (first answer includes the index load)`,
);

/** One request per path, sequentially; returns latency in ms and the engine's own tookMs if JSON. */
async function timed(p: string): Promise<{ ms: number; status: number; tookMs: number | null }> {
  const t = performance.now();
  const res = await fetch(server.base + p);
  const body = await res.text();
  const ms = performance.now() - t;
  const tookMs = res.headers.get("content-type")?.includes("json")
    ? ((JSON.parse(body) as { tookMs?: number }).tookMs ?? null)
    : null;
  return { ms, status: res.status, tookMs };
}

try {
  const first = (await (
    await fetch(`${server.base}/api/search?q=${encodeURIComponent("中国")}`)
  ).json()) as { hits: { id: string }[] };
  const paths = buildRequestPaths(first.hits.slice(0, 6).map((h) => h.id));
  let warmFailures = 0;
  for (const p of paths) if ((await timed(p)).status !== 200) warmFailures++;
  // A short burst at full concurrency, so "before" is a server that has already seen this load.
  let w = 0;
  await autocannon({
    url: server.base,
    connections,
    duration: WARM_BURST_S,
    timeout: 30,
    requests: [
      { method: "GET", setupRequest: (req) => ({ ...req, path: paths[w++ % paths.length]! }) },
    ],
  });
  await sleep(IDLE_MS);
  const rssBefore = getTreeRssMb(pid);
  if (split && (await countFrom(server.base, split.fromDay)) !== 0) {
    console.error(`test:load: the served index already finds articles from ${split.fromDay}`);
    process.exitCode = 1;
    throw new Error("served index not as expected");
  }
  log(
    `${paths.length} distinct requests warmed up (${warmFailures} non-200, then ${WARM_BURST_S} s at ${connections} connections); RSS ${mb(rssBefore)}; load for ≥${duration / 1000} s, swap mode ${mode}`,
  );

  // The load phase: phases are "before" (old build), "swapping" (new build published, old one
  // still serving) and "after" (server switched).
  type Phase = "before" | "swapping" | "after";
  const stats: Record<Phase, { lat: number[]; non2xx: number }> = {
    before: { lat: [], non2xx: 0 },
    swapping: { lat: [], non2xx: 0 },
    after: { lat: [], non2xx: 0 },
  };
  let phase: Phase = "before";
  let next = 0;
  let rssPeak = rssBefore;
  let publishedAt = 0;
  let publishNote = "";
  let rebuild: ReturnType<typeof startIndexCli> | null = null;
  let swapStart = Infinity;
  let afterAt = Infinity;
  let visible: Visible | null = null;
  const pollStop = { stopped: false };
  let cliExit: { code: number | null; at: number } | null = null;
  loadStart = Date.now();
  let settle: (r: autocannon.Result) => void = () => {};
  let fail: (e: Error) => void = () => {};
  const finished = new Promise<autocannon.Result>(
    (resolve, reject) => ([settle, fail] = [resolve, reject]),
  );
  const instance = autocannon(
    {
      url: server.base,
      connections,
      duration: maxDuration / 1000,
      timeout: 30,
      requests: [
        { method: "GET", setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) },
      ],
    },
    (error, r) => (error ? fail(error as Error) : settle(r)),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    stats[phase].lat.push(ms);
    if (status < 200 || status > 299) stats[phase].non2xx++;
  });
  const swapAt = mode === "rebuild" ? 5000 : mode === "add" ? duration / 3 : duration / 2;
  const controller = setInterval(() => {
    const elapsed = Date.now() - loadStart;
    if (elapsed % 2000 < 250) rssPeak = Math.max(rssPeak, getTreeRssMb(pid));
    if (phase === "before" && !publishedAt && elapsed >= swapAt) {
      if (mode === "prebuilt") {
        const id = publishCopyOf(staging, out, `staged rebuild ${readManifest(staging)?.buildId}`);
        publishedAt = swapStart = Date.now();
        publishNote = `published the staged rebuild as build ${id} at t=${(elapsed / 1000).toFixed(0)} s`;
        phase = "swapping";
      } else if (!rebuild) {
        const logFile = path.join(path.dirname(out), `${mode}.log`);
        const args = split ? [split.added, "--out", out] : [corpus, "--rebuild", "--out", out];
        rebuild = startIndexCli(root, args, logFile);
        swapStart = rebuild.startedAt;
        publishNote = `index CLI \`node --import tsx scripts/index.ts ${args.join(" ")}\` started at t=${(elapsed / 1000).toFixed(0)} s (log ${logFile})`;
        // The swap phase starts with the command: on 2 cores its work competes with the server's.
        phase = "swapping";
        if (split)
          void pollUntilVisible(server.base, split.fromDay, pollStop).then((v) => (visible = v));
        void rebuild.done.then((code) => {
          publishedAt = Date.now();
          cliExit = { code, at: publishedAt };
          publishNote += `; it exited ${code} at t=${((publishedAt - loadStart) / 1000).toFixed(0)} s`;
        });
      }
    }
    // "after" once every worker has switched (each loads the new build on its own).
    if (phase !== "after" && server.swaps.length >= workers) {
      phase = "after";
      afterAt = Date.now();
    }
    const lastSwap = server.swaps.at(-1)?.at ?? Infinity;
    // An add's command ends after its background merge, whose publish is a swap of its own.
    const settled = !rebuild || cliExit !== null;
    const done =
      phase === "after" && (!split || visible) && settled && Date.now() - lastSwap >= 5000;
    if ((elapsed >= duration && done) || elapsed >= maxDuration - 1000) instance.stop();
  }, 250);
  const result = await finished;
  const loadEnd = Date.now();
  pollStop.stopped = true;
  clearInterval(controller);
  const loadSeconds = (Date.now() - loadStart) / 1000;
  if (rebuild && (rebuild as ReturnType<typeof startIndexCli>).child.exitCode === null)
    (rebuild as ReturnType<typeof startIndexCli>).child.kill("SIGTERM");

  // The same idle as before the load; the server's post-swap GC (10 s after the switch) has run by then.
  await sleep(IDLE_MS);
  const rssAfter = getTreeRssMb(pid);

  const heavy: string[] = [];
  for (const { label, path: p } of heavyQueryPaths()) {
    for (let i = 0; i < 3; i++) await timed(p);
    const rss0 = getTreeRssMb(pid);
    const runs = [];
    for (let i = 0; i < 30; i++) runs.push(await timed(p));
    const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
    const took = runs.map((r) => r.tookMs ?? NaN).sort((a, b) => a - b);
    heavy.push(
      `  ${label.padEnd(14)} HTTP p50 ${percentile(ms, 50).toFixed(0)} ms · p99 ${percentile(ms, 99).toFixed(0)} ms · engine tookMs p50 ${percentile(took, 50).toFixed(0)} · p99 ${percentile(took, 99).toFixed(0)} · RSS ${mb(rss0)} → ${mb(getTreeRssMb(pid))}`,
    );
  }

  const phaseLine = (name: Phase) => {
    const s = stats[name];
    const lat = s.lat.sort((a, b) => a - b);
    return `  ${name.padEnd(9)} ${String(lat.length).padStart(7)} responses · p50 ${percentile(lat, 50).toFixed(0)} ms · p99 ${percentile(lat, 99).toFixed(0)} ms · non-2xx ${s.non2xx}`;
  };
  const swap = server.swaps[0];
  const since = (t: number) => ((t - swapStart) / 1000).toFixed(1);
  const lagPhases = [
    `  before    ${lagLine(server.lag, loadStart, swapStart, loadStart)}`,
    `  swapping  ${lagLine(server.lag, swapStart, afterAt, loadStart)}`,
    `  after     ${lagLine(server.lag, afterAt, loadEnd, loadStart)}`,
  ];
  // The raw per-second reports, with seconds since the load began, to look into a bad second.
  const lagFile = path.join(path.dirname(out), "lag.jsonl");
  fs.writeFileSync(
    lagFile,
    server.lag.map((r) => JSON.stringify({ ...r, t: (r.at - loadStart) / 1000 })).join("\n"),
  );
  const windows = swapWindows(server.swaps);
  const swapLines = windows.map(
    (w, i) =>
      `  swap ${i + 1} (to ${w.buildId}, t=${((w.from - loadStart) / 1000).toFixed(0)}–${((w.to - loadStart) / 1000).toFixed(0)} s) ${lagLine(server.lag, w.from, w.to, loadStart)}`,
  );
  // Every swap counts: the command's phase, and each build's load-to-switch window (a merge's too).
  const swapLag = Math.max(
    worstLagP99(server.lag, swapStart, afterAt),
    ...windows.map((w) => worstLagP99(server.lag, w.from, w.to)),
  );
  const addLines = split
    ? [
        `Add of ${split.count} articles: command started at t=${((swapStart - loadStart) / 1000).toFixed(0)} s` +
          (cliExit
            ? `, exited ${(cliExit as { code: number | null }).code} after ${since((cliExit as { at: number }).at)} s`
            : ", did not exit") +
          ` · workers switched after ${server.swaps.map((w) => `${since(w.at)} s`).join(", ") || "—"}`,
        `Add → visible: ${visible ? `${since((visible as Visible).at)} s from the command's start to the first /api/search answer finding added articles (${(visible as Visible).found} found, ${(visible as Visible).polls} polls)` : "NEVER (no answer found the added articles)"}` +
          ` · now finds ${await countFrom(server.base, split.fromDay)} of ${split.addedFromDay}`,
      ]
    : [];
  const rssDelta = ((rssAfter - rssBefore) / rssBefore) * 100;
  const lines = [
    "",
    `Load test ${new Date().toISOString()} · ${corpus}`,
    ...notes.map((n) => `- ${n}`),
    `- swap: ${publishNote || "never triggered"}`,
    `- load: ${loadSeconds.toFixed(0)} s at ${connections} connections over ${paths.length} distinct requests (API, page, article, suggest; filters; common and rare terms)`,
    "",
    `Requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s) · errors ${result.errors} (timeouts ${result.timeouts}) · non-2xx ${result.non2xx}`,
    `Latency: p50 ${result.latency.p50} ms · p99 ${result.latency.p99} ms · max ${result.latency.max} ms`,
    "Per phase:",
    phaseLine("before"),
    phaseLine("swapping"),
    phaseLine("after"),
    `Event-loop lag per phase (${workers} workers, per-second reports, ms beyond the 10 ms sampling interval):`,
    ...lagPhases,
    `Event-loop lag per swap (from the first worker starting its load to 2 s after the last switched; every second in ${lagFile}):`,
    ...swapLines,
    ...addLines,
    `Hot swap: ${swap ? `yes, ${firstBuild} → ${swap.buildId}, ${mode === "prebuilt" ? `${((swap.at - publishedAt) / 1000).toFixed(1)} s after publishing` : `${since(swap.at)} s after the command started`} (${server.swaps.length} worker switch(es))` : "NO (the server did not switch)"}` +
      (server.loadErrors.length ? ` · load errors: ${server.loadErrors.join(" | ")}` : ""),
    `RSS: before ${mb(rssBefore)} · peak during load ${mb(rssPeak)} · after (15 s idle, as before) ${mb(rssAfter)} · ${rssDelta >= 0 ? "+" : ""}${rssDelta.toFixed(1)} %`,
    "Queries matching nearly everything (30 sequential requests each, all facets):",
    ...heavy,
    "",
    `Targets: errors 0 ${result.errors === 0 ? "✓" : "✗"} · non-2xx 0 ${result.non2xx === 0 ? "✓" : "✗"} · swap ${swap ? "✓" : "✗"} · RSS after within 15 % ${Math.abs(rssDelta) <= 15 ? "✓" : "✗"} · lag p99 ≤ 50 ms during every swap ${swapLag <= 50 ? "✓" : "✗"} (worst second ${swapLag.toFixed(0)} ms over ${windows.length} swap(s))` +
      (split ? ` · added articles visible ${visible ? "✓" : "✗"}` : ""),
  ];
  console.log(lines.join("\n"));
} finally {
  await server.stop();
}
