import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { loadVocabulary } from "../../lib/search/eval-sampling";
import { buildRequestPaths } from "../load-test-queries";
import { measurePaint, type PaintFigures } from "./http-lcp";
import { getTreeCpuSeconds, getTreeRssMb } from "../process-tree";
import {
  ensureNextBuild,
  startBaselineServer,
  startServer,
  type RunningServer,
} from "./http-server";
import { replaceSection } from "./write-doc";

/**
 * `npm run bench:http -- [--index DIR] [--baseline REF] [--duration S] [--out FILE]`
 * Drives two production servers on loopback, one after the other on the same index: this
 * checkout's `npm start` server and the one built at REF (default: the last commit before the
 * web tier was reworked). Per endpoint and concurrency (1, 8, 32, 64): requests/s, p50/p99,
 * bytes per response raw and gzipped, and the server's CPU (100 % = one core); then a mixed run at
 * 64 connections (the load test's request mix), memory, and TTFB/LCP of result pages in Chromium.
 * Figures only; nothing is asserted.
 */

const { values } = parseArgs({
  options: {
    index: { type: "string", default: path.join("data", "index") },
    baseline: { type: "string", default: "7ab809c" },
    duration: { type: "string", default: "5" },
    out: { type: "string" },
  },
});
const root = process.cwd();
const indexDir = path.resolve(values.index);
const duration = Number(values.duration);
if (!existsSync(path.join(indexDir, "manifest.json"))) {
  console.error(
    `bench:http: no index at ${indexDir}; build one with npm run index, or pass --index`,
  );
  process.exit(1);
}

// The queries a team repeats (shared links, the landing page's examples), and ones never seen
// before (every request a new word from the index's vocabulary, so no cache can answer it).
const QUERIES = ["中国", "经济 发展", "习近平 会见", "疫情防控", "脱贫攻坚", "一带一路 合作"];
const vocabulary = (await loadVocabulary(indexDir))
  .filter(([w, n]) => /^\p{Script=Han}{2,4}$/u.test(w) && n >= 20)
  .map(([w]) => w);
// The n-th search never asked before: each word of the vocabulary, then each again with another
// order or page, so that the addresses never repeat (autocannon's connections each walk a request
// list from its start, so a list would be asked for by several connections at once).
const VARIANTS = ["", "&sort=newest", "&sort=oldest", "&page=2", "&page=2&sort=newest", "&page=3"];
const newSearch = (n: number) =>
  `/?q=${encodeURIComponent(vocabulary[n % vocabulary.length]!)}${VARIANTS[Math.floor(n / vocabulary.length) % VARIANTS.length]}`;
/** Distinct searches for one server's run, in the same order for each server. */
function newSearches(): () => string {
  let n = 0;
  return () => newSearch(n++);
}
const enc = encodeURIComponent;

async function articleIds(base: string): Promise<string[]> {
  const r = (await (await fetch(`${base}/api/search?q=${enc("中国")}&size=20`)).json()) as {
    hits: { id: string }[];
  };
  return r.hits.map((h) => h.id);
}

type Endpoint = { label: string; paths: string[] };
function endpoints(ids: string[]): Endpoint[] {
  return [
    { label: "/api/search", paths: QUERIES.map((q) => `/api/search?q=${enc(q)}`) },
    { label: "/ (results page)", paths: QUERIES.map((q) => `/?q=${enc(q)}`) },
    { label: "/ (results page, every query new)", paths: [] },
    { label: "/article/[id]", paths: ids.map((id) => `/article/${enc(id)}?q=${enc("中国")}`) },
    {
      label: "/api/suggest",
      paths: ["中", "疫情", "一带", "经济", "发"].map((p) => `/api/suggest?q=${enc(p)}`),
    },
  ];
}

/** One response's body size, raw and as gzip on the wire (read undecoded: fetch would unzip it). */
async function bytesOf(base: string, p: string): Promise<[number, number]> {
  const size = (encoding: string) =>
    new Promise<number>((resolve, reject) =>
      http
        .get(`${base}${p}`, { headers: { "accept-encoding": encoding } }, (res) => {
          let n = 0;
          res.on("data", (c: Buffer) => (n += c.length)).on("end", () => resolve(n));
        })
        .on("error", reject),
    );
  return [await size("identity"), await size("gzip")];
}

