import fs from "node:fs";
import path from "node:path";
import { readManifest } from "../load/index-setup";
import { readHealth, waitFor, waitServing } from "./replica-probe";
import { runIndexCli } from "./run-index";
import { startNginx, type RunningNginx } from "./start-nginx";
import { createReplica, type Replica } from "./start-replicas";

/**
 * One cluster on loopback: N replicas and nginx in front, over a database the caller started (or
 * named), or over a shared file index (tests). When the store holds no index yet, the corpus is
 * indexed into it first with the real index CLI. Ports: nginx on `port`, replica i on port+1+i.
 */

export interface Database {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface ClusterOptions {
  root: string;
  dir: string;
  port: number;
  replicas: number;
  /** Indexed when the store holds no index. */
  corpus: string[];
  /** The database replicas follow; null = a file index at `indexDir` that every replica reads. */
  database: Database | null;
  indexDir?: string;
  /** More environment for the replicas (XUNWEN_PAGE_CACHE_MB for the test). */
  replicaEnv?: Record<string, string>;
  /** Replica i pinned to core i mod cores (taskset), so that a replica is one core. */
  pinCores?: number;
  log: (message: string) => void;
}

export interface Cluster {
  url: string;
  replicas: Replica[];
  nginx: RunningNginx;
  /** The index CLI's environment and store arguments for this cluster. */
  indexEnv: Record<string, string>;
  indexArgs: string[];
  stop(): Promise<void>;
}

const REPLICA_START_MS = 600_000;

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const { root, dir, port, database, log } = options;
  fs.mkdirSync(dir, { recursive: true });
  const indexDir = options.indexDir ? path.resolve(options.indexDir) : null;
  if (!database && !indexDir) throw new Error("a cluster needs a database or an index folder");
  const store: Record<string, string> = database
    ? { XUNWEN_DATABASE_URL: database.url }
    : { XUNWEN_INDEX_DIR: indexDir! };
  // With a database, --out is the index CLI's local working copy (synced from the database first).
  const indexArgs = ["--out", database ? path.join(dir, "indexer", "index") : indexDir!];
  const replicas = Array.from({ length: options.replicas }, (_, i) =>
    createReplica({
      root,
      dir,
      index: i,
      port: port + 1 + i,
      env: { ...store, ...options.replicaEnv },
      ...(options.pinCores ? { cpu: i % options.pinCores } : {}),
    }),
  );
  const running = replicas;
  const stop = async () => {
    await nginx?.stop();
    await Promise.all(replicas.map((r) => r.stop()));
  };
  let nginx: RunningNginx | null = null;
  try {
    running.forEach((r) => r.start());
    log(`${running.length} replica(s) starting on ports ${running.map((r) => r.port).join(", ")}`);
    const answering = await waitFor(
      async () => (await readHealth(running[0]!.base)).status !== 0,
      REPLICA_START_MS,
      500,
    );
    if (!answering) throw new Error(`replica 0 did not answer (see ${dir}/replica-0/serve.log)`);
    // A file index is on disk; a database's index is what a replica finds there (its health).
    const empty = indexDir
      ? !readManifest(indexDir)
      : (await readHealth(running[0]!.base)).buildId === null;
    if (empty) {
      log(`the store holds no index: indexing ${options.corpus.join(" ")} (npm run index)`);
      const run = await runIndexCli(
        root,
        [...options.corpus, ...indexArgs],
        store,
        path.join(dir, "index-initial.log"),
      );
      if (run.code !== 0) throw new Error(`the initial index run failed: ${run.tail.join(" | ")}`);
      log(
        `indexed ${run.added ?? "?"} articles in ${((run.endedAt - run.startedAt) / 1000).toFixed(0)} s`,
      );
    }
    for (const r of running)
      if (!(await waitServing(r.base, REPLICA_START_MS)))
        throw new Error(
          `replica ${r.index} does not serve (see ${dir}/replica-${r.index}/serve.log)`,
        );
    nginx = await startNginx({ dir, port, replicaPorts: replicas.map((r) => r.port) });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: nginx.url, replicas, nginx, indexEnv: store, indexArgs, stop };
}
