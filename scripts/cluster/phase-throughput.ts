import { startCpuMeter, cpuLine, type CpuShares } from "./cpu-meter";
import { loadLine, startLoad, type LoadResult } from "./mixed-load";
import { mark, type PhaseContext, type PhaseResult } from "./phase-context";

/**
 * Phase 1: the mixed request set through nginx with 1 replica in the upstream, then with 2 (the
 * config reloaded between; both replicas run throughout, so only the upstream changes), same
 * connections and duration. The CPU of the replicas, nginx, the load generator (this process)
 * and everything else on the machine is measured beside each run, since on 2 cores the load
 * generator and other people's work compete with the replicas.
 */

const WARM_S = 10;

async function measure(ctx: PhaseContext, replicas: number, seconds: number) {
  const { cluster } = ctx;
  await cluster.nginx.reload(cluster.replicas.slice(0, replicas).map((r) => r.port));
  const trees: Record<string, number> = { nginx: cluster.nginx.child.pid ?? 0 };
  for (const r of cluster.replicas) trees[`replica ${r.index}`] = r.child?.pid ?? 0;
  const meter = startCpuMeter(trees);
  const result = await startLoad({
    url: cluster.url,
    paths: ctx.paths,
    connections: ctx.connections,
    seconds,
  }).done;
  return { result, cpu: meter.read() };
}

/** Requests per second per core the replicas used: the sizing figure. */
function perReplicaCore(result: LoadResult, cpu: CpuShares): number {
  const replicaCores =
    Object.entries(cpu.parts)
      .filter(([n]) => n.startsWith("replica"))
      .reduce((a, [, v]) => a + v, 0) / 100;
  return result.rps / Math.max(replicaCores, 0.01);
}

export async function runThroughputPhase(ctx: PhaseContext): Promise<PhaseResult> {
  ctx.log(
    `throughput: ${WARM_S} s warm-up over both replicas, then ${ctx.seconds} s with 1, ${ctx.seconds} s with 2`,
  );
  await measure(ctx, 2, WARM_S);
  const one = await measure(ctx, 1, ctx.seconds);
  ctx.log(`1 replica: ${loadLine(one.result)}`);
  const two = await measure(ctx, 2, ctx.seconds);
  ctx.log(`2 replicas: ${loadLine(two.result)}`);
  const ratio = two.result.rps / one.result.rps;
  const failures = [one, two].reduce((a, m) => a + m.result.errors + m.result.non2xx, 0);
  return {
    title: `Throughput through nginx (${ctx.connections} connections, ${ctx.paths.length} distinct requests, ${ctx.seconds} s each)`,
    lines: [
      `1 replica:  ${loadLine(one.result)}`,
      `  ${cpuLine(one.cpu)}`,
      `  ${perReplicaCore(one.result, one.cpu).toFixed(1)} requests/s per core used by the replica`,
      `2 replicas: ${loadLine(two.result)}`,
      `  ${cpuLine(two.cpu)}`,
      `  ${perReplicaCore(two.result, two.cpu).toFixed(1)} requests/s per core used by the replicas`,
      `ratio 2 replicas / 1 replica: ${ratio.toFixed(2)}×`,
    ],
    targets: [
      {
        label: `2 replicas ≥ 1.6× of 1: ${ratio.toFixed(2)}× ${mark(ratio >= 1.6)}`,
        ok: ratio >= 1.6,
      },
      { label: `no failed requests: ${failures} ${mark(failures === 0)}`, ok: failures === 0 },
    ],
  };
}
