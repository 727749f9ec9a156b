import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { decodeText } from "./decode-text";
import type { IngestReport } from "./ingest-report";
import { mapRecord, type MappedRecord } from "./map-record";

/**
 * Walks files and folders and yields raw inputs: whole pages (.txt/.html) and mapped records
 * (.jsonl/.ndjson/.json, optionally .gz). Every unreadable file, malformed line or truncated
 * archive is reported with its place and skipped; what could be read is still yielded.
 */

export type RawInput =
  | { kind: "page"; origin: string; text: string; html: boolean }
  | { kind: "record"; origin: string; record: MappedRecord };

const PAGE_TYPES = new Set([".txt", ".html", ".htm"]);
const LINE_RECORD_TYPES = new Set([".jsonl", ".ndjson"]);

function fileType(file: string): { ext: string; gz: boolean } {
  const lower = file.toLowerCase();
  const gz = lower.endsWith(".gz");
  return { ext: path.extname(gz ? lower.slice(0, -3) : lower), gz };
}

/** Lists the files below the given paths, in a stable order (sorted within each folder). */
export async function listInputFiles(paths: string[], report: IngestReport): Promise<string[]> {
  const files: string[] = [];
  const visit = async (p: string): Promise<void> => {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(p);
    } catch (error) {
      report.skip(p, "unreadable", (error as Error).message);
      return;
    }
    if (stat.isDirectory()) {
      const names = (await fs.promises.readdir(p)).filter((n) => !n.startsWith(".")).sort();
      for (const name of names) await visit(path.join(p, name));
    } else if (stat.isFile()) {
      files.push(p);
      report.bytesTotal += stat.size;
    }
  };
  for (const p of paths) await visit(p);
  return files;
}

function openStream(file: string, gz: boolean, report: IngestReport): NodeJS.ReadableStream {
  const raw = fs.createReadStream(file);
  raw.on("data", (chunk) => (report.bytesRead += chunk.length));
  if (!gz) return raw;
  const gunzip = zlib.createGunzip();
  raw.on("error", (error) => gunzip.destroy(error));
  return raw.pipe(gunzip);
}

async function* readLineRecords(file: string, gz: boolean, report: IngestReport) {
  const lines = readline.createInterface({
    input: openStream(file, gz, report),
    crlfDelay: Infinity,
  });
  let lineNo = 0;
  try {
    for await (const line of lines) {
      lineNo++;
      if (!line.trim()) continue;
      const origin = `${file}:${lineNo}`;
      let record: MappedRecord | null = null;
      try {
        record = mapRecord(JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line));
      } catch (error) {
        report.skip(origin, "malformed-record", (error as Error).message);
        continue;
      }
      if (record) yield { kind: "record", origin, record } as const;
      else report.skip(origin, "malformed-record", "not a JSON object");
    }
  } catch (error) {
    const reason = gz ? "truncated-gzip" : "unreadable";
    report.skip(`${file}:${lineNo + 1}`, reason, (error as Error).message);
  }
}

async function readWhole(file: string, gz: boolean): Promise<Buffer> {
  const buf = await fs.promises.readFile(file);
  return gz ? zlib.gunzipSync(buf) : buf;
}

function* arrayRecords(file: string, parsed: unknown, report: IngestReport) {
  const container = parsed as Record<string, unknown> | null;
  const list = Array.isArray(parsed)
    ? parsed
    : (Object.values(container ?? {}).find(Array.isArray) ?? [parsed]);
  for (const [i, value] of (list as unknown[]).entries()) {
    const origin = `${file}#${i}`;
    const record = mapRecord(value);
    if (record) yield { kind: "record", origin, record } as const;
    else report.skip(origin, "malformed-record", "not a JSON object");
  }
}

/** Yields every raw input below `paths`; never throws for a bad file. */
export async function* readInputs(paths: string[], report: IngestReport): AsyncGenerator<RawInput> {
  yield* readInputFiles(await listInputFiles(paths, report), report);
}

/** Yields every raw input of files listed by listInputFiles. */
export async function* readInputFiles(
  files: readonly string[],
  report: IngestReport,
): AsyncGenerator<RawInput> {
  for (const file of files) {
    const { ext, gz } = fileType(file);
    report.files++;
    if (LINE_RECORD_TYPES.has(ext)) {
      yield* readLineRecords(file, gz, report);
      continue;
    }
    if (ext !== ".json" && !PAGE_TYPES.has(ext)) {
      report.skip(file, "unsupported-type", ext || "no extension");
      continue;
    }
    let buf: Buffer;
    try {
      buf = await readWhole(file, gz);
      report.bytesRead += (await fs.promises.stat(file)).size;
    } catch (error) {
      report.skip(file, gz ? "truncated-gzip" : "unreadable", (error as Error).message);
      continue;
    }
    const decoded = decodeText(buf);
    if (!decoded.ok) {
      report.skip(file, decoded.reason);
      continue;
    }
    if (ext === ".json") {
      try {
        yield* arrayRecords(file, JSON.parse(decoded.text), report);
      } catch (error) {
        report.skip(file, "malformed-record", (error as Error).message);
      }
      continue;
    }
    yield { kind: "page", origin: file, text: decoded.text, html: ext !== ".txt" };
  }
}
