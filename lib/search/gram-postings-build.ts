import { collectGramKeys } from "./gram-keys";
import { GRAM_FILE_MAGIC } from "./gram-postings";

/**
 * Builds character unigram+bigram posting lists (doc number, term frequency) for a list of texts
 * in two passes, so that only the final arrays are held: pass 1 counts documents per gram, pass 2
 * scatters (doc, tf) into place. Lists are stored as delta varints followed by a tf byte.
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
  const df = new Map<number, number>();
  for (const t of texts) distinctGrams(t, scratch, (k) => df.set(k, (df.get(k) ?? 0) + 1));

  const keys = Uint32Array.from(df.keys()).sort();
  const slotOf = new Map<number, number>();
  const start = new Uint32Array(keys.length + 1);
  keys.forEach((k, slot) => {
    slotOf.set(k, slot);
    start[slot + 1] = start[slot]! + df.get(k)!;
  });
  df.clear();
  const total = start[keys.length]!;
  const ids = new Uint32Array(total);
  const tfs = new Uint8Array(total);
  const cursor = start.slice(0, keys.length);
  texts.forEach((t, doc) =>
    distinctGrams(t, scratch, (k, tf) => {
      const slot = slotOf.get(k)!;
      const at = cursor[slot]!++;
      ids[at] = doc;
      tfs[at] = Math.min(tf, 255);
    }),
  );
  slotOf.clear();

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
