/**
 * npm run cluster -- --replicas N [--port 8080] [--corpus PATH…] [--dir data/cluster] [--pg-port 5433] [--pin]
 * Xunwen as a cluster on this machine, loopback only: PostgreSQL (initialised in <dir>/postgres,
 * unless XUNWEN_DATABASE_URL names a database), N replicas (scripts/serve.ts, one worker each,
 * following the database), and nginx in front as the load balancer (passive health checks, a
 * request retried on the next replica on a connection error). When the database holds no index,
 * --corpus (default data/samples) is indexed into it first. Prints the URL; Ctrl-C stops nginx,
 * the replicas, then PostgreSQL. Installs nothing: missing Debian packages are named with the
 * apt-get command. --pin: replica i runs on core i (taskset), one replica per core.
 * Add articles meanwhile with XUNWEN_DATABASE_URL=<url> npm run index -- PATH --out DIR.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openClusterDatabase } from "./cluster/database";
import { findMissingPackages } from "./cluster/missing-packages";
import { startCluster, type Cluster } from "./cluster/start-cluster";
import { ensureNextBuild } from "./load/next-build";

const { values } = parseArgs({
  options: {
    replicas: { type: "string", default: "2" },
    port: { type: "string", default: "8080" },
    corpus: { type: "string", multiple: true, default: ["data/samples"] },
    dir: { type: "string", default: "data/cluster" },
    "pg-port": { type: "string", default: "5433" },
    pin: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});
if (values.help) {
  console.log(fs.readFileSync(new URL(import.meta.url), "utf8").split("*/")[0]);
  process.exit(0);
}
const root = process.cwd();
const log = (m: string) => console.error(`[cluster] ${m}`);
const replicas = Number(values.replicas);
const port = Number(values.port);
if (!Number.isInteger(replicas) || replicas < 1 || !Number.isInteger(port)) {
  console.error("usage: npm run cluster -- --replicas N [--port 8080] (see --help)");
  process.exit(1);
}
const missing = findMissingPackages({ needPostgres: !process.env.XUNWEN_DATABASE_URL });
if (missing) {
  console.error(missing.message);
  process.exit(1);
}
const dir = path.resolve(values.dir);
const warning = ensureNextBuild(root, log);
if (warning) log(warning);

const database = await openClusterDatabase(dir, Number(values["pg-port"]), log);
let cluster: Cluster | undefined;
let stopping = false;
const stopAll = async () => {
  if (stopping) return;
  stopping = true;
  log("stopping nginx, the replicas, then the database");
  await cluster?.stop();
  await database.stop();
  process.exit(0);
};
// Registered before the replicas start, so a Ctrl-C while they load stops them too.
process.on("SIGINT", () => void stopAll());
process.on("SIGTERM", () => void stopAll());
try {
  cluster = await startCluster({
    root,
    dir,
    port,
    replicas,
    corpus: values.corpus.map((c) => path.resolve(c)),
    database,
    ...(values.pin ? { pinCores: os.availableParallelism() } : {}),
    log,
  });
  log(`replica logs: ${dir}/replica-<i>/serve.log; nginx: ${dir}/nginx-error.log`);
  log(
    `add articles: XUNWEN_DATABASE_URL=${database.url} npm run index -- PATH… --out ${path.join(dir, "indexer", "index")}`,
  );
  console.log(
    `寻文 cluster (${replicas} replica(s) behind nginx) on ${cluster.url} — Ctrl-C stops it`,
  );
} catch (error) {
  console.error(`[cluster] ${error instanceof Error ? error.message : String(error)}`);
  await database.stop();
  process.exit(1);
}
