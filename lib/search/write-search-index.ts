import fs from "node:fs/promises";
import path from "node:path";
import type { Article } from "../article";
import { normalizeText } from "../text/normalize";
import type { StoredDoc } from "./doc-columns";
import { createFlexIndex, writeFlexIndex } from "./flex-index";
import { buildGramPostings } from "./gram-postings-build";
import { INDEX_FILES, SEARCH_INDEX_FORMAT, SEARCH_INDEX_VERSION, type SearchMeta } from "./index-format";
import { findNearDuplicates } from "./near-duplicates";
import { buildVocabulary } from "./suggest";
import { buildTextStore } from "./text-store";

/**
 * Writes the engine's files into `dir` (created if needed): normalised text + patches, title and
 * body n-gram postings, the FlexSearch word index export, near-duplicate groups, the suggestion
 * vocabulary, article metadata, and last the versioned meta file. Articles repeating an earlier
 * id are skipped. Progress is reported per article during the slow part (jieba + FlexSearch).
 */
export async function writeSearchIndex(articles: Article[], dir: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  const seen = new Set<string>();
  const list = articles.filter((a) => !seen.has(a.id) && seen.add(a.id));
  const total = list.length;
  const normTitles: string[] = [];
  const normBodies: string[] = [];
  const flex = createFlexIndex();
  list.forEach((a, d) => {
    normTitles.push(normalizeText(a.title));
    normBodies.push(normalizeText(a.body));
    flex.add({ id: d, title: a.title, body: a.body });
    if (onProgress && (d % 200 === 199 || d === total - 1)) onProgress(d + 1, total);
  });
  await fs.mkdir(dir, { recursive: true });
  const write = (file: string, data: string | Uint8Array) => fs.writeFile(path.join(dir, file), data);

  const { text, layout } = buildTextStore(list.map((a) => a.title), list.map((a) => a.body), normTitles, normBodies);
  await write(INDEX_FILES.text, Buffer.from(text, "utf16le"));
  await write(INDEX_FILES.textLayout, layout);
  await write(INDEX_FILES.titleGrams, buildGramPostings(normTitles));
  await write(INDEX_FILES.bodyGrams, buildGramPostings(normBodies));
  await write(INDEX_FILES.duplicates, JSON.stringify(findNearDuplicates(normBodies)));
  await write(INDEX_FILES.vocabulary, JSON.stringify(buildVocabulary(normTitles, list.map((a) => a.keywords))));
  const flexKeys = await writeFlexIndex(flex, path.join(dir, INDEX_FILES.flexDir));
  const docs: StoredDoc[] = list.map(({ body: _body, ...rest }) => rest);
  await write(INDEX_FILES.docs, JSON.stringify(docs));
  const meta: SearchMeta = {
    format: SEARCH_INDEX_FORMAT,
    version: SEARCH_INDEX_VERSION,
    articleCount: total,
    avgBodyLength: total ? normBodies.reduce((s, b) => s + b.length, 0) / total : 0,
    flexKeys,
    createdAt: new Date().toISOString(),
  };
  await write(INDEX_FILES.meta, JSON.stringify(meta, null, 2));
}
