import { setImmediate as nextTurn } from "node:timers/promises";
import type { Article } from "../../article";
import type { InputStamp } from "../../index-dir/input-stamp";
import type { Taxonomy } from "../../themes/load-themes";
import { SegmentBuilder } from "./segment-builder";

/**
 * Writes one segment of `articles` into `dir` (segment-builder.ts), yielding to the event loop
 * every 200 articles of the slow part (FlexSearch, and jieba for articles without ingestion tokens)
 * so that a progress display or a server on the same thread can go on.
 */
const YIELD_EVERY = 200;

export interface WriteIndexOptions {
  /** The theme taxonomy the articles were tagged with, recorded in the index. */
  taxonomy?: Taxonomy | null;
  /** Each article's input key and content hash, by article id (incremental runs compare them). */
  inputs?: ReadonlyMap<string, InputStamp>;
}

export async function writeSearchIndex(
  articles: readonly Article[],
  dir: string,
  { taxonomy = null, inputs }: WriteIndexOptions = {},
): Promise<void> {
  const builder = new SegmentBuilder();
  const total = articles.length;
  for (let d = 0; d < total; d++) {
    const article = articles[d]!;
    builder.add(article, inputs?.get(article.id) ?? null);
    if (d % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
  }
  await builder.write(dir, taxonomy);
}
