import { cpuLine, startCpuMeter, type CpuShares } from "./cpu-meter";
import { loadLine, startLoad, type LoadResult } from "./mixed-load";
import { mark, type PhaseContext, type PhaseResult } from "./phase-context";

/**
 * Phase 1: the mixed request set through nginx with 1 replica in the upstream, then with 2 (the
 * config reloaded between; both replicas run throughout, so only the upstream changes), same
 * connections and duration, in alternating rounds (1, 2, 1, 2…) so that a change in what else
 * runs on the machine weighs on both alike. The CPU of the replicas, nginx, the load generator
 * (this process) and everything else on the machine is measured beside each run: on 2 cores the
 * load generator and other people's work compete with the replicas. A round in which the lone
 * replica got less than LONE_MIN_PCT % of its core, or other work took more than QUIET_PCT % of a
 * core while two replicas ran, measures the machine, not the cluster: it is printed (and the ratio
 * over all rounds beside the counted one) but not counted, and rounds go on (up to MAX_ROUNDS)
 * until WANT_QUIET_ROUNDS count; with none, every round counts and the line says so.
 */

const WARM_S = 10;
/** A round counts when the lone replica had its core and other work left the two replicas theirs. */
const LONE_MIN_PCT = 90;
const QUIET_PCT = 15;
const WANT_QUIET_ROUNDS = 2;
const MAX_ROUNDS = 4;

interface Run {
  replicas: number;
  result: LoadResult;
  cpu: CpuShares;
}

async function measure(ctx: PhaseContext, replicas: number, seconds: number): Promise<Run> {
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
  return { replicas, result, cpu: meter.read() };
}

/** CPU the replicas used, in cores. */
const replicaCores = (cpu: CpuShares) =>
  Object.entries(cpu.parts)
    .filter(([n]) => n.startsWith("replica"))
    .reduce((a, [, v]) => a + v, 0) / 100;

function summary(runs: Run[]) {
  const requests = runs.reduce((a, r) => a + r.result.requests, 0);
  const seconds = runs.reduce((a, r) => a + r.result.seconds, 0);
  const cores = runs.reduce((a, r) => a + replicaCores(r.cpu) * r.result.seconds, 0) / seconds;
  const others = runs.reduce((a, r) => a + r.cpu.others * r.result.seconds, 0) / seconds;
  return {
    rps: requests / seconds,
    perCore: requests / seconds / Math.max(cores, 0.01),
    cores,
    others,
  };
}

export async function runThroughputPhase(ctx: PhaseContext): Promise<PhaseResult> {
  ctx.log(
    `throughput: ${WARM_S} s warm-up over both replicas, then rounds of ${ctx.seconds} s with 1 replica and ${ctx.seconds} s with 2`,
  );
  await measure(ctx, 2, WARM_S);
  const rounds: Run[][] = [];
  const quiet = (round: Run[]) =>
    round.every((r) =>
      r.replicas === 1 ? replicaCores(r.cpu) * 100 >= LONE_MIN_PCT : r.cpu.others <= QUIET_PCT,
    );
  while (rounds.length < MAX_ROUNDS && rounds.filter(quiet).length < WANT_QUIET_ROUNDS) {
    const round: Run[] = [];
    for (const replicas of [1, 2]) {
      const run = await measure(ctx, replicas, ctx.seconds);
      ctx.log(
        `${replicas} replica(s): ${loadLine(run.result)} · others ${run.cpu.others.toFixed(0)} %`,
      );
      round.push(run);
    }
    rounds.push(round);
  }
  const counted = rounds.some(quiet) ? rounds.filter(quiet) : rounds;
  const runs = rounds.flat();
  const one = summary(counted.flat().filter((r) => r.replicas === 1));
  const two = summary(counted.flat().filter((r) => r.replicas === 2));
  const which = rounds.some(quiet)
    ? `round(s) ${rounds.flatMap((r, i) => (quiet(r) ? [i + 1] : [])).join(", ")} of ${rounds.length} counted (in the others the lone replica had under ${LONE_MIN_PCT} % of its core, or other work took over ${QUIET_PCT} % of a core beside two replicas)`
    : `no round had the cores free (lone replica under ${LONE_MIN_PCT} % of its core, or other work over ${QUIET_PCT} % beside two): all ${rounds.length} counted`;
  const allRounds =
    summary(runs.filter((r) => r.replicas === 2)).rps /
    summary(runs.filter((r) => r.replicas === 1)).rps;
  const ratio = two.rps / one.rps;
  const failures = runs.reduce((a, r) => a + r.result.errors + r.result.non2xx, 0);
  const total = (s: ReturnType<typeof summary>) =>
    `${s.rps.toFixed(1)} requests/s · replicas used ${(s.cores * 100).toFixed(0)} % CPU (${s.perCore.toFixed(1)} requests/s per core) · everything else on the machine ${s.others.toFixed(0)} %`;
  return {
    title: `Throughput through nginx (${ctx.connections} connections, ${ctx.paths.length} distinct requests, ${ctx.seconds} s per run)`,
    lines: [
      ...rounds.flatMap((round, i) =>
        round.flatMap((r) => [
          `round ${i + 1}, ${r.replicas} replica${r.replicas > 1 ? "s" : ""}: ${loadLine(r.result)}`,
          `  ${cpuLine(r.cpu)}`,
        ]),
      ),
      which,
      `1 replica:  ${total(one)}`,
      `2 replicas: ${total(two)}`,
      `ratio 2 replicas / 1 replica: ${ratio.toFixed(2)}× (per core the replicas used: ${(two.perCore / one.perCore).toFixed(2)}×; over all ${rounds.length} rounds: ${allRounds.toFixed(2)}×)`,
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
