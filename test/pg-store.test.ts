import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadManifest, SEGMENTS_DIR } from "../lib/index-dir/index-manifest";
import { buildsDirFor } from "../lib/index-dir/publish-index-dir";
import { IngestReport } from "../lib/ingest/ingest-report";
import { updateIndex } from "../lib/indexer/update-index";
import { parseSearchState } from "../lib/search/query/search-state";
import { loadSearchEngine } from "../lib/search/store/load-search-engine";
import { createPool } from "../lib/store/pg/connect";
import { openDatabaseIndexRun } from "../lib/store/pg/database-index-run";
import { followDatabase, type Follower } from "../lib/store/pg/follow-database";
import {
  findPostgresBin,
  POSTGRES_APT_HINT,
  startLocalPostgres,
  type LocalPostgres,
} from "../lib/store/pg/local-postgres";
import {
  localBuildId,
  materializeManifest,
  readLatestHead,
  readLatestManifest,
} from "../lib/store/pg/materialize-manifest";
import { INDEX_RUN_LOCK, migrate, SCHEMA_VERSION } from "../lib/store/pg/migrations";
import { readReplicaStatus } from "../lib/store/pg/replica-status";
import { ChecksumError } from "../lib/store/pg/segment-files";
import { describeTaxonomy, THEMES_PATH } from "../lib/themes/load-themes";
import { getFreePort } from "../scripts/next-server";
import { ROOT } from "./reliability-cli";
import { makeTempDir } from "./temp-dirs";

/**
 * The PostgreSQL store against a real server this file starts (startLocalPostgres, a free port in
 * 55000–55999, a temp folder); never a mock. Skipped, with the reason, without the binaries.
 */

const bin = findPostgresBin();
if (!bin) console.warn(`pg-store tests skipped: no PostgreSQL binaries (${POSTGRES_APT_HINT})`);

const page = (title: string, body: string) => `${title}\n\n2020年3月9日，${body}`;

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function runCli(args: string[], url: string, onStart?: (pid: number) => void) {
  return new Promise<{ code: number | null; signal: string | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/index.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, XUNWEN_DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    onStart?.(child.pid!);
    child.on("close", (code, signal) => resolve({ code, signal, output }));
  });
}

