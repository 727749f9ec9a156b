import path from "node:path";
import { loadLine } from "./mixed-load";
import {
  mark,
  secondsSince,
  startPhaseLoad,
  type PhaseContext,
  type PhaseResult,
} from "./phase-context";
import { countArticles, sleep, whenEachFinds } from "./replica-probe";
import { runIndexCli } from "./run-index";

/**
 * Phase 3: records held back from the corpus (`chunk`, 100 of its newest) are indexed with the
 * real index CLI while the mixed load runs; from the moment the run ends, each replica is asked
 * directly (not through nginx) until a search finds every article, i.e. the count before plus the
 * run's "added". Target: every replica within 5 s of the run's end.
 */

const START_AT_MS = 5000;
const VISIBLE_MS = 5000;
const GIVE_UP_MS = 120_000;

export async function runAddPhase(ctx: PhaseContext, chunk: string): Promise<PhaseResult> {
  const { cluster } = ctx;
  const bases = cluster.replicas.map((r) => r.base);
  const before = await Promise.all(bases.map(countArticles));
  const load = await startPhaseLoad(ctx);
  await sleep(START_AT_MS);
  ctx.log(`add: indexing ${chunk} during the load`);
  const run = await runIndexCli(
    ctx.root,
    [chunk, ...cluster.indexArgs],
    cluster.indexEnv,
    path.join(ctx.dir, "index-add.log"),
  );
  const expected = (before[0] ?? 0) + (run.added ?? 0);
  const seen =
    run.code === 0 ? await whenEachFinds(bases, expected, GIVE_UP_MS) : bases.map(() => null);
  await sleep(2000);
  load.stop();
  const result = await load.done;
  const lags = seen.map((at) => (at === null ? null : (at - run.endedAt) / 1000));
  // A run that added nothing (its records already indexed) would pass vacuously.
  const allIn =
    run.code === 0 &&
    (run.added ?? 0) > 0 &&
    lags.every((l) => l !== null && l <= VISIBLE_MS / 1000);
  const failures = result.errors + result.non2xx;
  const worst = Math.max(...lags.map((l) => l ?? Infinity));
  return {
    title: `${run.added ?? "?"} new articles indexed during the load`,
    lines: [
      loadLine(result),
      `index run: exit ${run.code}, ${secondsSince(run.startedAt, run.endedAt)} s, ${run.added ?? "?"} added (log ${ctx.dir}/index-add.log)${run.code === 0 ? "" : ` · ${run.tail.join(" | ")}`}`,
      `articles found before: ${before.join(", ")}; expected after: ${expected}`,
      ...lags.map(
        (l, i) =>
          `replica ${i}: ${l === null ? `not all found within ${GIVE_UP_MS / 1000} s` : `finds them ${l.toFixed(1)} s after the run ended${l < 0 ? " (published before the CLI process exited)" : ""}`}`,
      ),
    ],
    targets: [
      {
        label: `visible on every replica within 5 s of the run's end: worst ${Number.isFinite(worst) ? `${worst.toFixed(1)} s` : "never"} ${mark(allIn)}`,
        ok: allIn,
      },
      {
        label: `no failed requests meanwhile: ${failures} ${mark(failures === 0)}`,
        ok: failures === 0,
      },
    ],
  };
}
