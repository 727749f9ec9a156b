/**
 * Near-duplicate detection at index time: MinHash + LSH over 4-character shingles of the
 * normalised body (separators removed) proposes pairs (bands of 3 rows × 8 find a pair with
 * Jaccard 0.8 with probability > 0.99), and the exact Jaccard of their shingle sets decides. Two
 * articles are near-duplicates when it is ≥ 0.75, their lengths differ by less than a third, and
 * they appeared within a few days of each other: a repost, not the next week's report made from
 * the same template (辽宁新型冠状病毒肺炎疫情情况). Groups are the connected components.
 */

const HASHES = 24;
const ROWS = 3;
/** What makes two articles one repost (scripts/eval-duplicates.ts checks against the same). */
export const NEAR_DUPLICATE = {
  shingle: 4,
  minChars: 40,
  minJaccard: 0.75,
  minLengthRatio: 2 / 3,
  maxDaysApart: 3,
} as const;
const { shingle: SHINGLE, minChars: MIN_CHARS, minJaccard: MIN_JACCARD } = NEAR_DUPLICATE;
const MAX_BUCKET_COMPARE = 64;
const DAY_MS = 86_400_000;

const SEEDS_A = Uint32Array.from(
  { length: HASHES },
  (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0,
);
const SEEDS_B = Uint32Array.from({ length: HASHES }, (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0);

function toShingleHashes(text: string): Uint32Array | null {
  const s = text.replace(/[\s\p{P}]/gu, "");
  if (s.length < MIN_CHARS) return null;
  const out = new Uint32Array(s.length - SHINGLE + 1);
  for (let i = 0; i + SHINGLE <= s.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
    out[i] = h >>> 0;
  }
  return out;
}

function minHash(shingles: Uint32Array): Uint32Array {
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < HASHES; k++) {
      const v = (Math.imul(h, SEEDS_A[k]!) + SEEDS_B[k]!) >>> 0;
      if (v < mins[k]!) mins[k] = v;
    }
  }
  return mins;
}

function jaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const h of a) if (b.has(h)) shared++;
  return shared / (a.size + b.size - shared);
}

/** MinHash signatures of the bodies, HASHES values per doc (all 0xffffffff: too short to compare). */
export function minHashSignatures(normBodies: readonly string[]): Uint32Array {
  const sigs = new Uint32Array(normBodies.length * HASHES).fill(0xffffffff);
  normBodies.forEach((body, d) => {
    const shingles = toShingleHashes(body);
    if (shingles) sigs.set(minHash(shingles), d * HASHES);
  });
  return sigs;
}

/** What grouping needs of each doc: its normalised body (read only for proposed pairs) and date. */
export interface DuplicateCandidates {
  count: number;
  signature: (d: number) => Uint32Array;
  body: (d: number) => string;
  date: (d: number) => string | null;
}

const NO_SIGNATURE = 0xffffffff;

/**
 * Groups (≥ 2 doc numbers, ascending) of near-duplicate bodies, as a generator that yields every
 * few thousand docs so that a server can group a whole corpus between requests (see
 * groupNearDuplicatesAsync); the groups depend only on the docs and their order.
 */
function* groupSteps(docs: DuplicateCandidates): Generator<void, number[][]> {
  const n = docs.count;
  // Shingles are not kept for every article (hundreds of MB on a large corpus): only the sets of
  // the few proposed pairs are built, when checked.
  const lengths = new Uint32Array(n);
  const days = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    if (d % STEP === STEP - 1) yield;
    lengths[d] = docs.body(d).length;
    const date = docs.date(d);
    days[d] = date ? Date.parse(date) / DAY_MS : NaN;
  }
  const sets = new Map<number, Set<number>>();
  const setOf = (d: number): Set<number> => {
    let set = sets.get(d);
    if (!set) sets.set(d, (set = new Set(toShingleHashes(docs.body(d)))));
    return set;
  };
  const isDuplicate = (a: number, b: number): boolean => {
    if (
      Math.min(lengths[a]!, lengths[b]!) / Math.max(lengths[a]!, lengths[b]!) <
      NEAR_DUPLICATE.minLengthRatio
    )
      return false;
    if (Math.abs(days[a]! - days[b]!) > NEAR_DUPLICATE.maxDaysApart) return false;
    return jaccard(setOf(a), setOf(b)) >= MIN_JACCARD;
  };
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (let band = 0; band < HASHES / ROWS; band++) {
    const buckets = new Map<string, number[]>();
    for (let d = 0; d < n; d++) {
      if (d % STEP === STEP - 1) yield;
      const sig = docs.signature(d);
      if (sig[0] === NO_SIGNATURE && sig[1] === NO_SIGNATURE) continue;
      const key = Array.from(sig.subarray(band * ROWS, band * ROWS + ROWS)).join(",");
      const bucket = buckets.get(key);
      if (!bucket) {
        buckets.set(key, [d]);
        continue;
      }
      for (const other of bucket.slice(-MAX_BUCKET_COMPARE))
        if (find(d) !== find(other) && isDuplicate(d, other)) parent[find(d)] = find(other);
      bucket.push(d);
    }
  }
  const groups = new Map<number, number[]>();
  for (let d = 0; d < n; d++) {
    if (d % STEP === STEP - 1) yield;
    const root = find(d);
    const g = groups.get(root);
    if (g) g.push(d);
    else groups.set(root, [d]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

const STEP = 4096;

export function groupNearDuplicates(docs: DuplicateCandidates): number[][] {
  const steps = groupSteps(docs);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** groupNearDuplicates, letting the event loop run between steps. */
export async function groupNearDuplicatesAsync(docs: DuplicateCandidates): Promise<number[][]> {
  const steps = groupSteps(docs);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The signature of doc d in a flat array of signatures. */
export function signatureAt(sigs: Uint32Array, d: number): Uint32Array {
  return sigs.subarray(d * HASHES, d * HASHES + HASHES);
}

/** Groups of near-duplicate bodies; `dates` are "YYYY-MM-DD" or null. */
export function findNearDuplicates(
  normBodies: readonly string[],
  dates: readonly (string | null)[] = [],
): number[][] {
  const sigs = minHashSignatures(normBodies);
  return groupNearDuplicates({
    count: normBodies.length,
    signature: (d) => signatureAt(sigs, d),
    body: (d) => normBodies[d]!,
    date: (d) => dates[d] ?? null,
  });
}
