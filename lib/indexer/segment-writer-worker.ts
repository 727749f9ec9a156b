import { parentPort } from "node:worker_threads";
import type { Article } from "../article";
import type { InputStamp } from "../index-dir/input-stamp";
import { writeSearchIndex } from "../search/store/write-search-index";
import type { Taxonomy } from "../themes/load-themes";

/** A worker thread that writes one segment at a time (segment-writer.ts). */

export interface WriteRequest {
  articles: Article[];
  dir: string;
  taxonomy: Taxonomy | null;
  inputs: [string, InputStamp][];
}

export type WriteResponse = { ok: true } | { ok: false; error: string };

parentPort?.on("message", (request: WriteRequest) => {
  writeSearchIndex(request.articles, request.dir, {
    taxonomy: request.taxonomy,
    inputs: new Map(request.inputs),
  }).then(
    () => parentPort?.postMessage({ ok: true } satisfies WriteResponse),
    (error: Error) => parentPort?.postMessage({ ok: false, error: error.stack ?? error.message }),
  );
});
