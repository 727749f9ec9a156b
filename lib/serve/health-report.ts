import type { ReplicaStatus } from "../store/pg/replica-status";

/**
 * GET /api/health: which manifest this process serves, whether the database (when there is one)
 * answered the replica's follower, and how far the served manifest is behind the database's
 * latest. 200 while an index is served (searches work from memory even with the database down),
 * 503 when there is none.
 */

export interface ServedManifest {
  buildId: string;
  builtAt: string | null;
  articleCount: number;
}

export interface HealthBody {
  ok: boolean;
  manifest: ServedManifest | null;
  database: {
    configured: boolean;
    reachable: boolean | null;
    checkedAt: string | null;
    error?: string;
  };
  /**
   * 0 when serving the database's latest manifest as last seen; else the seconds since that one
   * was published (how long this replica has been behind). null without a database or before the
   * follower first saw a manifest.
   */
  lagSeconds: number | null;
}

export function healthReport(input: {
  served: ServedManifest | null;
  databaseConfigured: boolean;
  status: ReplicaStatus | null;
  now?: number;
}): { status: 200 | 503; body: HealthBody } {
  const { served, databaseConfigured, status } = input;
  const now = input.now ?? Date.now();
  let lagSeconds: number | null = null;
  if (databaseConfigured && status?.dbManifest) {
    lagSeconds =
      served?.buildId === status.dbManifest
        ? 0
        : Math.max(0, Math.round((now - Date.parse(status.dbPublishedAt ?? "")) / 1000)) || 0;
  }
  const body: HealthBody = {
    ok: served !== null,
    manifest: served,
    database: {
      configured: databaseConfigured,
      reachable: databaseConfigured ? (status?.databaseReachable ?? null) : null,
      checkedAt: status?.checkedAt ?? null,
      ...(status?.lastError ? { error: status.lastError } : {}),
    },
    lagSeconds,
  };
  return { status: served ? 200 : 503, body };
}
