import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { processTree } from "../process-tree";
import { stopProcess } from "./start-nginx";

/**
 * The cluster's replicas: `npm run serve` (scripts/serve.ts) each on its own loopback port with one
 * worker (the cluster scales by replicas, and one worker per replica keeps one engine in memory per
 * process), each with its own local index folder. A replica's stderr goes to
 * `<dir>/replica-<i>/serve.log` (and to `onLine`), so the cluster's console stays readable.
 */

export const REPLICA_HOST = "127.0.0.1";

export interface ReplicaOptions {
  root: string;
  /** The cluster folder; the replica keeps `replica-<i>/` in it. */
  dir: string;
  index: number;
  port: number;
  /** The index source: XUNWEN_DATABASE_URL, or XUNWEN_INDEX_DIR for a file index (tests). */
  env: Record<string, string>;
  onLine?: (line: string) => void;
  /** Pins the replica (primary, worker and their threads) to this core with taskset. */
  cpu?: number;
}

export interface Replica {
  index: number;
  port: number;
  base: string;
  /** The running process, or null when stopped or killed. */
  child: ChildProcess | null;
  start(): void;
  /** Signals the replica's primary and its workers at once (SIGKILL: the whole replica dies). */
  kill(signal: NodeJS.Signals): void;
  stop(): Promise<void>;
}

export function replicaDir(dir: string, index: number): string {
  return path.join(dir, `replica-${index}`);
}

export function createReplica(options: ReplicaOptions): Replica {
  const { root, dir, index, port, env, onLine, cpu } = options;
  const own = replicaDir(dir, index);
  fs.mkdirSync(own, { recursive: true });
  const replica: Replica = {
    index,
    port,
    base: `http://${REPLICA_HOST}:${port}`,
    child: null,
    start() {
      const running = replica.child;
      if (running && running.exitCode === null && running.signalCode === null) return;
      const log = fs.createWriteStream(path.join(own, "serve.log"), { flags: "a" });
      const serve = [
        process.execPath,
        ...["--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", REPLICA_HOST],
      ];
      // taskset execs the command, so the PID held is still the replica's primary.
      const command = cpu === undefined ? serve : ["taskset", "-c", String(cpu), ...serve];
      const child = spawn(command[0]!, command.slice(1), {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: "production",
          NEXT_TELEMETRY_DISABLED: "1",
          XUNWEN_WORKERS: "1",
          // Each replica materialises the served index in a folder of its own.
          XUNWEN_INDEX_DIR: path.join(own, "index"),
          ...env,
        },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let pending = "";
      child.stderr?.on("data", (chunk: Buffer) => {
        log.write(chunk);
        pending += chunk.toString();
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        if (onLine) for (const line of lines) onLine(line);
      });
      child.once("exit", () => {
        log.end();
        if (replica.child === child) replica.child = null;
      });
      replica.child = child;
    },
    kill(signal) {
      const pid = replica.child?.pid;
      if (!pid) return;
      // Its primary and its cluster workers alike.
      for (const p of processTree(pid)) {
        try {
          process.kill(p, signal);
        } catch {
          // already gone
        }
      }
    },
    async stop() {
      if (replica.child) await stopProcess(replica.child);
    },
  };
  return replica;
}
