import { loadLine } from "./mixed-load";
import {
  failureSpread,
  mark,
  startPhaseLoad,
  secondsSince,
  type PhaseContext,
  type PhaseResult,
} from "./phase-context";
import path from "node:path";
import { countArticles, servedBuild, sleep, waitFor } from "./replica-probe";
import { runIndexCli } from "./run-index";

/**
 * Phase 2: the mixed load through nginx over both replicas; one replica (its primary and its
 * worker) is killed with SIGKILL; while it is down, 100 held-back records are indexed, so that it
 * has something to catch up on; it is restarted once that run has ended (and at least 5 s after
 * the kill), and timed until it serves the manifest the other one serves and finds the new
 * articles; the load goes on until nginx has sent it requests again. Every failed request
 * (connection error, timeout, non-2xx) over the whole load counts.
 */

const KILL_AT_MS = 8000;
const DOWN_MS = 5000;
const CATCH_UP_MS = 300_000;

/** Which replicas answer `n` requests through nginx (its X-Xunwen-Upstream header). */
async function upstreamsOf(url: string, path: string, n: number): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${url.replace(/\/$/, "")}${path}`);
    await res.arrayBuffer();
    const by = (res.headers.get("x-xunwen-upstream") ?? "?").split(", ").at(-1)!;
    seen.set(by, (seen.get(by) ?? 0) + 1);
  }
  return seen;
}

export async function runKillPhase(ctx: PhaseContext, chunk: string): Promise<PhaseResult> {
  const { cluster } = ctx;
  const [survivor, victim] = cluster.replicas;
  if (!survivor || !victim) throw new Error("the kill phase needs 2 replicas");
  const load = await startPhaseLoad(ctx);
  await sleep(KILL_AT_MS);
  const killedAt = Date.now();
  victim.kill("SIGKILL");
  ctx.log(`kill: replica ${victim.index} (port ${victim.port}) killed with SIGKILL`);
  const before = await countArticles(survivor.base);
  const run = await runIndexCli(
    ctx.root,
    [chunk, ...cluster.indexArgs],
    cluster.indexEnv,
    path.join(ctx.dir, "index-while-down.log"),
  );
  const expected = before + (run.added ?? 0);
  await sleep(Math.max(0, killedAt + DOWN_MS - Date.now()));
  const restartedAt = Date.now();
  victim.start();
  // Caught up: it serves what the survivor serves (a merge may publish again meanwhile) and finds
  // the articles added while it was down.
  let want: string | null = null;
  const servingAt = await waitFor(async () => {
    want = await servedBuild(survivor.base);
    return (
      want !== null &&
      (await servedBuild(victim.base)) === want &&
      (await countArticles(victim.base)) >= expected
    );
  }, CATCH_UP_MS);
  ctx.log(
    `kill: replica ${victim.index} ${servingAt ? `serves ${want} again` : "did not come back"}`,
  );
  // nginx tries a failed replica again after fail_timeout (3 s); give it that and some requests.
  await sleep(5000);
  load.stop();
  const result = await load.done;
  const back = await upstreamsOf(cluster.url, "/api/suggest?q=%E4%B8%AD", 20);
  const victimShare = back.get(`127.0.0.1:${victim.port}`) ?? 0;
  const failures = result.errors + result.non2xx;
  const caughtUp = !!servingAt && run.code === 0 && (run.added ?? 0) > 0 && victimShare > 0;
  return {
    title: "A replica killed with SIGKILL during the load",
    lines: [
      loadLine(result),
      `killed at t=${secondsSince(load.startedAt, killedAt)} s, restarted ${secondsSince(killedAt, restartedAt)} s later; failed requests: ${failureSpread(result.failureTimes, killedAt, load.startedAt)}`,
      `while it was down: index run exit ${run.code}, ${run.added ?? "?"} added in ${secondsSince(run.startedAt, run.endedAt)} s (${before} → ${expected} articles)`,
      servingAt
        ? `restarted replica serves build ${want} and finds all ${expected} articles ${secondsSince(restartedAt, servingAt)} s after its restart`
        : `restarted replica did not catch up (build ${want}, ${expected} articles) within ${CATCH_UP_MS / 1000} s`,
      `afterwards, 20 requests through nginx: ${[...back].map(([a, n]) => `${a} ${n}`).join(", ")}`,
    ],
    targets: [
      { label: `0 failed requests: ${failures} ${mark(failures === 0)}`, ok: failures === 0 },
      {
        label: `restarted, it catches up and serves: ${servingAt ? `${secondsSince(restartedAt, servingAt)} s, ${victimShare}/20 requests` : "no"} ${mark(caughtUp)}`,
        ok: caughtUp,
      },
    ],
  };
}
