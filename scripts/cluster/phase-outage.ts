import path from "node:path";
import { loadLine } from "./mixed-load";
import {
  failureSpread,
  mark,
  startPhaseLoad,
  secondsSince,
  type PhaseContext,
  type PhaseResult,
} from "./phase-context";
import { countArticles, sleep, whenEachFinds } from "./replica-probe";
import { runIndexCli } from "./run-index";

/**
 * Phase 4: PostgreSQL stopped for 10 s during the mixed load. The replicas keep serving from
 * their local copies (target: 0 failed requests, searches included); an index run started during
 * the outage must fail with a clear message (non-zero exit); after PostgreSQL is back the same run
 * must succeed and its articles appear on every replica (asked directly).
 */

const STOP_AT_MS = 5000;
const OUTAGE_MS = 10_000;
const GIVE_UP_MS = 120_000;

export async function runOutagePhase(ctx: PhaseContext, chunk: string): Promise<PhaseResult> {
  const { cluster, database } = ctx;
  if (!database) throw new Error("the outage phase needs the cluster's own PostgreSQL");
  const bases = cluster.replicas.map((r) => r.base);
  const before = await Promise.all(bases.map(countArticles));
  const load = await startPhaseLoad(ctx);
  await sleep(STOP_AT_MS);
  await database.stop();
  const stoppedAt = Date.now();
  ctx.log("outage: PostgreSQL stopped; an index run now should fail");
  const during = runIndexCli(
    ctx.root,
    [chunk, ...cluster.indexArgs],
    cluster.indexEnv,
    path.join(ctx.dir, "index-outage.log"),
  );
  await sleep(Math.max(0, stoppedAt + OUTAGE_MS - Date.now()));
  // A run that outlives the outage is reported as such: it did not fail while it lasted.
  const failedRun = await Promise.race([during, sleep(0).then(() => null)]);
  await database.start();
  const restartedAt = Date.now();
  ctx.log(`outage: PostgreSQL back after ${secondsSince(stoppedAt, restartedAt)} s`);
  const outageRun = failedRun ?? (await during);
  await sleep(5000);
  const rerun = await runIndexCli(
    ctx.root,
    [chunk, ...cluster.indexArgs],
    cluster.indexEnv,
    path.join(ctx.dir, "index-after-outage.log"),
  );
  const expected = (before[0] ?? 0) + (rerun.added ?? 0);
  const seen =
    rerun.code === 0 ? await whenEachFinds(bases, expected, GIVE_UP_MS) : bases.map(() => null);
  load.stop();
  const result = await load.done;
  const failures = result.errors + result.non2xx;
  const failedClearly = failedRun !== null && failedRun.code !== 0;
  const appeared = rerun.code === 0 && (rerun.added ?? 0) > 0 && seen.every((s) => s !== null);
  return {
    title: "PostgreSQL stopped for 10 s during the load",
    lines: [
      loadLine(result),
      `stopped at t=${secondsSince(load.startedAt, stoppedAt)} s for ${secondsSince(stoppedAt, restartedAt)} s; failed requests: ${failureSpread(result.failureTimes, stoppedAt, load.startedAt)}`,
      `index run during the outage: ${failedRun ? `exit ${failedRun.code} after ${secondsSince(failedRun.startedAt, failedRun.endedAt)} s` : `still running when PostgreSQL came back; it then exited ${outageRun.code}`} · its last words: ${outageRun.tail.slice(-2).join(" | ")}`,
      `rerun after the outage: exit ${rerun.code}, ${rerun.added ?? "?"} added, ${secondsSince(rerun.startedAt, rerun.endedAt)} s${rerun.code === 0 ? "" : ` · ${rerun.tail.join(" | ")}`}`,
      ...seen.map(
        (at, i) =>
          `replica ${i}: ${at === null ? `not all ${expected} found within ${GIVE_UP_MS / 1000} s` : `finds all ${expected} ${secondsSince(rerun.endedAt, at)} s after the rerun ended`}`,
      ),
    ],
    targets: [
      {
        label: `0 failed requests (searches included): ${failures} ${mark(failures === 0)}`,
        ok: failures === 0,
      },
      {
        label: `index run during the outage fails clearly: ${failedClearly ? `exit ${failedRun.code}` : "no"} ${mark(failedClearly)}`,
        ok: failedClearly,
      },
      {
        label: `rerun succeeds and its articles appear on every replica ${mark(appeared)}`,
        ok: appeared,
      },
    ],
  };
}
