import pg from "pg";

/**
 * The database named by XUNWEN_DATABASE_URL. Every failure to reach it is reported as one clear
 * sentence naming host:port/db (never the password), so an index run or a replica log says what
 * is wrong rather than a bare ECONNREFUSED.
 */

export const DATABASE_URL_ENV = "XUNWEN_DATABASE_URL";
/** Optional direct (non-pooler) URL for LISTEN; defaults to XUNWEN_DATABASE_URL. */
export const DIRECT_URL_ENV = "XUNWEN_DATABASE_DIRECT_URL";

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env[DATABASE_URL_ENV]?.trim() || null;
}

export function directUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  return env[DIRECT_URL_ENV]?.trim() || databaseUrlFromEnv(env);
}

/** "host:port/db" of a connection string, without credentials. */
export function describeDatabase(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || "localhost"}:${u.port || "5432"}${u.pathname || "/"}`;
  } catch {
    return "(unparseable XUNWEN_DATABASE_URL)";
  }
}

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);

/** Whether an error means the server cannot be reached (as opposed to a bad query). */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && (CONNECTION_CODES.has(e.code) || /^(08|57P)/.test(e.code))) return true;
  return /Connection terminated|connection timeout|not queryable|Client has encountered a connection error/i.test(
    e.message ?? "",
  );
}

export class DatabaseUnreachableError extends Error {
  constructor(url: string, cause: unknown) {
    super(`PostgreSQL at ${describeDatabase(url)} is unreachable: ${(cause as Error).message}`);
    this.name = "DatabaseUnreachableError";
  }
}

/** Rethrows a connection failure as DatabaseUnreachableError; other errors as they are. */
export function explainDatabaseError(url: string, error: unknown): Error {
  if (error instanceof DatabaseUnreachableError) return error;
  if (isConnectionError(error)) return new DatabaseUnreachableError(url, error);
  return error as Error;
}

export function clientConfig(url: string): pg.ClientConfig {
  return { connectionString: url, connectionTimeoutMillis: 5000, keepAlive: true };
}

/**
 * A small pool. An idle client that loses its server emits 'error' on the pool; unhandled, that
 * would crash the process, and a replica must outlive its database.
 */
export function createPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({ ...clientConfig(url), max, idleTimeoutMillis: 10_000 });
  pool.on("error", () => {});
  return pool;
}

/** Runs `fn` in one transaction on one client: COMMIT when it returns, ROLLBACK when it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (client: pg.PoolClient) => Promise<T>,
  begin = "BEGIN",
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  // A checked-out client without an 'error' listener would crash the process when cut off.
  const onError = () => (broken = true);
  client.on("error", onError);
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => (broken = true));
    throw error;
  } finally {
    client.off("error", onError);
    client.release(broken);
  }
}
