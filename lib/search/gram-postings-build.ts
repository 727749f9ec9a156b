import { collectGramKeys } from "./gram-keys";
import { GRAM_FILE_MAGIC } from "./gram-postings";
import { KeyTable } from "./key-table";

/**
 * Builds character unigram+bigram posting lists (doc number, term frequency) for a list of texts
 * in two passes, so that only the final arrays are held: pass 1 counts documents per gram (grams
 * numbered by a typed-array hash table), pass 2 scatters (doc, tf) into place. Lists are stored as delta varints followed by a tf byte.
 */

function distinctGrams(text: string, scratch: Uint32Array, visit: (key: number, tf: number) => void): void {
  const n = collectGramKeys(text, scratch);
  const keys = scratch.subarray(0, n).sort();
  let i = 0;
  while (i < n) {
    const k = keys[i]!;
    let j = i + 1;
    while (j < n && keys[j] === k) j++;
    visit(k, j - i);
    i = j;
  }
}

export function buildGramPostings(texts: readonly string[]): Buffer {
  const maxLen = texts.reduce((m, t) => Math.max(m, t.length), 0);
  const scratch = new Uint32Array(maxLen * 2 + 2);
  const table = new KeyTable();
  let df = new Uint32Array(1 << 16);
  for (const t of texts) {
    distinctGrams(t, scratch, (k) => {
      const slot = table.add(k);
      if (slot >= df.length) {
        const grown = new Uint32Array(df.length * 2);
        grown.set(df);
        df = grown;
      }
      df[slot]!++;
    });
  }

  // Slots are in first-seen order; the file wants keys ascending.
  const keys = table.keys.slice(0, table.size).sort();
  const rankOf = new Uint32Array(table.size);
  const start = new Uint32Array(table.size + 1);
  keys.forEach((key, rank) => {
    const slot = table.get(key);
    rankOf[slot] = rank;
    start[rank + 1] = start[rank]! + df[slot]!;
  });
  const total = start[keys.length]!;
  const ids = new Uint32Array(total);
  const tfs = new Uint8Array(total);
  const cursor = start.slice(0, keys.length);
  texts.forEach((t, doc) =>
    distinctGrams(t, scratch, (k, tf) => {
      const at = cursor[rankOf[table.get(k)]!]!++;
      ids[at] = doc;
      tfs[at] = Math.min(tf, 255);
    }),
  );

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
