import fs from "node:fs/promises";
import path from "node:path";
import { TOKEN_SEPARATOR, type Article } from "../../article";
import { normalizeText } from "../../text/normalize";
import { segmentWords } from "../../text/segment";
import { toColumnSource, type StoredDoc } from "./doc-columns";
import { serializeDocs } from "./doc-store";
import { createFlexIndex, writeFlexIndex } from "./flex-index";
import { buildGramPostings } from "./gram-postings-build";
import {
  INDEX_FILES,
  SEARCH_INDEX_FORMAT,
  SEARCH_INDEX_VERSION,
  type SearchMeta,
} from "./index-format";
import { minHashSignatures } from "./near-duplicates";
import type { InputStamp } from "../../index-dir/input-stamp";
import { buildVocabulary } from "../present/suggest";
import { buildTextStore } from "./text-store";
import { pickStarterQueries } from "./starter-queries";
import type { Taxonomy } from "../../themes/load-themes";

/**
 * Writes one segment's files into `dir` (created if needed): normalised text + patches, title and
 * body n-gram postings, the FlexSearch word index export, MinHash signatures (near-duplicate groups
 * are found over all segments when they are loaded), the suggestion vocabulary, article metadata,
 * where each article came from, and last the versioned meta file. Articles repeating an earlier
 * id are skipped. Progress is reported every 200 articles during the slow part (normaliser, jieba,
 * FlexSearch), yielding to the event loop each time so that a progress display can redraw.
 */
const YIELD_EVERY = 200;

export interface WriteIndexOptions {
  onProgress?: (done: number, total: number) => void;
  /** The theme taxonomy the articles were tagged with, recorded in the index. */
  taxonomy?: Taxonomy | null;
  /** Each article's input key and content hash, by article id (incremental runs compare them). */
  inputs?: ReadonlyMap<string, InputStamp>;
}

function splitTokens(joined: string): string[] {
  return joined === "" ? [] : joined.split(TOKEN_SEPARATOR);
}

export async function writeSearchIndex(
  articles: readonly Article[],
  dir: string,
  { onProgress, taxonomy = null, inputs }: WriteIndexOptions = {},
): Promise<void> {
  const seen = new Set<string>();
  const list = articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
  const total = list.length;
  const normTitles: string[] = [];
  const normBodies: string[] = [];
  const titleWords: string[][] = [];
  // Fields segmented at ingestion are looked up, not segmented again (merges re-segment).
  const segmented = new Map<string, string[]>();
  const flex = createFlexIndex((text) => segmented.get(text));
  for (let d = 0; d < total; d++) {
    const a = list[d]!;
    const title = normalizeText(a.title);
    const body = normalizeText(a.body);
    normTitles.push(title);
    normBodies.push(body);
    titleWords.push(a.tokens ? splitTokens(a.tokens.titleWords) : segmentWords(title));
    if (a.tokens) {
      segmented.set(title, splitTokens(a.tokens.title));
      segmented.set(body, splitTokens(a.tokens.body));
    }
    flex.add({ id: d, title, body });
    segmented.clear();
    if (d % YIELD_EVERY === YIELD_EVERY - 1 || d === total - 1) {
      onProgress?.(d + 1, total);
      // Let the event loop run (a progress bar redraws on timers).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  await fs.mkdir(dir, { recursive: true });
  const write = (file: string, data: string | Uint8Array) =>
    fs.writeFile(path.join(dir, file), data);
  const writeJson = (file: string, value: unknown) => write(file, JSON.stringify(value));

  const { text, layout } = buildTextStore(
    list.map((a) => a.title),
    list.map((a) => a.body),
    normTitles,
    normBodies,
  );
  await write(INDEX_FILES.text, Buffer.from(text, "utf16le"));
  await write(INDEX_FILES.textLayout, layout);
  await write(INDEX_FILES.titleGrams, buildGramPostings(normTitles));
  await write(INDEX_FILES.bodyGrams, buildGramPostings(normBodies));
  const sigs = minHashSignatures(normBodies);
  await write(INDEX_FILES.minhash, new Uint8Array(sigs.buffer, sigs.byteOffset, sigs.byteLength));
  await writeJson(
    INDEX_FILES.inputs,
    list.map((a) => inputs?.get(a.id) ?? null),
  );
  const keywords = list.map((a) => a.keywords);
  await writeJson(INDEX_FILES.vocabulary, buildVocabulary(titleWords, keywords));
  const flexKeys = await writeFlexIndex(flex, path.join(dir, INDEX_FILES.flexDir));
  const docs: StoredDoc[] = list.map(({ body: _body, tokens: _tokens, ...rest }) => rest);
  await write(INDEX_FILES.docs, serializeDocs(docs));
  await writeJson(INDEX_FILES.columns, toColumnSource(docs));
  const meta: SearchMeta = {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    articleCount: total,
    avgBodyLength: total ? normBodies.reduce((s, b) => s + b.length, 0) / total : 0,
    flexKeys,
    createdAt: new Date().toISOString(),
    starterQueries: pickStarterQueries(list),
    taxonomy,
  };
  await write(INDEX_FILES.meta, JSON.stringify(meta, null, 2));
}
