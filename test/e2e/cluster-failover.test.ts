import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitServing } from "../../scripts/cluster/replica-probe";
import { NGINX_BIN, startNginx, type RunningNginx } from "../../scripts/cluster/start-nginx";
import { createReplica, type Replica } from "../../scripts/cluster/start-replicas";
import { makeTempDir } from "../temp-dirs";

/**
 * The load balancer in front of two replicas of the fixture index (the global setup's): requests
 * keep being answered while one replica is killed with SIGKILL, because nginx retries them on the
 * other. The full figures (throughput, PostgreSQL outage, new articles) are npm run test:cluster's.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const INDEX_DIR = path.join(ROOT, "tmp", "e2e", "index");
const PORT = 56410;
const hasNginx = fs.existsSync(NGINX_BIN);

let replicas: Replica[] = [];
let nginx: RunningNginx | null = null;

beforeAll(async () => {
  if (!hasNginx) return;
  const dir = makeTempDir("cluster");
  replicas = [0, 1].map((index) =>
    createReplica({
      root: ROOT,
      dir,
      index,
      port: PORT + 1 + index,
      env: { XUNWEN_INDEX_DIR: INDEX_DIR },
    }),
  );
  replicas.forEach((r) => r.start());
  for (const r of replicas) expect(await waitServing(r.base, 120_000)).not.toBeNull();
  nginx = await startNginx({ dir, port: PORT, replicaPorts: replicas.map((r) => r.port) });
}, 180_000);

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(replicas.map((r) => r.stop()));
});

/** `n` searches through nginx, `parallel` at a time; the status and replica of each. */
async function searches(n: number, parallel: number): Promise<{ status: number; by: string }[]> {
  const out: { status: number; by: string }[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < n) {
        const i = next++;
        const res = await fetch(
          `${nginx!.url}api/search?q=${encodeURIComponent("疫情")}&page=${(i % 3) + 1}`,
        );
        await res.arrayBuffer();
        out.push({ status: res.status, by: res.headers.get("x-xunwen-upstream") ?? "" });
      }
    }),
  );
  return out;
}

describe.skipIf(!hasNginx)(
  "nginx in front of two replicas (skipped without nginx: apt-get install -y nginx)",
  () => {
    it("balances over both replicas", async () => {
      const answers = await searches(20, 2);
      expect(answers.every((a) => a.status === 200)).toBe(true);
      const by = new Set(answers.map((a) => a.by));
      expect(by).toEqual(new Set(replicas.map((r) => `127.0.0.1:${r.port}`)));
    });

    it("answers every request while one replica is killed with SIGKILL", async () => {
      const during = searches(600, 4);
      await new Promise((r) => setTimeout(r, 300));
      replicas[1]!.kill("SIGKILL");
      const answers = await during;
      expect(answers.filter((a) => a.status !== 200)).toEqual([]);
      // The survivor took over: the last requests all came from it.
      expect(answers.slice(-50).every((a) => a.by.endsWith(`:${replicas[0]!.port}`))).toBe(true);
    });
  },
);
