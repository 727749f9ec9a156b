import { GRAM_FILE_MAGIC, GramPostings } from "./gram-postings";

/**
 * Several n-gram posting files (gram-postings.ts) as one, without reading the texts again: keys
 * are walked in ascending order across the files, and each key's lists are joined with their doc
 * numbers moved to the merged numbering (withdrawn docs dropped, a key left with none is dropped).
 * The numbering keeps the files' order, so joined lists stay ascending and the file is the one
 * buildGramPostings writes for the live texts. Rebuilding instead was half of a merge's time.
 */

export interface GramSource {
  file: Uint8Array;
  /** Merged doc number of each of the file's docs, -1 for a withdrawn one. */
  newDoc: Int32Array;
}

interface Reader {
  keys: Uint32Array;
  offsets: Uint32Array;
  data: Uint8Array;
  newDoc: Int32Array;
  /** Index of the next key to merge. */
  at: number;
}

function openFile({ file, newDoc }: GramSource): Reader {
  const { keys, offsets, data } = new GramPostings(file, "n-gram posting file");
  return { keys, offsets, data, newDoc, at: 0 };
}

export function mergeGramPostings(sources: readonly GramSource[], docCount: number): Buffer {
  const readers = sources.map(openFile);
  // A joined list's deltas are no longer than the lists' own, but for the first of each list: a
  // varint of up to 5 bytes in place of one.
  let capacity = 0;
  for (const r of readers) capacity += r.data.length + 5 * r.keys.length;
  const out = Buffer.allocUnsafe(capacity);
  const keys: number[] = [];
  const offsets: number[] = [];
  const dfs: number[] = [];
  let pos = 0;
  for (;;) {
    let key = Infinity;
    for (const r of readers) if (r.at < r.keys.length) key = Math.min(key, r.keys[r.at]!);
    if (key === Infinity) break;
    const start = pos;
    let df = 0;
    let prev = 0;
    for (const r of readers) {
      if (r.keys[r.at] !== key) continue;
      const { data, newDoc } = r;
      let p = r.offsets[r.at]!;
      const end = r.offsets[r.at + 1]!;
      r.at++;
      let doc = 0;
      while (p < end) {
        let b = data[p++]!;
        let v = b & 0x7f;
        for (let shift = 7; b & 0x80; shift += 7) {
          b = data[p++]!;
          v |= (b & 0x7f) << shift;
        }
        doc += v;
        const tf = data[p++]!;
        const g = newDoc[doc] ?? -1;
        if (g < 0) continue;
        let delta = g - prev;
        prev = g;
        while (delta >= 0x80) {
          out[pos++] = (delta & 0x7f) | 0x80;
          delta >>>= 7;
        }
        out[pos++] = delta;
        out[pos++] = tf;
        df++;
      }
    }
    if (df === 0) continue;
    keys.push(key);
    offsets.push(start);
    dfs.push(df);
  }
  offsets.push(pos);
  const header = new Uint32Array([GRAM_FILE_MAGIC, keys.length, docCount, pos]);
  return Buffer.concat([
    Buffer.from(header.buffer),
    Buffer.from(Uint32Array.from(keys).buffer),
    Buffer.from(Uint32Array.from(offsets).buffer),
    Buffer.from(Uint32Array.from(dfs).buffer),
    out.subarray(0, pos),
  ]);
}