async function drive(
  server: RunningServer,
  paths: string[] | (() => string),
  connections: number,
  seconds: number,
) {
  const pid = server.child.pid ?? 0;
  const cpu0 = getTreeCpuSeconds(pid);
  const t0 = performance.now();
  const r = await autocannon({
    url: server.base,
    connections,
    duration: seconds,
    requests:
      typeof paths === "function"
        ? [{ method: "GET" as const, setupRequest: (req) => ({ ...req, path: paths() }) }]
        : paths.map((p) => ({ method: "GET" as const, path: p })),
    headers: { "accept-encoding": "gzip" },
    timeout: 30,
  });
  const cpuPct = ((getTreeCpuSeconds(pid) - cpu0) / ((performance.now() - t0) / 1000)) * 100;
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    cpuPct,
  };
}

interface ServerReport {
  label: string;
  rows: string[];
  mixed: string;
  rssIdle: number;
  rssAfter: number;
  paint: PaintFigures[];
}

async function benchServer(server: RunningServer, label: string): Promise<ServerReport> {
  const pid = server.child.pid ?? 0;
  const ids = await articleIds(server.base);
  const rssIdle = getTreeRssMb(pid);
  const rows: string[] = [];
  const next = newSearches();
  for (const e of endpoints(ids)) {
    const sample = e.paths[0] ?? next();
    const [raw, gz] = await bytesOf(server.base, sample);
    // Warm-up (the repeated queries get cached).
    await drive(server, e.paths.length > 0 ? e.paths : next, 4, 2);
    for (const c of [1, 8, 32, 64]) {
      const f = await drive(server, e.paths.length > 0 ? e.paths : next, c, duration);
      const row = `| ${e.label} | ${c} | ${f.rps.toFixed(0)} | ${f.p50} | ${f.p99} | ${f.errors + f.non2xx} | ${(raw / 1024).toFixed(0)} | ${(gz / 1024).toFixed(0)} | ${f.cpuPct.toFixed(0)} % |`;
      console.error(`[${label}] ${row}`);
      rows.push(row);
    }
  }
  const m = await drive(server, buildRequestPaths(ids), 64, duration * 3);
  const mixed = `${m.rps.toFixed(0)} requests/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.errors + m.non2xx} errors or non-2xx, server CPU ${m.cpuPct.toFixed(0)} %`;
  console.error(`[${label}] mixed at 64: ${mixed}`);
  const rssAfter = getTreeRssMb(pid);
  const paint = await measurePaint(server.base, [next(), next(), next(), next(), next()]);
  return { label, rows, mixed, rssIdle, rssAfter, paint };
}

ensureNextBuild(root);
const reports: ServerReport[] = [];
for (const start of [
  () => startBaselineServer(root, values.baseline, indexDir),
  () =>
    startServer(root, indexDir).then((s) => ({
      ...s,
      label: `this checkout (npm start: ${os.availableParallelism()} workers + response cache)`,
    })),
]) {
  const server = await start();
  try {
    reports.push(await benchServer(server, server.label));
  } finally {
    await server.stop();
  }
}

const table = (r: ServerReport) => `### ${r.label}

| endpoint | connections | requests/s | p50 ms | p99 ms | errors + non-2xx | KB raw | KB gzip | server CPU |
|---|---:|---:|---:|---:|---:|---:|---:|---:|
${r.rows.join("\n")}

- Mixed (the load test's request mix, 64 connections, ${duration * 3} s): ${r.mixed}
- RSS of the server's processes: ${r.rssIdle.toFixed(0)} MB idle after start, ${r.rssAfter.toFixed(0)} MB after the runs
${r.paint.map((p) => `- ${p.profile}: TTFB ${p.ttfbMs.toFixed(0)} ms, LCP ${p.lcpMs.toFixed(0)} ms (median of 5 result pages, each a new query)`).join("\n")}
`;

const section = `## HTTP (production server)

\`npm run bench:http\` on ${new Date().toISOString().slice(0, 10)}, index ${indexDir}; both servers on loopback, one after
the other, same machine (${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB). autocannon for ${duration} s per row
(after a short warm-up), gzip accepted; KB = one response's body, raw and on the wire gzipped; server CPU
= CPU time of the server's processes over wall time (100 % = one core). "Every query new" sends a search
never asked before on every request (a word of the index, then the words again with another order or page), so no cache can answer it.

${reports.map(table).join("\n")}`;
console.log(section);
if (values.out) {
  const previous = existsSync(values.out) ? await readFile(values.out, "utf8") : "";
  await writeFile(values.out, replaceSection(previous, section));
}
