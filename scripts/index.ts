/**
 * npm run index -- <paths…> [--remove <paths or ids…>] [--rebuild] [--no-merge] [--out DIR] [--themes FILE]
 * Adds new inputs and updates changed ones in the published index (unchanged ones are skipped by
 * content hash), withdraws what --remove names, or with --rebuild starts over from the paths.
 * New articles go into new segments and a new manifest is published atomically
 * (lib/indexer/update-index.ts). Prints progress and a closing summary, then merges segments if
 * their size tiers call for it (lib/indexer/merge-segments.ts; --no-merge leaves them).
 * With XUNWEN_DATABASE_URL the database is the index and --out its local working copy: synced to
 * the database's latest manifest first, published to it in one transaction after the run and
 * again after merges (lib/store/pg/database-index-run.ts).
 */
import { startProcessSegmenter } from "../lib/text/process-segmenter";
import { inputPaths } from "./index-args";

// jieba's dictionaries (≈ 1 s) load on their own thread while the rest of the CLI loads.
if (inputPaths.length > 0) startProcessSegmenter();
await import("./index-run");
