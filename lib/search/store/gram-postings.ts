/**
 * Reader for the n-gram posting files written by gram-postings-build.ts. Layout (little endian):
 * header u32[4] = magic, key count K, doc count, data bytes; keys u32[K] ascending; byte offsets
 * u32[K+1]; document frequencies u32[K]; data = per posting varint(doc delta), u8 tf.
 */

export const GRAM_FILE_MAGIC = 0x4d524758; // "XGRM"

export interface Postings {
  ids: Uint32Array;
  tfs: Uint8Array;
}

const EMPTY: Postings = { ids: new Uint32Array(0), tfs: new Uint8Array(0) };
// Decoding a long list costs more than caching it; short ones are cheap to redo.
const CACHE_MIN_DF = 2000;
const CACHE_MAX_POSTINGS = 6_000_000;

export class GramPostings {
  // The file's arrays as they are (gram-postings-merge.ts walks them to join files).
  readonly keys: Uint32Array;
  readonly offsets: Uint32Array;
  private readonly dfs: Uint32Array;
  readonly data: Uint8Array;
  private readonly cache = new Map<number, Postings>();
  private cached = 0;

  constructor(file: Uint8Array, name: string) {
    const aligned = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
    const header = new Uint32Array(aligned.buffer, aligned.byteOffset, 4);
    if (header[0] !== GRAM_FILE_MAGIC) throw new Error(`${name}: not an n-gram posting file`);
    const k = header[1]!;
    let at = aligned.byteOffset + 16;
    this.keys = new Uint32Array(aligned.buffer, at, k);
    this.offsets = new Uint32Array(aligned.buffer, (at += 4 * k), k + 1);
    this.dfs = new Uint32Array(aligned.buffer, (at += 4 * (k + 1)), k);
    this.data = new Uint8Array(aligned.buffer, (at += 4 * k), header[3]!);
  }

  private slot(key: number): number {
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid]!;
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Number of documents containing the gram. */
  df(key: number): number {
    const s = this.slot(key);
    return s < 0 ? 0 : this.dfs[s]!;
  }

  get(key: number): Postings {
    const s = this.slot(key);
    if (s < 0) return EMPTY;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const n = this.dfs[s]!;
    const ids = new Uint32Array(n);
    const tfs = new Uint8Array(n);
    const data = this.data;
    let pos = this.offsets[s]!;
    let prev = 0;
    for (let i = 0; i < n; i++) {
      let b = data[pos++]!;
      let v = b & 0x7f;
      let shift = 7;
      while (b & 0x80) {
        b = data[pos++]!;
        v |= (b & 0x7f) << shift;
        shift += 7;
      }
      prev += v;
      ids[i] = prev;
      tfs[i] = data[pos++]!;
    }
    const out = { ids, tfs };
    if (n >= CACHE_MIN_DF) this.remember(key, out);
    return out;
  }

  private remember(key: number, p: Postings): void {
    this.cache.set(key, p);
    this.cached += p.ids.length;
    for (const [k, v] of this.cache) {
      if (this.cached <= CACHE_MAX_POSTINGS) break;
      this.cache.delete(k);
      this.cached -= v.ids.length;
    }
  }
}
