/**
 * Near-duplicate detection at index time with MinHash + LSH over 4-character shingles of the
 * normalised body (separators removed). Two articles are near-duplicates when their estimated
 * Jaccard similarity is ≥ 0.75 and their lengths differ by less than a third; groups are the
 * connected components of that relation. Bands of 3 rows × 8 find pairs with Jaccard 0.8 with
 * probability > 0.99.
 */

const HASHES = 24;
const ROWS = 3;
const SHINGLE = 4;
const MIN_CHARS = 40;
const MIN_JACCARD = 0.75;
const MAX_BUCKET_COMPARE = 64;

const SEEDS_A = Uint32Array.from(
  { length: HASHES },
  (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0,
);
const SEEDS_B = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function minHash(text: string): Uint32Array | null {
  const s = text.replace(/[\s\p{P}]/gu, "");
  if (s.length < MIN_CHARS) return null;
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= s.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, SEEDS_A[k]!) + SEEDS_B[k]!) >>> 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return mins;
}

function similar(a: Uint32Array, b: Uint32Array): boolean {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES >= MIN_JACCARD;
}

/** Groups (≥ 2 doc numbers, ascending) of near-duplicate bodies. */
export function findNearDuplicates(normBodies: readonly string[]): number[][] {
  const sigs = normBodies.map(minHash);
  const lengths = normBodies.map((b) => b.length);
  const parent = Int32Array.from({ length: normBodies.length }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let band = 0; band < HASHES / ROWS; band++) {
    const buckets = new Map<string, number[]>();
    sigs.forEach((sig, d) => {
      if (!sig) return;
      const key = Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(",");
      const bucket = buckets.get(key);
      if (!bucket) return void buckets.set(key, [d]);
      for (const other of bucket.slice(-MAX_BUCKET_COMPARE)) {
        const ratio =
          Math.min(lengths[d]!, lengths[other]!) / Math.max(lengths[d]!, lengths[other]!);
        if (ratio >= 2 / 3 && similar(sig, sigs[other]!)) parent[find(d)] = find(other);
      }
      bucket.push(d);
    });
  }
  const groups = new Map<number, number[]>();
  for (let d = 0; d < normBodies.length; d++) {
    const root = find(d);
    const g = groups.get(root);
    if (g) g.push(d);
    else groups.set(root, [d]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}
