import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * A throwaway PostgreSQL server in a folder of its own, for tests and the local cluster: initdb on
 * first use, listening on 127.0.0.1 only (trust auth), with a database `xunwen`. postgres refuses
 * to run as root, so as root the server runs as the Debian `postgres` user.
 */

export const POSTGRES_APT_HINT = "apt-get install -y postgresql-15";

export type LocalPostgres = {
  url: string;
  /** Fast shutdown (SIGINT): open connections are cut, the data stays. */
  stop(): Promise<void>;
  /** Start again on the same folder and port. */
  start(): Promise<void>;
};

/** The folder holding initdb and postgres (XUNWEN_PG_BIN, else Debian's newest), or null. */
export function findPostgresBin(): string | null {
  const candidates: string[] = [];
  if (process.env.XUNWEN_PG_BIN) candidates.push(process.env.XUNWEN_PG_BIN);
  const root = "/usr/lib/postgresql";
  if (fs.existsSync(root)) {
    const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) candidates.push(path.join(root, v, "bin"));
  }
  for (const bin of candidates) {
    if (fs.existsSync(path.join(bin, "postgres")) && fs.existsSync(path.join(bin, "initdb")))
      return bin;
  }
  return null;
}

type RunAs = { uid: number; gid: number } | null;

function runAsUser(): RunAs {
  if (process.getuid?.() !== 0) return null;
  const line = fs
    .readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((l) => l.startsWith("postgres:"));
  const [, , uid, gid] = line?.split(":") ?? [];
  if (!uid || !gid)
    throw new Error(`running as root but there is no postgres user; ${POSTGRES_APT_HINT}`);
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startLocalPostgres(opts: {
  dir: string;
  port: number;
}): Promise<LocalPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(`PostgreSQL binaries not found; ${POSTGRES_APT_HINT}`);
  const dir = path.resolve(opts.dir);
  const user = runAsUser();
  fs.mkdirSync(dir, { recursive: true });
  if (user) fs.chownSync(dir, user.uid, user.gid);
  fs.chmodSync(dir, 0o700);
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) initdb(bin, dir, user);

  // A unix socket path is limited to ~107 bytes; past that, TCP only.
  const socketDir = path.join(dir, `.s.PGSQL.${opts.port}`).length < 100 ? dir : "";
  const args = ["-D", dir, "-p", String(opts.port), "-c", "listen_addresses=127.0.0.1"];
  args.push("-c", `unix_socket_directories=${socketDir}`);
  const url = `postgres://postgres@127.0.0.1:${opts.port}/xunwen`;
  let child: ChildProcess | null = null;
  const killOnExit = () => child?.kill("SIGINT");

  const start = async () => {
    if (child) return;
    const log = fs.openSync(path.join(dir, "postgres.log"), "a");
    if (user) fs.fchownSync(log, user.uid, user.gid);
    const proc = spawn(path.join(bin, "postgres"), args, {
      stdio: ["ignore", log, log],
      ...(user ?? {}),
    });
    fs.closeSync(log);
    child = proc;
    proc.once("exit", () => {
      if (child === proc) child = null;
    });
    process.once("exit", killOnExit);
    await waitReady(opts.port, proc, dir);
    await ensureDatabase(opts.port);
  };

  const stop = async () => {
    const proc = child;
    if (!proc) return;
    process.removeListener("exit", killOnExit);
    await new Promise<void>((resolve) => {
      proc.once("exit", () => resolve());
      proc.kill("SIGINT");
    });
    child = null;
  };

  await start();
  return { url, start, stop };
}

function initdb(bin: string, dir: string, user: RunAs): void {
  const result = spawnSync(
    path.join(bin, "initdb"),
    ["-D", dir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
    { encoding: "utf8", ...(user ?? {}) },
  );
  if (result.status !== 0)
    throw new Error(
      `initdb in ${dir} failed (the postgres user needs access to every parent folder): ` +
        `${result.stderr || result.error?.message}`,
    );
}

async function waitReady(port: number, proc: ChildProcess, dir: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (proc.exitCode !== null || proc.signalCode !== null) {
      const log = fs.readFileSync(path.join(dir, "postgres.log"), "utf8").slice(-2000);
      throw new Error(`postgres exited at start (log ${dir}/postgres.log):\n${log}`);
    }
    const client = new pg.Client({
      host: "127.0.0.1",
      port,
      user: "postgres",
      database: "postgres",
    });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function ensureDatabase(port: number): Promise<void> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = 'xunwen'");
    if (found.rowCount === 0) await client.query("CREATE DATABASE xunwen");
  } finally {
    await client.end();
  }
}
