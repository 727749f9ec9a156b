import { collectGramKeys } from "./gram-keys";
import { GRAM_FILE_MAGIC } from "./gram-postings";
import { KeyTable } from "./key-table";

/**
 * Builds character unigram+bigram posting lists (doc number, term frequency) for a list of texts
 * in two passes, so that only the final arrays are held: pass 1 numbers the grams (a typed-array
 * hash table) and counts documents per gram, pass 2 scatters (doc, tf) into place. A per-gram
 * "last doc" stamp tells a gram's first occurrence in a document from a repeat, so no per-document
 * sorting is needed. Lists are stored as delta varints followed by a tf byte.
 */

function grown(a: Uint32Array, min: number): Uint32Array {
  if (min < a.length) return a;
  const out = new Uint32Array(Math.max(min + 1, a.length * 2));
  out.set(a);
  return out;
}

export function buildGramPostings(texts: readonly string[]): Buffer {
  const maxLen = texts.reduce((m, t) => Math.max(m, t.length), 0);
  const scratch = new Uint32Array(maxLen * 2 + 2);
  const table = new KeyTable();
  // Stamps are doc + 1, so the zero-filled start means "not seen yet".
  let df: Uint32Array = new Uint32Array(1 << 16);
  let lastDoc: Uint32Array = new Uint32Array(1 << 16);
  texts.forEach((t, doc) => {
    const n = collectGramKeys(t, scratch);
    for (let i = 0; i < n; i++) {
      const slot = table.add(scratch[i]!);
      if (slot >= df.length) {
        df = grown(df, slot);
        lastDoc = grown(lastDoc, slot);
      }
      if (lastDoc[slot] !== doc + 1) {
        lastDoc[slot] = doc + 1;
        df[slot]!++;
      }
    }
  });

  // Slots are in first-seen order; the file wants keys ascending. next[slot] = where its next posting goes.
  const keys = table.keys.slice(0, table.size).sort();
  const start = new Uint32Array(table.size + 1);
  const next = new Uint32Array(table.size);
  keys.forEach((key, rank) => {
    const slot = table.get(key);
    next[slot] = start[rank]!;
    start[rank + 1] = start[rank]! + df[slot]!;
  });
  const total = start[keys.length]!;
  const ids = new Uint32Array(total);
  const tfs = new Uint8Array(total);
  const at = df; // df is no longer needed: reuse it for each gram's current posting position
  lastDoc.fill(0);
  texts.forEach((t, doc) => {
    const n = collectGramKeys(t, scratch);
    for (let i = 0; i < n; i++) {
      const slot = table.get(scratch[i]!);
      if (lastDoc[slot] !== doc + 1) {
        lastDoc[slot] = doc + 1;
        const p = (at[slot] = next[slot]!++);
        ids[p] = doc;
        tfs[p] = 1;
      } else if (tfs[at[slot]!]! < 255) tfs[at[slot]!]!++;
    }
  });

  const data = Buffer.allocUnsafe(total * 6 + 16);
  const offsets = new Uint32Array(keys.length + 1);
  const dfs = new Uint32Array(keys.length);
  let pos = 0;
  for (let slot = 0; slot < keys.length; slot++) {
    offsets[slot] = pos;
    let prev = 0;
    for (let p = start[slot]!; p < start[slot + 1]!; p++) {
      let delta = ids[p]! - prev;
      prev = ids[p]!;
      while (delta >= 0x80) {
        data[pos++] = (delta & 0x7f) | 0x80;
        delta >>>= 7;
      }
      data[pos++] = delta;
      data[pos++] = tfs[p]!;
    }
    dfs[slot] = start[slot + 1]! - start[slot]!;
  }
  offsets[keys.length] = pos;

  const header = new Uint32Array([GRAM_FILE_MAGIC, keys.length, texts.length, pos]);
  return Buffer.concat([
    Buffer.from(header.buffer),
    Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
    Buffer.from(offsets.buffer),
    Buffer.from(dfs.buffer),
    data.subarray(0, pos),
  ]);
}
