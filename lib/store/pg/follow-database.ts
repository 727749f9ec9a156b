import { createPool, explainDatabaseError, isConnectionError } from "./connect";
import { listenForManifests, type ManifestListener } from "./listen-manifests";
import { localBuildId, materializeManifest, readLatestHead } from "./materialize-manifest";
import { migrate } from "./migrations";
import { writeReplicaStatus, type ReplicaStatus } from "./replica-status";

/**
 * A replica following the database: whenever the latest manifest differs from the local folder's,
 * it is materialised there (only missing segments downloaded) and the workers' watcher switches.
 * LISTEN xunwen_manifest on a dedicated direct connection (a pooler in transaction mode drops
 * LISTEN) is only a wake-up: notifications sent while it is down are lost, so it syncs on every
 * reconnect, and polls as well. Each sync reads the latest manifest, the whole state, so nothing
 * is skipped however rows committed. The database being down is a status, never an exit.
 */

export interface FollowOptions {
  url: string;
  /** For LISTEN (XUNWEN_DATABASE_DIRECT_URL); defaults to `url`. */
  directUrl?: string;
  /** The local index link the workers serve (XUNWEN_INDEX_DIR). */
  out: string;
  pollMs?: number;
  /** false: polling only (tests; a database that cannot LISTEN). */
  listen?: boolean;
  log?: (message: string) => void;
}

export interface Follower {
  /** Resolves after the first sync attempt, whether or not it reached the database. */
  ready: Promise<void>;
  /** Syncs now (or after the running sync); resolves when done. */
  sync(): Promise<void>;
  status(): ReplicaStatus;
  stop(): Promise<void>;
}

export function followDatabase(options: FollowOptions): Follower {
  const { url, out } = options;
  const log = options.log ?? ((m: string) => console.error(`[xunwen] ${m}`));
  const pool = createPool(url, 2);
  const verified = new Set<string>();
  const status: ReplicaStatus = {
    databaseReachable: null,
    checkedAt: null,
    lastError: null,
    dbManifest: null,
    dbPublishedAt: null,
    localManifest: localBuildId(out),
    listening: false,
  };
  let listener: ManifestListener | null = null;
  let migrated = false;
  let bootChecked = false;
  let stopped = false;

  const syncOnce = async () => {
    try {
      if (!migrated) {
        await migrate(pool);
        migrated = true;
      }
      const head = await readLatestHead(pool);
      status.dbManifest = head?.buildId ?? null;
      status.dbPublishedAt = head?.publishedAt ?? null;
      // At boot the cached segments are checked even when they are the latest manifest's.
      if (head && (head.buildId !== localBuildId(out) || !bootChecked)) {
        const r = await materializeManifest(pool, out, { verified, verifyCurrent: true });
        bootChecked = true;
        if (r.changed && r.latest)
          log(
            `manifest ${r.latest.buildId} from the database: ${r.segmentsDownloaded} segment(s) ` +
              `downloaded (${(r.bytesDownloaded / 2 ** 20).toFixed(1)} MB)`,
          );
        status.dbManifest = r.latest?.buildId ?? null;
        status.dbPublishedAt = r.latest?.publishedAt ?? null;
      }
      if (status.databaseReachable === false) log("the database is reachable again");
      status.databaseReachable = true;
      status.lastError = null;
    } catch (error) {
      const message = explainDatabaseError(url, error).message;
      const down = isConnectionError(error);
      if (message !== status.lastError)
        log(
          `${message}${down ? `; ${localBuildId(out) ? "serving the local copy" : "no local copy to serve"} meanwhile, retrying` : ""}`,
        );
      if (down) status.databaseReachable = false;
      status.lastError = message;
    }
    status.checkedAt = new Date().toISOString();
    status.localManifest = localBuildId(out);
    status.listening = listener?.listening() ?? false;
    try {
      writeReplicaStatus(out, status);
    } catch (error) {
      log(`cannot write the replica status: ${(error as Error).message}`);
    }
  };

  // One sync at a time; a wake-up during one runs another after it.
  let running: Promise<void> | null = null;
  let again = false;
  const sync = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await syncOnce();
      } while (again && !stopped);
    })().finally(() => (running = null));
    return running;
  };

  const poll = setInterval(() => void sync(), options.pollMs ?? 2000);
  poll.unref();
  if (options.listen !== false)
    listener = listenForManifests(options.directUrl ?? url, () => void sync());
  const ready = sync();

  return {
    ready,
    sync,
    status: () => ({ ...status, listening: listener?.listening() ?? false }),
    async stop() {
      stopped = true;
      clearInterval(poll);
      await listener?.stop();
      await running;
      await pool.end().catch(() => {});
    },
  };
}
