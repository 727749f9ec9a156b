import { loadManifest, segmentDir, type SegmentEntry } from "../index-dir/index-manifest";
import {
  createSegmentDir,
  currentBuildDir,
  discardBuildDir,
  finishSegmentDir,
} from "../index-dir/publish-index-dir";
import { writeMergedSegment } from "../search/store/merge-segment-files";
import { waitForIndexLock } from "./index-lock";
import { pickMerge } from "./merge-policy";
import { publishManifest } from "./publish-manifest";

/**
 * Background merges: the segments merge-policy.ts picks are rewritten as one from their files,
 * without their deleted articles and without segmenting again (merge-segment-files.ts), and a
 * manifest listing it in their place is published. The lock is held only to publish, so searching
 * and other index runs go on meanwhile; a removal or update made during the merge is carried over
 * as a deletion in the merged segment, and a merge whose segments were merged away by another run
 * meanwhile is dropped.
 */

export interface MergeResult {
  merged: number;
  articles: number;
  seconds: number;
}

/** Runs one merge if the policy asks for one; null when none is due. */
export async function mergeSegmentsOnce(out: string): Promise<MergeResult | null> {
  const started = Date.now();
  const buildDir = currentBuildDir(out);
  if (!buildDir) return null;
  const manifest = loadManifest(buildDir);
  const picked = pickMerge(manifest.segments);
  if (!picked) return null;
  const { id, tmpDir } = createSegmentDir(out);
  let articles: number;
  try {
    const sources = picked.map((s) => ({ dir: segmentDir(buildDir, s.id), deleted: s.deleted }));
    articles = await writeMergedSegment(sources, tmpDir, manifest.taxonomy);
  } catch (error) {
    discardBuildDir(tmpDir);
    throw error;
  }
  // Renamed only under the lock: until then it is a running process's .tmp, which no other
  // run's clean-up removes.
  const release = await waitForIndexLock(out, 10 * 60_000);
  try {
    const now = loadManifest(currentBuildDir(out)!);
    const ids = new Set(picked.map((s) => s.id));
    const current = now.segments.filter((s) => ids.has(s.id));
    if (current.length !== picked.length) {
      discardBuildDir(tmpDir);
      return null;
    }
    finishSegmentDir(tmpDir);
    const deletedBefore = new Set(picked.flatMap((s) => s.deleted));
    const deletedSince = current.flatMap((s) => s.deleted).filter((d) => !deletedBefore.has(d));
    const merged: SegmentEntry = { id, count: articles, deleted: deletedSince };
    const first = now.segments.findIndex((s) => ids.has(s.id));
    const segments = now.segments.flatMap((s, i) =>
      i === first ? [merged] : ids.has(s.id) ? [] : [s],
    );
    await publishManifest(out, segments, {
      inputs: now.inputs,
      skipped: now.skipped,
      changes: now.changes,
      taxonomy: now.taxonomy,
      mergeOnly: true,
    });
  } finally {
    release();
  }
  return {
    merged: picked.length,
    articles,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Merges until the policy is satisfied. */
export async function mergeSegments(out: string): Promise<MergeResult[]> {
  const done: MergeResult[] = [];
  for (let r = await mergeSegmentsOnce(out); r; r = await mergeSegmentsOnce(out)) done.push(r);
  return done;
}
