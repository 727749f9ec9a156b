import path from "node:path";
import { startLocalPostgres } from "../../lib/store/pg/local-postgres";
import type { Database } from "./start-cluster";

/**
 * The cluster's database: the one XUNWEN_DATABASE_URL names (run by someone else: never stopped
 * here), else a PostgreSQL of its own initialised in `<dir>/postgres` on a loopback port.
 */
export async function openClusterDatabase(
  dir: string,
  port: number,
  log: (m: string) => void,
): Promise<Database & { own: boolean }> {
  const named = process.env.XUNWEN_DATABASE_URL;
  if (named) {
    log(`database: ${named.replace(/:[^:@/]*@/, ":***@")} (XUNWEN_DATABASE_URL)`);
    return { url: named, own: false, stop: async () => {}, start: async () => {} };
  }
  const folder = path.join(dir, "postgres");
  const pg = await startLocalPostgres({ dir: folder, port });
  log(`database: PostgreSQL in ${folder} on 127.0.0.1:${port}`);
  return { ...pg, own: true };
}
