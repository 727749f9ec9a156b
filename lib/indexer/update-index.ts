import fs from "node:fs";
import path from "node:path";
import type { Article } from "../article";
import {
  loadManifest,
  type ChangeCounts,
  type IndexManifest,
  type SegmentEntry,
} from "../index-dir/index-manifest";
import { keyIsUnder, stampInput, type InputStamp } from "../index-dir/input-stamp";
import {
  createSegmentDir,
  currentBuildDir,
  discardBuildDir,
  finishSegmentDir,
} from "../index-dir/publish-index-dir";
import { ingestPaths } from "../ingest/ingest";
import type { IngestReport } from "../ingest/ingest-report";
import { writeSearchIndex } from "../search/store/write-search-index";
import type { Taxonomy } from "../themes/load-themes";
import { acquireIndexLock } from "./index-lock";
import { publishManifest } from "./publish-manifest";
import { readLiveArticles, type LiveArticles } from "./live-articles";
import { ArticleCounts } from "./article-counts";
import { SEGMENT_ARTICLES } from "./segment-size";
import { SegmentWriter } from "./segment-writer";

/**
 * One index run: new inputs become new segments, changed ones replace their article (which keeps
 * its id), unchanged ones are skipped by content hash before parsing, --remove withdraws; then a
 * new manifest (the old segments with their deletions, plus the new ones) is published atomically.
 * A run killed at any point leaves the previous manifest serving; its unfinished segments are
 * removed by the next publish.
 */

export interface UpdateOptions {
  out: string;
  paths: readonly string[];
  /** Files, folders or article ids to withdraw. */
  remove: readonly string[];
  rebuild: boolean;
  themesFile: string;
  taxonomy: Taxonomy;
  workers: number;
  report: IngestReport;
  onArticle?: (count: number) => void;
  /** "write" while a segment's files are written, "ingest" again after. */
  onPhase?: (phase: "ingest" | "write") => void;
}

export interface UpdateResult {
  changes: ChangeCounts;
  /** Regions and themes of this run's new and changed articles (for the summary). */
  counts: ArticleCounts;
  /** The published build, or null when nothing changed. */
  finalDir: string | null;
  manifest: IndexManifest | null;
}

function previousIndex(out: string, rebuild: boolean) {
  const dir = rebuild ? null : currentBuildDir(out);
  if (!dir) return null;
  return { dir, manifest: loadManifest(dir) };
}

/** Ids that `--remove` names: live articles from those files or folders, or ids as given. */
function idsToRemove(targets: readonly string[], live: LiveArticles): string[] {
  const roots = targets.filter((t) => fs.existsSync(t)).map((t) => path.resolve(t));
  const ids = targets.filter((t) => live.byId.has(t));
  for (const [key, id] of live.byKey) if (keyIsUnder(key, roots)) ids.push(id);
  return [...new Set(ids)];
}

export async function updateIndex(options: UpdateOptions): Promise<UpdateResult> {
  const release = acquireIndexLock(options.out);
  try {
    return await runUpdate(options);
  } finally {
    release();
  }
}

/** A run of fewer articles writes its one segment on this thread, without a thread to start. */
const WRITER_THREAD_FROM = 2_000;
/** Articles a message to the writer's thread. */
const STREAM_BATCH = 500;

