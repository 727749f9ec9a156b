import { startLoad } from "./mixed-load";
import type { Cluster, Database } from "./start-cluster";

/** What every phase of test:cluster gets, and what it hands back for the closing summary. */

export interface PhaseContext {
  root: string;
  dir: string;
  cluster: Cluster;
  /** The cluster's own PostgreSQL (the outage phase stops it), or null for a file index. */
  database: Database | null;
  paths: string[];
  connections: number;
  seconds: number;
  log: (message: string) => void;
}

export interface PhaseResult {
  title: string;
  lines: string[];
  /** One line per target: its figure and ✓ or ✗. */
  targets: { label: string; ok: boolean }[];
}

export const mark = (ok: boolean) => (ok ? "✓" : "✗");

export const secondsSince = (from: number, to: number) => ((to - from) / 1000).toFixed(1);

/** Failures of a load, with when they happened relative to an event (e.g. the kill). */
export function failureSpread(times: number[], origin: number, loadStart: number): string {
  if (times.length === 0) return "none";
  const rel = times.map((t) => (loadStart + t - origin) / 1000);
  return `${rel.length} between ${Math.min(...rel).toFixed(1)} s and ${Math.max(...rel).toFixed(1)} s after it`;
}

/** Every replica back behind nginx, then the mixed load through it (until the phase stops it). */
export async function startPhaseLoad(ctx: PhaseContext): Promise<ReturnType<typeof startLoad>> {
  const { cluster } = ctx;
  await cluster.nginx.reload(cluster.replicas.map((r) => r.port));
  return startLoad({
    url: cluster.url,
    paths: ctx.paths,
    connections: ctx.connections,
    seconds: 600,
  });
}
