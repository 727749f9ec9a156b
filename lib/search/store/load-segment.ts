import path from "node:path";
import { readWholeFile, readWholeTextFile } from "../../index-dir/read-whole-file";
import type { InputStamp } from "../../index-dir/input-stamp";
import type { ColumnSource } from "./doc-columns";
import { DocStore } from "./doc-store";
import { loadFlexIndex } from "./flex-index";
import { GramPostings } from "./gram-postings";
import { INDEX_FILES, parseSearchMeta, type SearchMeta } from "./index-format";
import { SIGNATURE_HASHES } from "./near-duplicates";
import { TermMatcher } from "../match/match-terms";
import { TextStore } from "./text-store";
import type { VocabularyEntries } from "../present/suggest";
import { WordMatcher } from "../match/word-matches";

/**
 * One immutable segment in memory: a folder written by writeSearchIndex, with doc numbers local
 * to it. Segments are shared by every index view that lists them (compose-engine-data.ts), so a
 * server that follows a new manifest loads only the segments it does not hold yet.
 */
export interface LoadedSegment {
  dir: string;
  meta: SearchMeta;
  docs: DocStore;
  text: TextStore;
  columns: ColumnSource;
  matcher: TermMatcher;
  words: WordMatcher;
  /** MinHash signatures, SIGNATURE_HASHES per doc. */
  minhash: Uint32Array;
  vocabulary: VocabularyEntries;
}

async function readJson(dir: string, file: string): Promise<unknown> {
  try {
    return JSON.parse(await readWholeTextFile(path.join(dir, file)));
  } catch (e) {
    throw new Error(
      `${dir}: cannot read ${file} (${(e as Error).message}); rebuild the index with \`npm run index -- --rebuild\``,
    );
  }
}

/** Loads a segment folder (format and version are checked first). */
export async function loadSegment(dir: string): Promise<LoadedSegment> {
  const meta = parseSearchMeta(await readJson(dir, INDEX_FILES.meta), dir);
  // One read per file (see readWholeFile): a loading server stays responsive and loads fast.
  const read = (file: string) => readWholeFile(path.join(dir, file));
  const [docBytes, columns, vocabulary, textBuf, layout, titleGrams, bodyGrams, minhash, flex] =
    await Promise.all([
      read(INDEX_FILES.docs),
      readJson(dir, INDEX_FILES.columns) as Promise<ColumnSource>,
      readJson(dir, INDEX_FILES.vocabulary) as Promise<VocabularyEntries>,
      read(INDEX_FILES.text),
      read(INDEX_FILES.textLayout),
      read(INDEX_FILES.titleGrams),
      read(INDEX_FILES.bodyGrams),
      read(INDEX_FILES.minhash),
      loadFlexIndex(path.join(dir, INDEX_FILES.flexDir), meta.flexKeys),
    ]);
  if (
    columns.ids?.length !== meta.articleCount ||
    minhash.length !== meta.articleCount * SIGNATURE_HASHES * 4
  )
    throw new Error(
      `${dir}: its files do not hold the ${meta.articleCount} articles its meta lists; rebuild the index`,
    );
  const docs = new DocStore(docBytes, meta.articleCount, path.join(dir, INDEX_FILES.docs));
  const text = new TextStore(textBuf.toString("utf16le"), layout, INDEX_FILES.textLayout);
  return {
    dir,
    meta,
    docs,
    text,
    columns,
    matcher: new TermMatcher(
      new GramPostings(titleGrams, INDEX_FILES.titleGrams),
      new GramPostings(bodyGrams, INDEX_FILES.bodyGrams),
      text,
    ),
    words: new WordMatcher(flex, docs.length),
    minhash: new Uint32Array(
      minhash.buffer.slice(minhash.byteOffset, minhash.byteOffset + minhash.length),
    ),
    vocabulary,
  };
}

/**
 * A segment's articles as the indexer reads them back (a merge, the database store): metadata,
 * texts and where each came from, by local doc number. Never read by a server.
 */
export async function readSegmentRecords(
  dir: string,
  count: number,
): Promise<{ docs: DocStore; text: TextStore; inputs: (InputStamp | null)[] }> {
  const read = (file: string) => readWholeFile(path.join(dir, file));
  const [docBytes, textBuf, layout, inputs] = await Promise.all([
    read(INDEX_FILES.docs),
    read(INDEX_FILES.text),
    read(INDEX_FILES.textLayout),
    readSegmentInputs(dir),
  ]);
  return {
    docs: new DocStore(docBytes, count, path.join(dir, INDEX_FILES.docs)),
    text: new TextStore(
      textBuf.toString("utf16le"),
      layout,
      path.join(dir, INDEX_FILES.textLayout),
    ),
    inputs,
  };
}

/** The input stamps of a segment's docs (read by the indexer only, never by a server). */
export async function readSegmentInputs(dir: string): Promise<(InputStamp | null)[]> {
  return (await readJson(dir, INDEX_FILES.inputs)) as (InputStamp | null)[];
}