describe.skipIf(!bin)("PostgreSQL as the system of record", () => {
  let db: LocalPostgres;
  let pool: pg.Pool;
  let work: string;
  let out: string;
  const followers: Follower[] = [];
  const input = (name: string, text: string) => {
    const file = path.join(work, "in", name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return file;
  };
  /** One index run in this process (faster than the CLI), published to the database. */
  const indexRun = async (
    paths: string[],
    remove: string[] = [],
    beforeCommit?: () => Promise<void>,
  ) => {
    const run = await openDatabaseIndexRun(db.url, out);
    try {
      await localUpdate(paths, remove);
      return await run.publish({ beforeCommit });
    } finally {
      await run.close();
    }
  };
  /** The local part of a run: the working copy's incremental update. */
  const localUpdate = (paths: string[], remove: string[] = [], target = out) =>
    updateIndex({
      out: target,
      paths,
      remove,
      rebuild: false,
      themesFile: THEMES_PATH,
      taxonomy: describeTaxonomy(THEMES_PATH),
      workers: 1,
      report: new IngestReport(),
    });
  const latest = async () => (await readLatestManifest(pool))?.buildId ?? null;
  const count = async (sql: string, values: unknown[] = []) =>
    Number((await pool.query<{ n: string }>(sql, values)).rows[0]?.n);

  beforeAll(async () => {
    work = makeTempDir("pg");
    fs.chmodSync(work, 0o755); // the postgres user must reach its data folder inside
    db = await startLocalPostgres({ dir: path.join(work, "pg"), port: await getFreePort() });
    pool = createPool(db.url);
    out = path.join(work, "work", "index");
  }, 60_000);

  afterAll(async () => {
    for (const f of followers) await f.stop();
    await pool?.end();
    await db?.stop();
  });

  it("migrations are versioned and idempotent, also when two processes start at once", async () => {
    await expect(migrate(pool)).resolves.toEqual([1]);
    await expect(migrate(pool)).resolves.toEqual([]);
    const versions = await pool.query<{ version: number }>("SELECT version FROM schema_migrations");
    expect(versions.rows.map((r) => r.version)).toEqual([SCHEMA_VERSION]);

    await pool.query("CREATE DATABASE xunwen_race");
    const other = createPool(db.url.replace(/\/xunwen$/, "/xunwen_race"));
    const both = await Promise.all([migrate(other), migrate(other)]);
    expect(both.flat()).toEqual([1]);
    await other.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'future')");
    await expect(migrate(other)).rejects.toThrow(/version 999; this build knows up to 1/);
    await other.end();
  });

  it("an index run writes the articles (text, metadata, hash, seq) and a manifest", async () => {
    input("a.txt", page("鸿雁湖畔通知", "鸿雁湖畔社区发布公告，提醒居民错峰出行，做好个人防护。"));
    input("b.txt", page("龙湾区复工复产", "温州市龙湾区企业有序复工复产，党员干部下沉一线。"));
    const run = await runCli([path.join(work, "in"), "--out", out], db.url);
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(
      /Published to PostgreSQL at 127\.0\.0\.1:\d+\/xunwen: manifest \S+ \(seq 1\)/,
    );
    const m = await readLatestManifest(pool);
    expect(m?.manifest.articleCount).toBe(2);
    const rows = await pool.query<{ title: string; body: string; hash: string; seq: string }>(
      "SELECT doc->>'title' AS title, doc->>'body' AS body, content_hash AS hash, seq::text FROM articles ORDER BY title",
    );
    expect(rows.rows.map((r) => r.title).sort()).toEqual(["鸿雁湖畔通知", "龙湾区复工复产"].sort());
    expect(rows.rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash) && r.seq === m?.seq)).toBe(true);
    expect(rows.rows.some((r) => r.body.includes("错峰出行"))).toBe(true);
  });

  it("an incremental run adds and removes; a replica downloads only the new segment", async () => {
    const replica = path.join(work, "replica-a", "index");
    const first = await materializeManifest(pool, replica);
    expect(first).toMatchObject({ changed: true, segmentsDownloaded: 1 });
    const before = await latest();

    input(
      "c.txt",
      page("崇明区新海镇", "崇明区新海镇三个到位答好疫情防控答卷，网格员挨家挨户排查。"),
    );
    const result = await indexRun([path.join(work, "in")], [path.join(work, "in", "a.txt")]);
    expect(result).toMatchObject({ articlesChanged: 1, articlesRemoved: 1, segmentsUploaded: 1 });
    const removed = await pool.query<{ seq: string }>(
      "SELECT seq::text FROM articles WHERE removed AND doc->>'title' = '鸿雁湖畔通知'",
    );
    expect(removed.rows[0]?.seq).toBe(result?.seq);
    expect(await count("SELECT count(*) AS n FROM articles WHERE seq = $1", [result?.seq])).toBe(2);

    const second = await materializeManifest(pool, replica);
    expect(second).toMatchObject({ changed: true, segmentsDownloaded: 1 });
    expect(localBuildId(replica)).not.toBe(before);
    expect(localBuildId(replica)).toBe(result?.buildId);
    const engine = await loadSearchEngine(fs.realpathSync(replica));
    const hits = (q: string) => engine.search(parseSearchState({ q }).state).total;
    expect([hits("网格员"), hits("错峰出行"), hits("复工复产")]).toEqual([1, 0, 1]);
    // Nothing new: nothing downloaded, nothing published.
    expect(await materializeManifest(pool, replica)).toMatchObject({ changed: false });
  });

  it("a corrupted chunk in the database is caught by its checksum", async () => {
    const where =
      "segment_id = (SELECT segment_id FROM segment_chunks ORDER BY segment_id LIMIT 1) AND path = 'search-docs.json' AND n = 0";
    const saved = await pool.query<{ data: Buffer }>(
      `SELECT data FROM segment_chunks WHERE ${where}`,
    );
    await pool.query(`UPDATE segment_chunks SET data = set_byte(data, 3, 42) WHERE ${where}`);
    const replica = path.join(work, "replica-corrupt", "index");
    try {
      const failed = materializeManifest(pool, replica);
      await expect(failed).rejects.toThrow(ChecksumError);
      await expect(failed).rejects.toThrow(
        /search-docs\.json from the database does not match its checksum/,
      );
      expect(localBuildId(replica)).toBeNull();
    } finally {
      await pool.query(`UPDATE segment_chunks SET data = $1 WHERE ${where}`, [saved.rows[0]?.data]);
    }
    await expect(materializeManifest(pool, replica)).resolves.toMatchObject({ changed: true });
  });

  it("a replica booting on a damaged cache downloads the damaged segment again", async () => {
    const replica = path.join(work, "replica-boot", "index");
    await materializeManifest(pool, replica);
    const segment = loadManifest(fs.realpathSync(replica)).segments[0]!.id;
    const file = path.join(buildsDirFor(replica), SEGMENTS_DIR, segment, "search-docs.json");
    const good = fs.readFileSync(file);
    const bad = Buffer.from(good);
    bad[10] = bad[10]! ^ 1;
    fs.writeFileSync(file, bad);
    const logs: string[] = [];
    const follower = followDatabase({
      url: db.url,
      out: replica,
      pollMs: 600_000,
      listen: false,
      log: (m) => logs.push(m),
    });
    followers.push(follower);
    await follower.ready;
    expect(fs.readFileSync(file).equals(good)).toBe(true);
    expect(logs.join("\n")).toMatch(/1 segment\(s\) downloaded/);
  });

  it("of two runs started from the same manifest, the second to publish is refused", async () => {
    const before = await latest();
    const otherOut = path.join(work, "work-b", "index");
    const a = await openDatabaseIndexRun(db.url, out);
    const b = await openDatabaseIndexRun(db.url, otherOut);
    try {
      input("h.txt", page("志愿服务队", "留验点志愿服务队用细心、耐心和温馨赢得赞誉。"));
      await localUpdate([path.join(work, "in")]);
      await localUpdate([path.join(work, "in")], [], otherOut);
      const first = await a.publish();
      expect(first?.buildId).not.toBe(before);
      await expect(b.publish()).rejects.toThrow(
        /another index run published manifest \S+ to the database meanwhile .* run it again/,
      );
      expect(await latest()).toBe(first?.buildId);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a run that fails before COMMIT leaves the database at the previous manifest", async () => {
    const before = await latest();
    const articles = await count("SELECT count(*) AS n FROM articles");
    const segments = await count("SELECT count(*) AS n FROM segments");
    input("d.txt", page("包头稀土高新区", "包头稀土高新区坚决打赢疫情防控阻击战，联防联控。"));
    await expect(
      indexRun([path.join(work, "in")], [], async () => {
        throw new Error("simulated crash before COMMIT");
      }),
    ).rejects.toThrow(/simulated crash/);
    expect(await latest()).toBe(before);
    expect(await count("SELECT count(*) AS n FROM articles")).toBe(articles);
    expect(await count("SELECT count(*) AS n FROM segments")).toBe(segments);
  });

  it("an index run SIGKILLed inside its transaction commits nothing; the next run completes", async () => {
    const before = await latest();
    input(
      "e.txt",
      page("西湖区应急演练", "杭州市西湖区开展社区疫情防控应急演练，志愿者引导居民。"),
    );
    // Holding the run lock parks the CLI inside its transaction, its segment uploaded, before COMMIT.
    const holder = await pool.connect();
    await holder.query("SELECT pg_advisory_lock($1)", [INDEX_RUN_LOCK]);
    let pid = 0;
    let backend = 0;
    const killed = runCli([path.join(work, "in"), "--out", out], db.url, (p) => (pid = p));
    try {
      await until(
        "the run to wait for the lock",
        async () => {
          const waiting = await pool.query<{ pid: number }>(
            "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%pg_advisory_xact_lock%'",
          );
          backend = waiting.rows[0]?.pid ?? 0;
          return backend !== 0;
        },
        30_000,
      );
      // Its transaction holds the new segment's rows by now.
      expect(
        await count(
          "SELECT count(*) AS n FROM pg_locks WHERE pid = $1 AND mode = 'RowExclusiveLock'",
          [backend],
        ),
      ).toBeGreaterThan(0);
      process.kill(pid, "SIGKILL");
      expect((await killed).signal).toBe("SIGKILL");
    } finally {
      await holder.query("SELECT pg_advisory_unlock($1)", [INDEX_RUN_LOCK]);
      holder.release();
    }
    await until(
      "the killed run's session to end",
      async () =>
        (await count("SELECT count(*) AS n FROM pg_stat_activity WHERE pid = $1", [backend])) === 0,
    );
    expect(await latest()).toBe(before);
    expect(
      await count("SELECT count(*) AS n FROM articles WHERE doc->>'title' = '西湖区应急演练'"),
    ).toBe(0);

    const again = await runCli([path.join(work, "in"), "--out", out], db.url);
    expect(again.code, again.output).toBe(0);
    expect(await latest()).not.toBe(before);
    expect(
      await count(
        "SELECT count(*) AS n FROM articles WHERE NOT removed AND doc->>'title' IN ('西湖区应急演练', '包头稀土高新区')",
      ),
    ).toBe(2);
  }, 60_000);

  it("a replica learns of a new manifest by NOTIFY, and by polling without LISTEN", async () => {
    const notified = followDatabase({
      url: db.url,
      out: path.join(work, "r-notify", "index"),
      pollMs: 600_000,
      log: () => {},
    });
    const polling = followDatabase({
      url: db.url,
      out: path.join(work, "r-poll", "index"),
      pollMs: 300,
      listen: false,
      log: () => {},
    });
    followers.push(notified, polling);
    await Promise.all([notified.ready, polling.ready]);
    await until("LISTEN", () => notified.status().listening);
    expect(notified.status().localManifest).toBe(await latest());

    input("f.txt", page("临时党支部", "方舱医院成立临时党支部，党员亮身份。"));
    const published = await indexRun([path.join(work, "in")]);
    await until("the NOTIFY", () => notified.status().localManifest === published?.buildId, 5000);
    await until("the poll", () => polling.status().localManifest === published?.buildId, 5000);
    expect(polling.status().listening).toBe(false);
    const file = readReplicaStatus(path.join(work, "r-notify", "index"));
    expect(file).toMatchObject({
      databaseReachable: true,
      dbManifest: published?.buildId,
      localManifest: published?.buildId,
    });

    // A cut LISTEN connection is re-established (and catches up).
    await pool.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%'",
    );
    await until("LISTEN to drop", () => !notified.status().listening);
    await until("LISTEN again", () => notified.status().listening);
  });

  it("with PostgreSQL down a replica says so and keeps its index; runs fail clearly; all resumes", async () => {
    const replicaOut = path.join(work, "r-outage", "index");
    const follower = followDatabase({ url: db.url, out: replicaOut, pollMs: 200, log: () => {} });
    followers.push(follower);
    await follower.ready;
    const served = follower.status().localManifest;
    expect(served).not.toBeNull();

    // Cut off between the run's start and its publish: it fails clearly, nothing is half-written.
    const before = await latest();
    const run = await openDatabaseIndexRun(db.url, out);
    input("g.txt", page("网格化管理", "社区网格化管理全覆盖，守好疫情防控第一道防线。"));
    await localUpdate([path.join(work, "in")]);
    await db.stop();
    await expect(run.publish()).rejects.toThrow(
      /^PostgreSQL at 127\.0\.0\.1:\d+\/xunwen is unreachable/,
    );
    await run.close();
    await until("the follower to notice", () => follower.status().databaseReachable === false);
    expect(follower.status().lastError).toMatch(
      /PostgreSQL at 127\.0\.0\.1:\d+\/xunwen is unreachable/,
    );
    expect(readReplicaStatus(replicaOut)?.databaseReachable).toBe(false);
    expect(localBuildId(replicaOut)).toBe(served);
    const failed = await runCli([path.join(work, "in"), "--out", out], db.url);
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(
      /PostgreSQL at 127\.0\.0\.1:\d+\/xunwen is unreachable: .*\nNothing was indexed; the database is unchanged\./,
    );

    await db.start();
    await until(
      "the follower to reconnect",
      () => follower.status().databaseReachable === true,
      15_000,
    );
    expect(await latest()).toBe(before);
    const published = await indexRun([path.join(work, "in")]);
    expect(published?.articlesChanged).toBe(1);
    // Segments no recent manifest lists are deleted (after merges there were some); listed ones stay.
    const recent = `SELECT DISTINCT jsonb_array_elements(manifest->'segments')->>'id' AS id
      FROM (SELECT manifest FROM manifests ORDER BY seq DESC LIMIT 3) m`;
    expect(await count(`SELECT count(*) AS n FROM segments WHERE id NOT IN (${recent})`)).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM (${recent}) r WHERE id NOT IN (SELECT id FROM segments)`,
      ),
    ).toBe(0);
    expect(await count("SELECT count(*) AS n FROM manifests")).toBeGreaterThan(3);
    await until(
      "the new manifest",
      () => follower.status().localManifest === published?.buildId,
      5000,
    );
  }, 60_000);

  it("the latest manifest is the one of the highest sequence number, also past 9", async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { manifest } = (await readLatestManifest(client))!;
      const max = Number(
        (await client.query<{ n: string }>("SELECT max(seq) AS n FROM manifests")).rows[0]!.n,
      );
      // Sequence numbers written out of text order ("9" > "10" as text): numeric order must win.
      for (const seq of [max + 9, max + 10])
        await client.query("INSERT INTO manifests (seq, build_id, manifest) VALUES ($1, $2, $3)", [
          seq,
          `order-test-${seq}`,
          { ...manifest, buildId: `order-test-${seq}` },
        ]);
      expect((await readLatestHead(client))?.buildId).toBe(`order-test-${max + 10}`);
      expect((await readLatestManifest(client))?.buildId).toBe(`order-test-${max + 10}`);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  });
});
