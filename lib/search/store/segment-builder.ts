import fs from "node:fs/promises";
import path from "node:path";
import { TOKEN_SEPARATOR, type Article } from "../../article";
import type { InputStamp } from "../../index-dir/input-stamp";
import { normalizeText } from "../../text/normalize";
import { segmentWords } from "../../text/segment";
import type { Taxonomy } from "../../themes/load-themes";
import { buildVocabulary } from "../present/suggest";
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
import { pickStarterQueries } from "./starter-queries";
import { toKeywordFile } from "./keyword-file";
import { buildTextStore } from "./text-store";

/**
 * One segment, built an article at a time: `add` folds an article into the FlexSearch word index
 * and keeps what the files need (its text, normalised text, title words and metadata, never the
 * ingestion tokens), so articles can stream in while ingestion goes on; `write` writes the files
 * into a folder: normalised text + patches, title and body n-gram postings, the FlexSearch export,
 * MinHash signatures (near-duplicate groups are found over all segments when they are loaded),
 * the suggestion vocabulary, article metadata, where each article came from, and last the
 * versioned meta file. An article repeating an earlier id is skipped.
 */

function splitTokens(joined: string): string[] {
  return joined === "" ? [] : joined.split(TOKEN_SEPARATOR);
}

export class SegmentBuilder {
  private readonly ids = new Set<string>();
  private readonly docs: StoredDoc[] = [];
  private readonly titles: string[] = [];
  private readonly bodies: string[] = [];
  private readonly normTitles: string[] = [];
  private readonly normBodies: string[] = [];
  private readonly titleWords: string[][] = [];
  private readonly inputs: (InputStamp | null)[] = [];
  // Fields segmented at ingestion are looked up, not segmented again (merges re-segment).
  private readonly segmented = new Map<string, string[]>();
  private readonly flex = createFlexIndex((text) => this.segmented.get(text));

  add(article: Article, input: InputStamp | null = null): void {
    if (this.ids.has(article.id)) return;
    this.ids.add(article.id);
    const { body: rawBody, tokens, ...doc } = article;
    const title = tokens?.normalizedTitle ?? normalizeText(article.title);
    const body = tokens?.normalizedBody ?? normalizeText(rawBody);
    this.titleWords.push(tokens ? splitTokens(tokens.titleWords) : segmentWords(title));
    if (tokens) {
      this.segmented.set(title, splitTokens(tokens.title));
      this.segmented.set(body, splitTokens(tokens.body));
    }
    this.flex.add({ id: this.docs.length, title, body });
    this.segmented.clear();
    this.docs.push(doc);
    this.titles.push(article.title);
    this.bodies.push(rawBody);
    this.normTitles.push(title);
    this.normBodies.push(body);
    this.inputs.push(input);
  }

  async write(dir: string, taxonomy: Taxonomy | null): Promise<void> {
    await fs.mkdir(dir, { recursive: true });
    const write = (file: string, data: string | Uint8Array) =>
      fs.writeFile(path.join(dir, file), data);
    const writeJson = (file: string, value: unknown) => write(file, JSON.stringify(value));
    const { docs, normBodies } = this;
    const { text, layout } = buildTextStore(this.titles, this.bodies, this.normTitles, normBodies);
    await write(INDEX_FILES.text, Buffer.from(text, "utf16le"));
    await write(INDEX_FILES.textLayout, layout);
    await write(INDEX_FILES.titleGrams, buildGramPostings(this.normTitles));
    await write(INDEX_FILES.bodyGrams, buildGramPostings(normBodies));
    const sigs = minHashSignatures(normBodies);
    await write(INDEX_FILES.minhash, new Uint8Array(sigs.buffer, sigs.byteOffset, sigs.byteLength));
    await writeJson(INDEX_FILES.inputs, this.inputs);
    const keywords = docs.map((d) => d.keywords);
    await writeJson(INDEX_FILES.vocabulary, buildVocabulary(this.titleWords, keywords));
    const flexKeys = await writeFlexIndex(this.flex, path.join(dir, INDEX_FILES.flexDir));
    await write(INDEX_FILES.docs, serializeDocs(docs));
    await writeJson(INDEX_FILES.columns, toColumnSource(docs));
    await writeJson(INDEX_FILES.keywords, toKeywordFile(docs));
    const meta: SearchMeta = {
      format: SEARCH_INDEX_FORMAT,
      version: SEARCH_INDEX_VERSION,
      articleCount: docs.length,
      avgBodyLength: docs.length ? normBodies.reduce((s, b) => s + b.length, 0) / docs.length : 0,
      flexKeys,
      createdAt: new Date().toISOString(),
      starterQueries: pickStarterQueries(docs),
      taxonomy,
    };
    await write(INDEX_FILES.meta, JSON.stringify(meta, null, 2));
  }
}
