import { type ChildProcess, fork } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WorkerReply, WorkerRequest } from "./types";

/** The runner's side of a child process: one request at a time, answered by one reply. */

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts");

export class BenchWorker {
  private waiting: ((reply: WorkerReply) => void) | null = null;
  private exited: string | null = null;

  private constructor(private readonly child: ChildProcess) {
    child.on("message", (reply: WorkerReply) => {
      const resolve = this.waiting;
      this.waiting = null;
      resolve?.(reply);
    });
    child.on("exit", (code, signal) => {
      this.exited = `child exited (${signal ?? code})`;
      this.waiting?.({ type: "error", message: this.exited });
      this.waiting = null;
    });
  }

  /** Starts a child and waits for its "ready" (which carries the bare child's RSS). */
  static async start(heapMb = 16384): Promise<{ worker: BenchWorker; rssMb: number }> {
    const child = fork(WORKER, [], {
      execArgv: ["--import", "tsx", "--expose-gc", `--max-old-space-size=${heapMb}`],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const worker = new BenchWorker(child);
    const ready = await worker.next();
    if (ready.type !== "ready")
      throw new Error(ready.type === "error" ? ready.message : "worker not ready");
    return { worker, rssMb: ready.rssMb };
  }

  private next(): Promise<WorkerReply> {
    if (this.exited) return Promise.resolve({ type: "error", message: this.exited });
    return new Promise((resolve) => {
      this.waiting = resolve;
    });
  }

  /** Sends a request; an "error" reply is thrown. */
  async request<T extends WorkerReply["type"]>(
    msg: WorkerRequest,
    expect: T,
  ): Promise<Extract<WorkerReply, { type: T }>> {
    const reply = this.next();
    this.child.send(msg);
    const r = await reply;
    if (r.type === "error") throw new Error(r.message);
    if (r.type !== expect) throw new Error(`expected ${expect}, got ${r.type}`);
    return r as Extract<WorkerReply, { type: T }>;
  }

  stop(): void {
    if (!this.exited) this.child.kill();
  }
}
