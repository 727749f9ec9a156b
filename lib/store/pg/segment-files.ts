import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type pg from "pg";

/**
 * A segment folder in the database: a row per segment, per file (size, SHA-256, chunk count) and
 * per ~1 MB chunk of bytea, so that a replica needs nothing but the connection string. Every file
 * downloaded is checked against its SHA-256 and size before the folder is renamed into place.
 */

export const CHUNK_BYTES = 1 << 20;
/** Chunks fetched per query: bounded memory for files of any size. */
const CHUNKS_PER_QUERY = 8;

export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

interface FileRow {
  path: string;
  size: string;
  sha256: string;
  chunks: number;
}

export class ChecksumError extends Error {
  name = "ChecksumError";
}

/** Relative paths (with "/") of every file under `dir`. */
function listFiles(dir: string, prefix = ""): string[] {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

/** Uploads a segment folder unless the database has it; returns the bytes uploaded. */
export async function uploadSegment(
  client: Queryable,
  dir: string,
  id: string,
  count: number,
): Promise<number> {
  const have = await client.query("SELECT 1 FROM segments WHERE id = $1", [id]);
  if (have.rowCount) return 0;
  const files = listFiles(dir);
  const bytes = files.reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  await client.query("INSERT INTO segments (id, article_count, bytes) VALUES ($1, $2, $3)", [
    id,
    count,
    bytes,
  ]);
  for (const rel of files) {
    const hash = createHash("sha256");
    let n = 0;
    let size = 0;
    const stream = fs.createReadStream(path.join(dir, rel), { highWaterMark: CHUNK_BYTES });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      size += chunk.length;
      await client.query(
        "INSERT INTO segment_chunks (segment_id, path, n, data) VALUES ($1, $2, $3, $4)",
        [id, rel, n++, chunk],
      );
    }
    await client.query(
      "INSERT INTO segment_files (segment_id, path, size, sha256, chunks) VALUES ($1, $2, $3, $4, $5)",
      [id, rel, size, hash.digest("hex"), n],
    );
  }
  return bytes;
}

async function fileRows(q: Queryable, id: string): Promise<FileRow[]> {
  const { rows } = await q.query<FileRow>(
    "SELECT path, size::text AS size, sha256, chunks FROM segment_files WHERE segment_id = $1 ORDER BY path",
    [id],
  );
  if (rows.length === 0) throw new Error(`segment ${id} is not in the database`);
  return rows;
}

function sha256OfFile(file: string): string {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

/** Whether a local segment folder holds exactly the database's files (sizes and checksums). */
export async function localSegmentMatches(q: Queryable, id: string, dir: string): Promise<boolean> {
  if (!fs.existsSync(dir)) return false;
  const rows = await fileRows(q, id);
  if (listFiles(dir).length !== rows.length) return false;
  return rows.every((r) => {
    const file = path.join(dir, r.path);
    return (
      fs.existsSync(file) &&
      fs.statSync(file).size === Number(r.size) &&
      sha256OfFile(file) === r.sha256
    );
  });
}

async function downloadFile(q: Queryable, id: string, row: FileRow, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs.openSync(file, "w");
  const hash = createHash("sha256");
  let size = 0;
  try {
    for (let from = 0; from < row.chunks; from += CHUNKS_PER_QUERY) {
      const { rows } = await q.query<{ n: number; data: Buffer }>(
        "SELECT n, data FROM segment_chunks WHERE segment_id = $1 AND path = $2 AND n >= $3 AND n < $4 ORDER BY n",
        [id, row.path, from, from + CHUNKS_PER_QUERY],
      );
      rows.forEach((c, i) => {
        if (c.n !== from + i)
          throw new ChecksumError(`segment ${id}: ${row.path} lacks chunk ${from + i}`);
        hash.update(c.data);
        size += c.data.length;
        fs.writeSync(fd, c.data);
      });
    }
  } finally {
    fs.closeSync(fd);
  }
  const sha = hash.digest("hex");
  if (size !== Number(row.size) || sha !== row.sha256)
    throw new ChecksumError(
      `segment ${id}: ${row.path} from the database does not match its checksum ` +
        `(${size} bytes, sha256 ${sha.slice(0, 12)}…; expected ${row.size} bytes, ${row.sha256.slice(0, 12)}…)`,
    );
}

/** Downloads a segment into `<segmentsDir>/<id>`, every file verified; returns its bytes. */
export async function downloadSegment(
  q: Queryable,
  id: string,
  segmentsDir: string,
): Promise<number> {
  const rows = await fileRows(q, id);
  // "-<pid>.tmp": publish-index-dir.ts leaves a running process's .tmp folder alone.
  const tmp = path.join(segmentsDir, `${id}.dl-${process.pid}.tmp`);
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  try {
    for (const row of rows) await downloadFile(q, id, row, path.join(tmp, row.path));
    const final = path.join(segmentsDir, id);
    fs.rmSync(final, { recursive: true, force: true });
    fs.renameSync(tmp, final);
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return rows.reduce((n, r) => n + Number(r.size), 0);
}
