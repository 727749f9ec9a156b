import type pg from "pg";
import { loadManifest, segmentDir, type IndexManifest } from "../../index-dir/index-manifest";
import { currentBuildDir } from "../../index-dir/publish-index-dir";
import { inTransaction } from "./connect";
import { INDEX_RUN_LOCK } from "./migrations";
import { liveIdsOf, readSegmentArticles, type ArticleRow } from "./segment-articles";
import { uploadSegment } from "./segment-files";

/**
 * Publishes the manifest an index run left in its local working folder to the database, in ONE
 * transaction: the segments the database lacks (files in chunks), the articles of those segments
 * (inserted or, when their content hash changed, updated with the new change sequence), the
 * withdrawn ones marked removed, the manifest row, and a NOTIFY. Killed or cut off anywhere before
 * COMMIT, nothing of it is visible: the database stays at the previous manifest.
 *
 * Ordering: the change sequence is the manifest's `seq`, taken from its sequence at the start, and
 * the run commits only if, under pg_advisory_xact_lock, the latest manifest is still the one it
 * started from. So committed manifests (and article seqs) increase in commit order. Replicas read
 * the latest manifest, which is the whole state, never a cursor over rows: nothing can be skipped.
 */

export const MANIFEST_CHANNEL = "xunwen_manifest";
/** Manifests whose segments are kept; older segments are deleted (a replica reads the latest). */
const KEEP_MANIFESTS = 3;

export class ConcurrentRunError extends Error {
  name = "ConcurrentRunError";
}

export interface PublishResult {
  seq: string;
  buildId: string;
  segmentsUploaded: number;
  bytesUploaded: number;
  articlesChanged: number;
  articlesRemoved: number;
}

export interface PublishOptions {
  /** The buildId of the database's latest manifest when the run began (null: it had none). */
  baseBuildId: string | null;
  /** Called just before COMMIT (tests simulate a failure there). */
  beforeCommit?: () => Promise<void>;
}

async function latestBuildId(client: pg.PoolClient): Promise<string | null> {
  const { rows } = await client.query<{ build_id: string }>(
    "SELECT build_id FROM manifests ORDER BY seq DESC LIMIT 1",
  );
  return rows[0]?.build_id ?? null;
}

async function upsertArticles(client: pg.PoolClient, rows: ArticleRow[], seq: string) {
  const col = <K extends keyof ArticleRow>(k: K) => rows.map((r) => r[k]);
  const { rows: out } = await client.query<{ changed: boolean }>(
    `INSERT INTO articles (id, input_key, content_hash, doc, segment_id, seq, removed)
     SELECT id, input_key, content_hash, doc, segment_id, $6, false
     FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[])
       AS r(id, input_key, content_hash, doc, segment_id)
     ON CONFLICT (id) DO UPDATE SET
       input_key = excluded.input_key, doc = excluded.doc, segment_id = excluded.segment_id,
       seq = CASE WHEN articles.content_hash = excluded.content_hash AND NOT articles.removed
                  THEN articles.seq ELSE excluded.seq END,
       content_hash = excluded.content_hash, removed = false
     RETURNING seq = $6 AS changed`,
    [col("id"), col("input_key"), col("content_hash"), col("doc"), col("segment_id"), seq],
  );
  return out.filter((r) => r.changed).length;
}

export async function publishToDatabase(
  pool: pg.Pool,
  out: string,
  options: PublishOptions,
): Promise<PublishResult> {
  const buildDir = currentBuildDir(out);
  if (!buildDir) throw new Error(`no published index in ${out} to send to the database`);
  const manifest: IndexManifest = loadManifest(buildDir);
  return inTransaction(pool, async (client) => {
    // Fail fast before uploading when another run has already published.
    const before = await latestBuildId(client);
    if (before !== options.baseBuildId) throw conflict(options.baseBuildId, before);
    const { rows } = await client.query<{ seq: string }>(
      "SELECT nextval(pg_get_serial_sequence('manifests', 'seq'))::text AS seq",
    );
    const seq = rows[0]!.seq;
    let segmentsUploaded = 0;
    let bytesUploaded = 0;
    let articlesChanged = 0;
    const live: string[] = [];
    for (const entry of manifest.segments) {
      const dir = segmentDir(buildDir, entry.id);
      live.push(...liveIdsOf(dir, entry));
      const bytes = await uploadSegment(client, dir, entry.id, entry.count);
      if (bytes === 0) continue;
      segmentsUploaded++;
      bytesUploaded += bytes;
      for await (const batch of readSegmentArticles(dir, entry))
        articlesChanged += await upsertArticles(client, batch, seq);
    }
    await client.query("CREATE TEMP TABLE live_ids (id text PRIMARY KEY) ON COMMIT DROP");
    await client.query("INSERT INTO live_ids SELECT DISTINCT unnest($1::text[])", [live]);
    const removed = await client.query(
      `UPDATE articles SET removed = true, seq = $1
       WHERE NOT removed AND NOT EXISTS (SELECT 1 FROM live_ids l WHERE l.id = articles.id)`,
      [seq],
    );
    // Runs serialise here; everything above may have run alongside another run.
    await client.query("SELECT pg_advisory_xact_lock($1)", [INDEX_RUN_LOCK]);
    const now = await latestBuildId(client);
    if (now !== options.baseBuildId) throw conflict(options.baseBuildId, now);
    await client.query(
      "INSERT INTO manifests (seq, build_id, base_build_id, manifest) VALUES ($1, $2, $3, $4)",
      [seq, manifest.buildId, options.baseBuildId, JSON.stringify(manifest)],
    );
    await client.query(
      `DELETE FROM segments WHERE id NOT IN (
         SELECT jsonb_array_elements(manifest->'segments')->>'id'
         FROM (SELECT manifest FROM manifests ORDER BY seq DESC LIMIT $1) m)`,
      [KEEP_MANIFESTS],
    );
    await client.query("SELECT pg_notify($1, $2)", [MANIFEST_CHANNEL, manifest.buildId]);
    await options.beforeCommit?.();
    return {
      seq,
      buildId: manifest.buildId,
      segmentsUploaded,
      bytesUploaded,
      articlesChanged,
      articlesRemoved: removed.rowCount ?? 0,
    };
  });
}

function conflict(base: string | null, now: string | null): ConcurrentRunError {
  return new ConcurrentRunError(
    `another index run published manifest ${now} to the database meanwhile (this run started from ${base ?? "an empty database"}); nothing of this run was published, run it again`,
  );
}
