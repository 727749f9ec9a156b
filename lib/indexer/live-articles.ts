import fs from "node:fs";
import path from "node:path";
import type { IndexManifest } from "../index-dir/index-manifest";
import { segmentDir } from "../index-dir/index-manifest";
import type { InputStamp } from "../index-dir/input-stamp";
import type { ColumnSource } from "../search/store/doc-columns";
import { INDEX_FILES } from "../search/store/index-format";
import { readSegmentInputs } from "../search/store/load-segment";

/**
 * What an incremental run needs to know of the published index: every live article's id, the
 * segment it is in, and the input it came from. Read from the segments' small column and input
 * files, never their text.
 */
export interface LiveArticle {
  segment: string;
  key: string | null;
}

export interface LiveArticles {
  byId: Map<string, LiveArticle>;
  /** Live article id by input key. */
  byKey: Map<string, string>;
  hashes: Set<string>;
}

export async function readLiveArticles(
  buildDir: string,
  manifest: IndexManifest,
): Promise<LiveArticles> {
  const live: LiveArticles = { byId: new Map(), byKey: new Map(), hashes: new Set() };
  for (const entry of manifest.segments) {
    const dir = segmentDir(buildDir, entry.id);
    const deleted = new Set(entry.deleted);
    const columns = JSON.parse(
      fs.readFileSync(path.join(dir, INDEX_FILES.columns), "utf8"),
    ) as ColumnSource;
    const inputs: (InputStamp | null)[] = await readSegmentInputs(dir);
    columns.ids.forEach((id, d) => {
      if (deleted.has(id)) return;
      const stamp = inputs[d] ?? null;
      live.byId.set(id, { segment: entry.id, key: stamp?.[0] ?? null });
      if (stamp) {
        live.byKey.set(stamp[0], id);
        live.hashes.add(stamp[1]);
      }
    });
  }
  return live;
}
