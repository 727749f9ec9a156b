import fs from "node:fs";
import path from "node:path";
import type pg from "pg";
import {
  loadManifest,
  manifestSchema,
  SEGMENTS_DIR,
  writeManifest,
  type IndexManifest,
} from "../../index-dir/index-manifest";
import {
  buildsDirFor,
  createBuildDir,
  currentBuildDir,
  discardBuildDir,
  newBuildId,
  publishBuildDir,
} from "../../index-dir/publish-index-dir";
import { inTransaction } from "./connect";
import { downloadSegment, localSegmentMatches, type Queryable } from "./segment-files";

/**
 * The database's latest manifest as a local index folder: the segments the folder lacks are
 * downloaded (each file checked against its SHA-256), cached ones are checked once per process,
 * and the manifest is published with the same atomic link swap as a local build, so the server's
 * watcher (lib/index-dir/watch-index.ts) switches to it as it would to a local run's.
 */

export interface ManifestHead {
  seq: string;
  buildId: string;
  publishedAt: string;
}

export interface DbManifest extends ManifestHead {
  manifest: IndexManifest;
}

export interface MaterializeResult {
  /** The database's latest manifest, or null when it has none (the folder is left alone). */
  latest: DbManifest | null;
  /** Whether a new manifest was published into the folder. */
  changed: boolean;
  segmentsDownloaded: number;
  bytesDownloaded: number;
}

type HeadRow = { seq: string; build_id: string; published_at: Date };
const HEAD = "SELECT seq::text AS seq, build_id, published_at FROM manifests";
const toHead = (r: HeadRow): ManifestHead => ({
  seq: r.seq,
  buildId: r.build_id,
  publishedAt: r.published_at.toISOString(),
});

/** The latest manifest's seq, id and time: the cheap query a replica polls. */
export async function readLatestHead(q: Queryable): Promise<ManifestHead | null> {
  const { rows } = await q.query<HeadRow>(`${HEAD} ORDER BY manifests.seq DESC LIMIT 1`);
  return rows[0] ? toHead(rows[0]) : null;
}

export async function readLatestManifest(q: Queryable): Promise<DbManifest | null> {
  const { rows } = await q.query<HeadRow & { manifest: unknown }>(
    `SELECT seq::text AS seq, build_id, published_at, manifest FROM manifests ORDER BY manifests.seq DESC LIMIT 1`,
  );
  const row = rows[0];
  if (!row) return null;
  const parsed = manifestSchema.safeParse(row.manifest);
  if (!parsed.success) throw new Error(`manifest ${row.build_id} in the database is not readable`);
  return { ...toHead(row), manifest: parsed.data };
}

/** The buildId the local folder serves now, or null. */
export function localBuildId(out: string): string | null {
  const dir = currentBuildDir(out);
  if (!dir) return null;
  try {
    return loadManifest(dir).buildId;
  } catch {
    return null;
  }
}

export async function materializeManifest(
  pool: pg.Pool,
  out: string,
  /**
   * verified: segment ids already checked by this process. verifyCurrent: check the cached
   * segments even when the folder holds the latest manifest already (a replica at boot).
   */
  options: { verified?: Set<string>; verifyCurrent?: boolean } = {},
): Promise<MaterializeResult> {
  const verified = options.verified ?? new Set<string>();
  // One snapshot: the manifest and the segments it lists are read as of the same moment.
  return inTransaction(
    pool,
    async (client) => {
      const latest = await readLatestManifest(client);
      const result = { latest, changed: false, segmentsDownloaded: 0, bytesDownloaded: 0 };
      if (!latest) return result;
      const current = localBuildId(out) === latest.buildId;
      if (current && !options.verifyCurrent) return result;
      const segmentsDir = path.join(buildsDirFor(out), SEGMENTS_DIR);
      fs.mkdirSync(segmentsDir, { recursive: true });
      for (const { id } of latest.manifest.segments) {
        const dir = path.join(segmentsDir, id);
        if (verified.has(id) && fs.existsSync(dir)) continue;
        if (!(await localSegmentMatches(client, id, dir))) {
          result.bytesDownloaded += await downloadSegment(client, id, segmentsDir);
          result.segmentsDownloaded++;
        }
        verified.add(id);
      }
      if (current && result.segmentsDownloaded === 0) return result;
      // The folder is named afresh (a build of that id may be here already, as the previous one).
      const buildDir = createBuildDir(out, `db-${newBuildId()}`);
      try {
        writeManifest(buildDir, latest.manifest);
        publishBuildDir(out, buildDir);
      } catch (error) {
        discardBuildDir(buildDir);
        throw error;
      }
      return { ...result, changed: true };
    },
    "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
  );
}