async function runUpdate(options: UpdateOptions): Promise<UpdateResult> {
  const { out, report } = options;
  const previous = previousIndex(out, options.rebuild);
  const before = previous?.manifest.taxonomy;
  if (before && before.sha256 !== options.taxonomy.sha256)
    report.warn(
      options.taxonomy.file,
      "taxonomy-changed",
      `themes ${before.sha256} → ${options.taxonomy.sha256}: articles indexed before keep the themes of the old taxonomy; run with --rebuild to tag them all anew`,
    );
  const live = previous
    ? await readLiveArticles(previous.dir, previous.manifest)
    : { byId: new Map(), byKey: new Map(), hashes: new Set<string>() };
  const deleted = new Map(
    (previous?.manifest.segments ?? []).map((s) => [s.id, new Set(s.deleted)]),
  );
  const changes: ChangeCounts = { added: 0, updated: 0, unchanged: 0, removed: 0, skipped: 0 };
  const withdraw = (id: string): boolean => {
    const was = live.byId.get(id);
    if (!was) return false;
    deleted.get(was.segment)?.add(id);
    live.byId.delete(id);
    return true;
  };
  const stamps = new Map<string, InputStamp>();
  const accept = (input: Parameters<typeof stampInput>[0]) => {
    const stamp = stampInput(input);
    if (live.hashes.has(stamp[1])) {
      changes.unchanged++;
      return false;
    }
    stamps.set(input.origin, stamp);
    return true;
  };
  const written: SegmentEntry[] = [];
  const tmpDirs: string[] = [];
  const counts = new ArticleCounts();
  // Articles wait here until there are enough to be worth the writer's thread (a small run
  // writes its one segment on this thread); from then on they stream to it in batches.
  let held: Article[] = [];
  let heldInputs = new Map<string, InputStamp>();
  let inSegment = 0;
  let writer = null as SegmentWriter | null;
  const writes: Promise<void>[] = [];
  const pass = async () => {
    writer ??= new SegmentWriter();
    const [articles, inputs] = [held, heldInputs];
    held = [];
    heldInputs = new Map();
    await writer.add(articles, inputs);
  };
  const endSegment = async () => {
    if (inSegment === 0) return;
    options.onPhase?.("write");
    const { id, tmpDir } = createSegmentDir(out);
    tmpDirs.push(tmpDir);
    written.push({ id, count: inSegment, deleted: [] });
    inSegment = 0;
    if (writer) {
      await pass();
      const write = writer.write(tmpDir, options.taxonomy).then(() => finishSegmentDir(tmpDir));
      write.catch(() => {}); // awaited below, with the others
      writes.push(write);
    } else {
      await writeSearchIndex(held, tmpDir, { taxonomy: options.taxonomy, inputs: heldInputs });
      finishSegmentDir(tmpDir);
      held = [];
      heldInputs = new Map();
    }
    options.onPhase?.("ingest");
  };
  try {
    if (options.paths.length > 0) {
      for await (let article of ingestPaths([...options.paths], report, {
        workers: options.workers,
        themesFile: options.themesFile,
        accept,
      })) {
        const stamp = stamps.get(article.origin);
        stamps.delete(article.origin);
        // A changed input keeps its article's id, so shared links keep working.
        const replaced = stamp ? live.byKey.get(stamp[0]) : undefined;
        if (replaced && replaced !== article.id) article = { ...article, id: replaced };
        if (withdraw(article.id)) changes.updated++;
        else changes.added++;
        if (stamp) heldInputs.set(article.id, stamp);
        held.push(article);
        inSegment++;
        counts.add(article);
        options.onArticle?.(changes.added + changes.updated);
        if (held.length >= (writer ? STREAM_BATCH : WRITER_THREAD_FROM)) await pass();
        if (inSegment >= SEGMENT_ARTICLES) await endSegment();
      }
      await endSegment();
      await Promise.all(writes);
    }
    for (const id of idsToRemove(options.remove, live)) if (withdraw(id)) changes.removed++;
    changes.skipped = report.skipped.length;
    if (changes.added + changes.updated + changes.removed === 0 && previous) {
      return { changes, counts, finalDir: null, manifest: null };
    }
    const segments = [
      ...(previous?.manifest.segments ?? []).map((s) => ({
        ...s,
        deleted: [...(deleted.get(s.id) ?? [])],
      })),
      ...written,
    ];
    const { finalDir, manifest } = await publishManifest(
      out,
      segments,
      {
        inputs: options.paths.map((p) => path.resolve(p)),
        skipped: report.skipped.length,
        changes,
        taxonomy: options.taxonomy,
      },
      { "report.json": JSON.stringify(report, null, 1) },
    );
    return { changes, counts, finalDir, manifest };
  } catch (error) {
    await Promise.allSettled(writes);
    for (const dir of tmpDirs) discardBuildDir(dir);
    throw error;
  } finally {
    await writer?.close();
  }
}
