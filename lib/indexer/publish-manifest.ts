import fs from "node:fs";
import path from "node:path";
import {
  INDEX_FORMAT,
  INDEX_FORMAT_VERSION,
  segmentDir,
  writeManifest,
  type IndexManifest,
  type SegmentEntry,
} from "../index-dir/index-manifest";
import {
  createBuildDir,
  discardBuildDir,
  newBuildId,
  publishBuildDir,
} from "../index-dir/publish-index-dir";
import { DocStore } from "../search/store/doc-store";
import { INDEX_FILES } from "../search/store/index-format";
import {
  starterQueriesOfParts,
  toKeywordFile,
  type KeywordFile,
  type KeywordPart,
} from "../search/store/keyword-file";

/** A segment's keyword file, or one made from its docs if it was written before there was one. */
async function keywordFileOf(dir: string, entry: SegmentEntry): Promise<KeywordFile> {
  const compact = path.join(dir, INDEX_FILES.keywords);
  if (fs.existsSync(compact))
    return JSON.parse(await fs.promises.readFile(compact, "utf8")) as KeywordFile;
  const file = path.join(dir, INDEX_FILES.docs);
  const docs = new DocStore(await fs.promises.readFile(file), entry.count, file);
  return toKeywordFile(Array.from({ length: docs.length }, (_, d) => docs.get(d)));
}

/** The landing page's example queries, over the live articles of all segments. */
async function starterQueriesOf(buildDir: string, segments: readonly SegmentEntry[]) {
  const parts: KeywordPart[] = [];
  for (const entry of segments) {
    const file = await keywordFileOf(segmentDir(buildDir, entry.id), entry);
    parts.push({ file, deleted: new Set(entry.deleted) });
  }
  return starterQueriesOfParts(parts);
}

export type ManifestFields = Pick<
  IndexManifest,
  "inputs" | "skipped" | "changes" | "taxonomy" | "mergeOnly"
>;

/**
 * Writes a manifest listing `segments` into a new build folder and swaps the index link to it
 * (publish-index-dir.ts); segments no manifest needs any more are removed then. Fully deleted
 * segments are dropped from the list.
 */
export async function publishManifest(
  out: string,
  listed: readonly SegmentEntry[],
  fields: ManifestFields,
  extraFiles: Record<string, string> = {},
): Promise<{ finalDir: string; manifest: IndexManifest }> {
  const segments = listed.filter((s) => s.deleted.length < s.count);
  const buildId = newBuildId();
  const buildDir = createBuildDir(out, buildId);
  try {
    const manifest: IndexManifest = {
      format: INDEX_FORMAT,
      version: INDEX_FORMAT_VERSION,
      buildId,
      builtAt: new Date().toISOString(),
      articleCount: segments.reduce((n, s) => n + s.count - s.deleted.length, 0),
      ...fields,
      segments,
      starterQueries: await starterQueriesOf(buildDir, segments),
    };
    for (const [name, text] of Object.entries(extraFiles))
      fs.writeFileSync(path.join(buildDir, name), text);
    writeManifest(buildDir, manifest);
    return { finalDir: publishBuildDir(out, buildDir), manifest };
  } catch (error) {
    discardBuildDir(buildDir);
    throw error;
  }
}
