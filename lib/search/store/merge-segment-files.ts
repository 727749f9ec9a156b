import path from "node:path";
import { EventLoopPacer } from "../../event-loop-pacer";
import type { InputStamp } from "../../index-dir/input-stamp";
import { readWholeFile } from "../../index-dir/read-whole-file";
import type { Taxonomy } from "../../themes/load-themes";
import type { StoredDoc } from "./doc-columns";
import { mergeFlexIndexes, type FlexSource } from "./flex-merge";
import { mergeGramPostings, type GramSource } from "./gram-postings-merge";
import { INDEX_FILES, parseSearchMeta } from "./index-format";
import { readSegmentRecords } from "./load-segment";
import { SIGNATURE_HASHES as SIGNATURE } from "./near-duplicates";
import { writeSegmentFiles } from "./write-segment-files";
import { toVocabularyEntries, type VocabularyEntries } from "../present/suggest";
import { mergeVocabulary, type VocabularyPart } from "./vocabulary-merge";

/**
 * Several written segments as one, less their withdrawn articles, from their files alone: texts,
 * metadata, sources, MinHash signatures and word lists are carried over and the vocabularies
 * summed, n-gram postings and word lists joined, so no article is normalised, segmented or
 * scanned again: a merge used to rebuild every article it rewrote. The files are those a build of
 * the same live articles writes (test/search-merge-segments.test.ts).
 */

export interface MergeSource {
  dir: string;
  /** Ids of the segment's articles that are no longer live. */
  deleted: readonly string[];
}

/** Writes the merged segment into `out`; returns how many articles it holds. */
export async function writeMergedSegment(
  sources: readonly MergeSource[],
  out: string,
  taxonomy: Taxonomy | null,
): Promise<number> {
  const docs: StoredDoc[] = [];
  const titles: string[] = [];
  const bodies: string[] = [];
  const normTitles: string[] = [];
  const normBodies: string[] = [];
  const inputs: (InputStamp | null)[] = [];
  const signatures: Uint32Array[] = [];
  const vocabularies: VocabularyPart[] = [];
  const flex: FlexSource[] = [];
  const grams: { title: GramSource[]; body: GramSource[] } = { title: [], body: [] };
  const seen = new Set<string>();
  for (const { dir, deleted } of sources) {
    const read = (file: string) => readWholeFile(path.join(dir, file));
    const meta = parseSearchMeta(JSON.parse((await read(INDEX_FILES.meta)).toString()), dir);
    const n = meta.articleCount;
    const [{ docs: store, text, inputs: stamps }, minhash, vocabularyFile, titleGrams, bodyGrams] =
      await Promise.all([
        readSegmentRecords(dir, n),
        read(INDEX_FILES.minhash),
        read(INDEX_FILES.vocabulary),
        read(INDEX_FILES.titleGrams),
        read(INDEX_FILES.bodyGrams),
      ]);
    const sigs = new Uint32Array(minhash.buffer, minhash.byteOffset, n * SIGNATURE);
    const gone = new Set(deleted);
    const withdrawn: VocabularyPart["withdrawn"][number][] = [];
    const newDoc = new Int32Array(n).fill(-1);
    for (let d = 0; d < n; d++) {
      const doc = store.get(d);
      if (gone.has(doc.id) || seen.has(doc.id)) {
        withdrawn.push({ title: text.title(d), keywords: doc.keywords });
        continue;
      }
      seen.add(doc.id);
      newDoc[d] = docs.length;
      docs.push(doc);
      titles.push(doc.title);
      bodies.push(text.originalBody(d));
      normTitles.push(text.title(d));
      normBodies.push(text.body(d));
      inputs.push(stamps[d] ?? null);
      signatures.push(sigs.subarray(d * SIGNATURE, (d + 1) * SIGNATURE));
    }
    const vocabulary = JSON.parse(vocabularyFile.toString()) as VocabularyEntries;
    vocabularies.push({ vocabulary, withdrawn });
    flex.push({ dir: path.join(dir, INDEX_FILES.flexDir), keys: meta.flexKeys, newDoc });
    grams.title.push({ file: titleGrams, newDoc });
    grams.body.push({ file: bodyGrams, newDoc });
  }
  const minhash = new Uint32Array(docs.length * SIGNATURE);
  signatures.forEach((s, d) => minhash.set(s, d * SIGNATURE));
  await writeSegmentFiles(
    out,
    {
      docs,
      titles,
      bodies,
      normTitles,
      normBodies,
      inputs,
      minhash,
      vocabulary: toVocabularyEntries(await mergeVocabulary(vocabularies, new EventLoopPacer())),
      flex: await mergeFlexIndexes(flex, docs.length),
      grams: {
        title: mergeGramPostings(grams.title, docs.length),
        body: mergeGramPostings(grams.body, docs.length),
      },
    },
    taxonomy,
  );
  return docs.length;
}
