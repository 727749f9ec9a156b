import { type NextServer, startNextServer } from "../next-server";

/**
 * The server under load with event-loop lag reports: scripts/serve.ts with XUNWEN_LAG_REPORT=1,
 * whose workers each write `{"lag":{worker,p50,p99,max,gcMax,gcKind}}` (ms over one second) to
 * stderr. Those lines are kept (not echoed); the index watcher's "switched to index build" lines
 * (how the load test knows a worker swapped) and "cannot load" lines are recorded and echoed.
 */

export interface LagReport {
  at: number;
  worker: number;
  p50: number;
  p99: number;
  max: number;
  /** The longest garbage-collection pause in that second, and its kind ("minor", "major", …). */
  gcMax: number;
  gcKind: string;
}

/** One worker's switch to a build, when its log line arrived, and how long its load took. */
export interface WorkerSwitch {
  buildId: string;
  at: number;
  loadMs: number | null;
}

export interface LagServer extends NextServer {
  swaps: WorkerSwitch[];
  loadErrors: string[];
  lag: LagReport[];
}

/** The index watcher's "switched to index build <id> (…); loaded in X s, …" line, or null. */
export function parseSwitchLine(line: string, at = Date.now()): WorkerSwitch | null {
  const swap = /switched to index build (\S+)/.exec(line);
  if (!swap) return null;
  const loaded = /loaded in ([\d.]+) s/.exec(line);
  return { buildId: swap[1]!, at, loadMs: loaded ? Number(loaded[1]) * 1000 : null };
}

export function parseLagLine(line: string, at = Date.now()): LagReport | null {
  if (!line.startsWith('{"lag"')) return null;
  try {
    const { lag } = JSON.parse(line) as {
      lag: Omit<LagReport, "at" | "gcMax" | "gcKind"> & { gcMax?: number; gcKind?: string };
    };
    const { worker, p50, p99, max } = lag;
    return { at, worker, p50, p99, max, gcMax: lag.gcMax ?? 0, gcKind: lag.gcKind ?? "" };
  } catch {
    return null;
  }
}

export async function startLagServer(root: string, indexDir: string): Promise<LagServer> {
  const swaps: WorkerSwitch[] = [];
  const loadErrors: string[] = [];
  const lag: LagReport[] = [];
  const server = await startNextServer({
    root,
    indexDir,
    readyPath: `/api/suggest?q=${encodeURIComponent("中")}`,
    timeoutMs: 300_000,
    env: { NODE_ENV: "production", XUNWEN_LAG_REPORT: "1" },
    onStderrLine: (line) => {
      const report = parseLagLine(line);
      if (report) return void lag.push(report);
      const swap = parseSwitchLine(line);
      if (swap) swaps.push(swap);
      else if (/cannot load index build/.test(line)) loadErrors.push(line);
      if (line.trim()) console.error(`  [server] ${line}`);
    },
  });
  return { ...server, swaps, loadErrors, lag };
}

/**
 * One phase's lag from the per-second reports whose second overlaps [from, to) (a report covers
 * the second before it arrived, so one straddling a phase boundary counts in both phases): the
 * worst and the median per-second p99 over all workers, and the largest single delay.
 */
export function lagLine(reports: LagReport[], from: number, to: number, origin: number): string {
  const inPhase = reports.filter((r) => r.at > from && r.at - 1000 < to);
  if (inPhase.length === 0) return "no lag reports";
  const p99s = inPhase.map((r) => r.p99).sort((a, b) => a - b);
  const median = p99s[Math.floor(p99s.length / 2)]!;
  const worst = inPhase.reduce((a, b) => (b.max > a.max ? b : a));
  const at = ((worst.at - origin) / 1000).toFixed(0);
  return `lag p99 worst second ${p99s.at(-1)!.toFixed(0)} ms · median second ${median.toFixed(0)} ms · max ${worst.max.toFixed(0)} ms (worker ${worst.worker}, second ending t=${at} s; its longest GC pause ${worst.gcMax.toFixed(0)} ms${worst.gcKind ? `, ${worst.gcKind}` : ""}) · ${inPhase.length} worker-seconds`;
}

export function worstLagP99(reports: LagReport[], from: number, to: number): number {
  return Math.max(0, ...reports.filter((r) => r.at > from && r.at - 1000 < to).map((r) => r.p99));
}

/**
 * Every swap of the run, one per build switched to (the add's, then its background merge's): from
 * the first worker starting its load to 2 s after the last worker switched, which covers the load,
 * the compose and the first renders and GC on the new build.
 */
export function swapWindows(
  switches: readonly WorkerSwitch[],
): { buildId: string; from: number; to: number }[] {
  const windows = new Map<string, { buildId: string; from: number; to: number }>();
  for (const s of switches) {
    const from = s.at - (s.loadMs ?? 0);
    const w = windows.get(s.buildId);
    if (w) [w.from, w.to] = [Math.min(w.from, from), Math.max(w.to, s.at + 2000)];
    else windows.set(s.buildId, { buildId: s.buildId, from, to: s.at + 2000 });
  }
  return [...windows.values()];
}
