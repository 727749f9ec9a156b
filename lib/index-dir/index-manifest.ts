import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * A published index is a folder holding only manifest.json: the format and version, when and from
 * what it was built, and the segments it is made of (folders under `segments/` beside the builds,
 * shared by later manifests) with the ids withdrawn from each. It is written last, so a folder
 * without one is an unfinished build.
 */

export const INDEX_FORMAT = "xunwen-index";
export const INDEX_FORMAT_VERSION = 2;
export const SEGMENTS_DIR = "segments";

export const segmentEntrySchema = z.object({
  id: z.string(),
  /** Articles written into the segment. */
  count: z.number().int().nonnegative(),
  /** Ids of its articles removed or replaced since. */
  deleted: z.array(z.string()),
});

export type SegmentEntry = z.infer<typeof segmentEntrySchema>;

export const changeCountsSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  skipped: z.number().int(),
});

export type ChangeCounts = z.infer<typeof changeCountsSchema>;
export const MANIFEST_FILE = "manifest.json";

export const manifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.number().int(),
  buildId: z.string(),
  builtAt: z.string(),
  articleCount: z.number().int().nonnegative(),
  inputs: z.array(z.string()),
  skipped: z.number().int().nonnegative(),
  segments: z.array(segmentEntrySchema),
  changes: changeCountsSchema,
  /** Published by a background merge: the same live articles as the build before, in fewer
   * segments, so a server may take its time switching (watch-index.ts). */
  mergeOnly: z.boolean().optional(),
  starterQueries: z.array(z.string()),
  taxonomy: z
    .object({
      file: z.string(),
      name: z.string().nullable(),
      sha256: z.string(),
      themes: z.array(z.string()),
    })
    .nullable(),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

/** The folder of a segment listed by the manifest in build folder `buildDir`. */
export function segmentDir(buildDir: string, id: string): string {
  return path.join(path.dirname(buildDir), SEGMENTS_DIR, id);
}

export function writeManifest(dir: string, manifest: IndexManifest): void {
  fs.writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
}

/** Reads and checks a manifest; a missing, foreign or newer-format index is a clear error. */
export function loadManifest(dir: string): IndexManifest {
  const file = path.join(dir, MANIFEST_FILE);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(
      `No usable index at ${dir}: ${(error as Error).message}. Run \`npm run index\`.`,
    );
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (version !== INDEX_FORMAT_VERSION) {
    throw new Error(
      `${dir} has index format version ${String(version)}; this build reads ${INDEX_FORMAT_VERSION}. Rebuild it with \`npm run index -- --rebuild <paths…>\`.`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a ${INDEX_FORMAT} manifest`);
  return parsed.data;
}
