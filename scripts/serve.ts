/**
 * `npm start`'s server: `next start` for every core. The primary process forks one worker per
 * core (XUNWEN_WORKERS, default all); the workers share the port (node:cluster) and each serves
 * Next's handler behind the response cache (lib/serve/cached-handler.ts) with its own engine:
 * Node processes cannot share the engine's JavaScript heap, so memory grows by one engine per
 * worker (measured in docs/benchmarks.md). A worker that dies is replaced; SIGINT/SIGTERM stops all.
 * With XUNWEN_LAG_REPORT=1 each worker writes its event-loop lag once a second to stderr as one
 * JSON line `{"lag":{"worker":1,"p50":..,"p99":..,"max":..,"n":..,"gcMax":..}}` (ms, over that
 * second; the 10 ms sampling interval of monitorEventLoopDelay is subtracted, so an idle loop reads
 * ≈0; gcMax is the longest garbage-collection pause).
 * With XUNWEN_DATABASE_URL the primary follows PostgreSQL (lib/store/pg/follow-database.ts): it
 * materialises the latest manifest into XUNWEN_INDEX_DIR (default data/replica-<port>/index)
 * before forking, then keeps it current; the workers serve that folder as they would a local
 * index. Every response names the manifest that served it (X-Xunwen-Index, X-Xunwen-Index-Built).
 *   tsx scripts/serve.ts [-p 3000] [-H 0.0.0.0]
 */
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import {
  constants as perfConstants,
  monitorEventLoopDelay,
  PerformanceObserver,
  type PerformanceEntry,
} from "node:perf_hooks";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import next from "next";
import { readLimitFromEnv } from "../lib/env-limit";
import { withResponseCache } from "../lib/serve/cached-handler";
import { loadServedBuild, servedIndexHeaders } from "../lib/search/serve/get-search-engine";
import { databaseUrlFromEnv, describeDatabase, directUrlFromEnv } from "../lib/store/pg/connect";
import { followDatabase, type Follower } from "../lib/store/pg/follow-database";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: process.env.PORT ?? "3000" },
    hostname: { type: "string", short: "H", default: "0.0.0.0" },
  },
});
const port = Number(values.port);
const hostname = values.hostname;
const workers = readLimitFromEnv("XUNWEN_WORKERS", os.availableParallelism());
const cacheBytes = readLimitFromEnv("XUNWEN_PAGE_CACHE_MB", 64) * 2 ** 20;

/** A GC entry's kind (perf_hooks constants): a scavenge is "minor", a mark-compact "major". */
function gcKindName(kind: number | undefined): string {
  const c = perfConstants;
  if (kind === c.NODE_PERFORMANCE_GC_MINOR) return "minor";
  if (kind === c.NODE_PERFORMANCE_GC_MAJOR) return "major";
  if (kind === c.NODE_PERFORMANCE_GC_INCREMENTAL) return "incremental";
  if (kind === c.NODE_PERFORMANCE_GC_WEAKCB) return "weak callbacks";
  return "";
}

/** Event-loop lag of this worker, reported and reset every second (read by scripts/load-test.ts). */
function startLagReport(worker: number): void {
  const resolution = 10;
  const h = monitorEventLoopDelay({ resolution });
  h.enable();
  // The histogram holds the time between samples, so an idle loop reads the resolution itself.
  const lag = (ns: number) => Math.max(0, Math.round((ns / 1e6 - resolution) * 10) / 10);
  // The longest garbage-collection pause of the second, to tell a collector's stall from a task's.
  let gcMax = 0;
  let gcKind = "";
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.duration > gcMax) {
        gcMax = entry.duration;
        gcKind = gcKindName(
          (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind,
        );
      }
  }).observe({ entryTypes: ["gc"] });
  setInterval(() => {
    if (h.count > 0) {
      const report = { worker, p50: lag(h.percentile(50)), p99: lag(h.percentile(99)) };
      const gc = Math.round(gcMax * 10) / 10;
      process.stderr.write(
        `${JSON.stringify({ lag: { ...report, max: lag(h.max), n: h.count, gcMax: gc, gcKind } })}\n`,
      );
    }
    h.reset();
    gcMax = 0;
    gcKind = "";
  }, 1000).unref();
}

/** The database follower of the primary; resolves once its first sync was tried. */
async function followFromDatabase(url: string): Promise<Follower> {
  const out = (process.env.XUNWEN_INDEX_DIR ??= path.resolve("data", `replica-${port}`, "index"));
  const follower = followDatabase({ url, directUrl: directUrlFromEnv() ?? url, out });
  await follower.ready;
  const s = follower.status();
  const where = `PostgreSQL at ${describeDatabase(url)}`;
  if (s.localManifest)
    console.error(
      `${where}: serving manifest ${s.localManifest} from ${out}` +
        (s.databaseReachable ? "" : " (the database is unreachable; a cached copy, retrying)"),
    );
  else
    console.error(
      s.databaseReachable
        ? `${where} has no index yet; serving none until \`npm run index\` publishes one`
        : `${where} is unreachable and there is no local copy in ${out}; serving no index until it returns (retrying)`,
    );
  return follower;
}

if (cluster.isPrimary) {
  const url = databaseUrlFromEnv();
  const follower = url ? await followFromDatabase(url) : null;
  let stopping = false;
  const stop = () => {
    stopping = true;
    void follower?.stop();
    for (const w of Object.values(cluster.workers ?? {})) w?.kill("SIGTERM");
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  for (let i = 0; i < workers; i++) cluster.fork();
  console.error(`寻文 on http://${hostname}:${port} with ${workers} worker(s)`);
} else {
  // A full GC that also compacts moves live objects inside its pause: right after a swap, with
  // the retired build's garbage, those pauses were 39-65 ms under load (the lag target is 50),
  // 18-36 ms without compaction. Set at run time, not as a node option, so a V8 that drops the
  // flag ignores it instead of refusing to start. 45 swaps in a row grew RSS 9.1 % this way,
  // without creeping (docs/benchmarks.md).
  v8.setFlagsFromString("--no-compact");
  if (process.env.XUNWEN_LAG_REPORT === "1") startLagReport(cluster.worker?.id ?? 0);
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  // The engine lives on globalThis (served-engine.ts), shared with Next's bundled routes: loaded
  // here before the worker listens, so no request waits for it; each call also lets the watcher
  // look for a newer build. Without an index the pages say so, uncached.
  const currentBuild = () => loadServedBuild().then((b) => b?.buildId ?? null);
  await currentBuild();
  const serve = withResponseCache((req, res) => handle(req, res), {
    maxBytes: cacheBytes,
    currentBuild,
  });
  http
    .createServer((req, res) => {
      // The API's X-Xunwen-Index headers on every answer, pages included: set before the handler
      // runs, so the response cache keeps them with the page it renders.
      currentBuild()
        .then(() => {
          for (const [name, value] of Object.entries(servedIndexHeaders()))
            res.setHeader(name, value);
          return serve(req, res);
        })
        .catch((error: unknown) => {
          console.error(error);
          if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
          res.end("服务器内部错误");
        });
    })
    .listen(port, hostname);
}
