import path from "node:path";
import { readWholeTextFile } from "../../index-dir/read-whole-file";
import { createFlexIndex, type FlexIndex, type WordEntry } from "./flex-index";

/**
 * The FlexSearch word index of several written segments as one, without segmenting any text
 * again: each field's word lists are read from the segments' exports, their doc numbers moved to
 * the merged numbering (withdrawn docs dropped) and the lists of one word joined. FlexSearch's own
 * import cannot do the joining (it sets a word's entry, so a second segment's list would replace
 * the first's), so the joined maps are imported once, whole, and exported as a build exports them.
 * The word index only answers "which docs have this word" (one resolution slot, see flex-index.ts),
 * so the order of a word's docs does not matter.
 */

export interface FlexSource {
  /** The segment's search-flex folder and its meta's flexKeys. */
  dir: string;
  keys: readonly string[];
  /** Merged doc number of each of the segment's docs, -1 for a withdrawn one. */
  newDoc: Int32Array;
}

const fieldOf = (key: string): string | null => {
  const [field, , kind] = key.split(".");
  return kind === "map" && field ? field : null;
};

/**
 * FlexSearch's import parses a string but takes the parsed JSON as it is (serialize.js: `typeof
 * data === "string"`); its types name only the string. Passing the arrays saves a stringify and a
 * parse of the whole merged map.
 */
function importParsed(index: FlexIndex, key: string, data: unknown[]): void {
  index.import(key, data as unknown as string);
}

export async function mergeFlexIndexes(
  sources: readonly FlexSource[],
  docCount: number,
): Promise<FlexIndex> {
  const fields = new Map<string, Map<string, number[]>>();
  for (const { dir, keys, newDoc } of sources) {
    for (const key of keys) {
      const field = fieldOf(key);
      if (!field) continue;
      let words = fields.get(field);
      if (!words) fields.set(field, (words = new Map()));
      const entries = JSON.parse(
        await readWholeTextFile(path.join(dir, `${key}.json`)),
      ) as WordEntry[];
      for (const [word, slots] of entries) {
        let docs = words.get(word);
        for (const slot of slots)
          for (const d of slot) {
            const g = newDoc[d] ?? -1;
            if (g < 0) continue;
            if (!docs) words.set(word, (docs = []));
            docs.push(g);
          }
      }
    }
  }
  const index = createFlexIndex();
  importParsed(
    index,
    "1.reg",
    Array.from({ length: docCount }, (_, d) => d),
  );
  for (const [field, words] of fields) {
    const entries: WordEntry[] = [];
    for (const [word, docs] of words) entries.push([word, [docs]]);
    importParsed(index, `${field}.1.map`, entries);
  }
  return index;
}
