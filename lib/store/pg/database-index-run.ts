import type pg from "pg";
import { acquireIndexLock } from "../../indexer/index-lock";
import { createPool, describeDatabase, explainDatabaseError } from "./connect";
import { localBuildId, materializeManifest, type DbManifest } from "./materialize-manifest";
import { migrate } from "./migrations";
import { publishToDatabase, type PublishOptions, type PublishResult } from "./write-index-run";

/**
 * `npm run index` with XUNWEN_DATABASE_URL: the database is the index; the local folder (--out)
 * is a working copy. Before the run the working copy is brought to the database's latest manifest
 * (so the incremental run compares with what the database serves); after it, the working copy's
 * manifest is published to the database in one transaction (write-index-run.ts). An empty
 * database takes the working copy as it is, which is how a file index moves into PostgreSQL.
 */

export interface DatabaseIndexRun {
  pool: pg.Pool;
  url: string;
  /** The database's latest manifest when the run began. */
  base: DbManifest | null;
  /** Publishes the working folder's manifest, if it is not the database's already. */
  publish(options?: Pick<PublishOptions, "beforeCommit">): Promise<PublishResult | null>;
  /** The manifest the database serves as far as this run knows: base, or what it published. */
  servedBuildId(): string | null;
  close(): Promise<void>;
}

/** Connects, migrates, and syncs the working folder; throws a clear error when unreachable. */
export async function openDatabaseIndexRun(url: string, out: string): Promise<DatabaseIndexRun> {
  const pool = createPool(url, 2);
  let base: DbManifest | null;
  try {
    await migrate(pool);
    const release = acquireIndexLock(out);
    try {
      base = (await materializeManifest(pool, out)).latest;
    } finally {
      release();
    }
  } catch (error) {
    await pool.end().catch(() => {});
    throw explainDatabaseError(url, error);
  }
  let published = base?.buildId ?? null;
  return {
    pool,
    url,
    base,
    async publish(options = {}) {
      const local = localBuildId(out);
      if (!local || local === published) return null;
      try {
        const result = await publishToDatabase(pool, out, { ...options, baseBuildId: published });
        published = result.buildId;
        return result;
      } catch (error) {
        throw explainDatabaseError(url, error);
      }
    },
    servedBuildId: () => published,
    close: () => pool.end(),
  };
}

/** One line for the CLI after a publish. */
export function describePublish(url: string, r: PublishResult, seconds: number): string {
  const mb = (r.bytesUploaded / 2 ** 20).toFixed(1);
  return (
    `Published to PostgreSQL at ${describeDatabase(url)}: manifest ${r.buildId} (seq ${r.seq}); ` +
    `${r.segmentsUploaded} segment(s), ${mb} MB uploaded; ${r.articlesChanged} article(s) changed, ` +
    `${r.articlesRemoved} removed, in ${seconds.toFixed(1)} s`
  );
}
