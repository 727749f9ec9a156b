import type pg from "pg";

/**
 * The schema, as a versioned list applied in order at start (index runs and replicas alike), each
 * migration in its own transaction, under a session advisory lock so two processes starting at
 * once do not both apply it. Append new versions; never edit an applied one.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** pg_advisory_lock key for migrations ("xunwen" + 1); index runs use INDEX_RUN_LOCK. */
export const MIGRATION_LOCK = 0x78756e1;
export const INDEX_RUN_LOCK = 0x78756e2;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, segments and their files in chunks, manifests",
    sql: `
      CREATE TABLE manifests (
        seq bigserial PRIMARY KEY,
        build_id text NOT NULL UNIQUE,
        base_build_id text,
        manifest jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE segments (
        id text PRIMARY KEY,
        article_count integer NOT NULL,
        bytes bigint NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE segment_files (
        segment_id text NOT NULL REFERENCES segments (id) ON DELETE CASCADE,
        path text NOT NULL,
        size bigint NOT NULL,
        sha256 text NOT NULL,
        chunks integer NOT NULL,
        PRIMARY KEY (segment_id, path)
      );
      -- A file's row is written after its chunks (its checksum is known only then): deferred.
      CREATE TABLE segment_chunks (
        segment_id text NOT NULL,
        path text NOT NULL,
        n integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (segment_id, path, n),
        FOREIGN KEY (segment_id, path) REFERENCES segment_files (segment_id, path)
          ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED
      );
      CREATE TABLE articles (
        id text PRIMARY KEY,
        input_key text,
        content_hash text NOT NULL,
        doc jsonb NOT NULL,
        segment_id text,
        seq bigint NOT NULL,
        removed boolean NOT NULL DEFAULT false
      );
      CREATE INDEX articles_seq ON articles (seq);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Applies the migrations the database lacks; returns the versions applied now. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  let done = false;
  const onError = () => {};
  client.on("error", onError);
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number }>(
      "SELECT version FROM schema_migrations",
    );
    const have = new Set(rows.map((r) => r.version));
    const newest = Math.max(0, ...have);
    if (newest > SCHEMA_VERSION)
      throw new Error(
        `the database's schema is version ${newest}; this build knows up to ${SCHEMA_VERSION}. Update Xunwen.`,
      );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (have.has(m.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
          m.version,
          m.name,
        ]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw new Error(`migration ${m.version} (${m.name}) failed: ${(error as Error).message}`);
      }
      applied.push(m.version);
    }
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
    done = true;
    return applied;
  } finally {
    client.off("error", onError);
    // A session lock dies with its connection: after a failure the connection is dropped.
    client.release(!done);
  }
}
