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
import { pickStarterQueries } from "../search/store/starter-queries";

/** The landing page's example queries, over the live articles of all segments. */
async function starterQueriesOf(buildDir: string, segments: readonly SegmentEntry[]) {
  const sources: { keywords: string[]; date: string | null }[] = [];
  for (const entry of segments) {
    const file = path.join(segmentDir(buildDir, entry.id), INDEX_FILES.docs);
    const docs = new DocStore(await fs.promises.readFile(file), entry.count, file);
    const deleted = new Set(entry.deleted);
    for (let d = 0; d < docs.length; d++) {
      const doc = docs.get(d);
      if (!deleted.has(doc.id)) sources.push({ keywords: doc.keywords, date: doc.date });
    }
  }
  return pickStarterQueries(sources);
}

export type ManifestFields = Pick<IndexManifest, "inputs" | "skipped" | "changes" | "taxonomy">;

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
