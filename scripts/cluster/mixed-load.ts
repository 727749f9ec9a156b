import autocannon from "autocannon";
import { buildRequestPaths, percentile } from "../load-test-queries";

/**
 * The cluster test's load: test:load's mixed request set (API and search pages with filters,
 * article pages, suggestions), widened so that an address comes back rarely — each round over
 * the set asks the searches with another page or order and the articles with another highlighted
 * query — and driven by autocannon in this process. Failures (connection errors, timeouts,
 * non-2xx answers) are counted with the time they happened, so a phase can say when they were.
 */

const ROUNDS: Record<string, string>[] = [
  {},
  { page: "2" },
  { sort: "newest" },
  { sort: "oldest" },
  { page: "2", sort: "newest" },
  { page: "4" },
];
const ARTICLE_QUERIES = ["中国", "发展", "会议"];

export function clusterRequestPaths(articleIds: string[], titles: string[]): string[] {
  const base = buildRequestPaths(articleIds);
  const prefixes = [...new Set(titles.map((t) => t.slice(0, 2)).filter((p) => p.length === 2))];
  const paths: string[] = [];
  ROUNDS.forEach((round, k) => {
    for (const p of base) {
      const url = new URL(p, "http://x");
      if (url.pathname === "/" || url.pathname === "/api/search")
        for (const [name, value] of Object.entries(round)) url.searchParams.set(name, value);
      else if (url.pathname.startsWith("/article/"))
        url.searchParams.set("q", ARTICLE_QUERIES[k % ARTICLE_QUERIES.length]!);
      else if (url.pathname === "/api/suggest" && prefixes.length)
        url.searchParams.set("q", prefixes[(k * base.length + paths.length) % prefixes.length]!);
      paths.push(`${url.pathname}${url.search}`);
    }
  });
  return paths;
}

export interface LoadResult {
  requests: number;
  rps: number;
  /** Connection errors and timeouts, then answers that were not 2xx. */
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
  seconds: number;
  /** When each failure happened, in ms since the load started. */
  failureTimes: number[];
  /** CPU of this process (the load generator) over the run: 100 = one core. */
  generatorCpuPct: number;
}

export interface RunningLoad {
  startedAt: number;
  done: Promise<LoadResult>;
  stop(): void;
}

export function startLoad(opts: {
  url: string;
  paths: string[];
  connections: number;
  seconds: number;
}): RunningLoad {
  const { paths } = opts;
  const startedAt = Date.now();
  const cpu0 = process.cpuUsage();
  const failureTimes: number[] = [];
  const latencies: number[] = [];
  let next = 0;
  let non2xx = 0;
  let errors = 0;
  let settle: (error: unknown) => void = () => {};
  const instance = autocannon(
    {
      url: opts.url.replace(/\/$/, ""),
      connections: opts.connections,
      duration: opts.seconds,
      timeout: 30,
      requests: [
        { method: "GET", setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length]! }) },
      ],
    },
    (error) => settle(error),
  );
  instance.on("response", (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status < 200 || status > 299) {
      non2xx++;
      failureTimes.push(Date.now() - startedAt);
    }
  });
  instance.on("reqError", () => {
    errors++;
    failureTimes.push(Date.now() - startedAt);
  });
  const done = new Promise<LoadResult>((resolve, reject) => {
    settle = (error) => {
      if (error) return reject(error instanceof Error ? error : new Error(String(error)));
      const seconds = (Date.now() - startedAt) / 1000;
      const cpu = process.cpuUsage(cpu0);
      latencies.sort((a, b) => a - b);
      resolve({
        requests: latencies.length + errors,
        rps: latencies.length / seconds,
        errors,
        non2xx,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        seconds,
        failureTimes,
        generatorCpuPct: ((cpu.user + cpu.system) / 1e6 / seconds) * 100,
      });
    };
  });
  return { startedAt, done, stop: () => instance.stop() };
}

export function loadLine(r: LoadResult): string {
  return `${r.requests} requests in ${r.seconds.toFixed(0)} s (${r.rps.toFixed(1)}/s) · p50 ${r.p50.toFixed(0)} ms · p99 ${r.p99.toFixed(0)} ms · errors ${r.errors} · non-2xx ${r.non2xx}`;
}
