import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The index directory is self-describing: manifest.json names the format and version, when and
 * from what it was built. It is written last, so a directory without one is an unfinished build.
 */

export const INDEX_FORMAT = "xunwen-index";
export const INDEX_FORMAT_VERSION = 1;
export const MANIFEST_FILE = "manifest.json";

export const manifestSchema = z.object({
  format: z.literal(INDEX_FORMAT),
  version: z.number().int(),
  buildId: z.string(),
  builtAt: z.string(),
  articleCount: z.number().int().nonnegative(),
  inputs: z.array(z.string()),
  skipped: z.number().int().nonnegative(),
});

export type IndexManifest = z.infer<typeof manifestSchema>;

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
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file} is not a ${INDEX_FORMAT} manifest`);
  if (parsed.data.version !== INDEX_FORMAT_VERSION) {
    throw new Error(
      `${dir} has index format version ${parsed.data.version}; this build reads ${INDEX_FORMAT_VERSION}. Rebuild it with \`npm run index\`.`,
    );
  }
  return parsed.data;
}
