import { runSteps, runStepsPaced, type EventLoopPacer } from "../../event-loop-pacer";
/**
 * Near-duplicate detection at index time: MinHash + LSH over 4-character shingles of the
 * normalised body (separators removed) proposes pairs (bands of 3 rows × 8 find a pair with
 * Jaccard 0.8 with probability > 0.99), and the exact Jaccard of their shingle sets decides. Two
 * articles are near-duplicates when it is ≥ 0.75, their lengths differ by less than a third, and
 * they appeared within a few days of each other: a repost, not the next week's report made from
 * the same template (辽宁新型冠状病毒肺炎疫情情况). Groups are the connected components.
 */

/** Values in one doc's MinHash signature. */
export const SIGNATURE_HASHES = 24;
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
  { length: SIGNATURE_HASHES },
  (_, i) => (Math.imul(i + 1, 0x9e3779b1) | 1) >>> 0,
);
const SEEDS_B = Uint32Array.from(
  { length: SIGNATURE_HASHES },
  (_, i) => Math.imul(i + 7, 0x85ebca6b) >>> 0,
);

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
  const mins = new Uint32Array(SIGNATURE_HASHES).fill(0xffffffff);
  for (const h of shingles) {
    for (let k = 0; k < SIGNATURE_HASHES; k++) {
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

/** MinHash signatures of the bodies, SIGNATURE_HASHES values per doc (all 0xffffffff: too short to compare). */
export function minHashSignatures(normBodies: readonly string[]): Uint32Array {
  const sigs = new Uint32Array(normBodies.length * SIGNATURE_HASHES).fill(0xffffffff);
  normBodies.forEach((body, d) => {
    const shingles = toShingleHashes(body);
    if (shingles) sigs.set(minHash(shingles), d * SIGNATURE_HASHES);
  });
  return sigs;
}

/** What grouping needs of each doc: its body's length, its normalised body (read only for
 * proposed pairs) and its date. */
export interface DuplicateCandidates {
  count: number;
  /** The flat array (SIGNATURE_HASHES values a doc) that holds d's signature, and d's place in it. */
  signatures: (d: number) => Uint32Array;
  signatureIndex: (d: number) => number;
  length: (d: number) => number;
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
    lengths[d] = docs.length(d);
    const date = docs.date(d);
    days[d] = date ? Date.parse(date) / DAY_MS : NaN;
  }
  const sets = new Map<number, Set<number>>();
  // Work since the last yield, in doc visits: a shingle set built or compared counts its size, so
  // a stretch of reposts (long bodies compared pairwise) pauses as often as plain docs do.
  let work = 0;
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
    const [x, y] = [setOf(a), setOf(b)];
    work += x.size + y.size;
    return jaccard(x, y) >= MIN_JACCARD;
  };
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const buckets = new BandBuckets(n);
  for (let band = 0; band < SIGNATURE_HASHES / ROWS; band++) {
    buckets.clear();
    for (let d = 0; d < n; d++) {
      if (++work >= STEP) {
        work = 0;
        yield;
      }
      const sig = docs.signatures(d);
      const at = docs.signatureIndex(d) * SIGNATURE_HASHES;
      if (sig[at] === NO_SIGNATURE && sig[at + 1] === NO_SIGNATURE) continue;
      // Each doc is compared with the last MAX_BUCKET_COMPARE docs of its bucket; the groups
      // (connected components) do not depend on the order of those comparisons.
      let other = buckets.add(sig, at + band * ROWS, d);
      for (let k = 0; other >= 0 && k < MAX_BUCKET_COMPARE; k++, other = buckets.before(other))
        if (find(d) !== find(other) && isDuplicate(d, other)) parent[find(d)] = find(other);
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

/** Docs (or work of the same size) between two points where the grouping may pause. */
const STEP = 1024;

/**
 * One band's buckets: docs whose ROWS signature values there are equal, as an open-addressing
 * table of those values with each bucket a chain of its docs, newest first. No string or array
 * per doc: a Map of string keys cost a second of garbage per composed view of 75,806 articles.
 */
class BandBuckets {
  private readonly mask: number;
  private readonly keys: Uint32Array;
  private readonly newest: Int32Array;
  private readonly previous: Int32Array;

  constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Uint32Array(size * ROWS);
    this.newest = new Int32Array(size);
    this.previous = new Int32Array(n);
  }

  clear(): void {
    this.newest.fill(-1);
  }

  /** Files doc d under sig[at, at + ROWS); returns the bucket's newest doc before d, or -1. */
  add(sig: Uint32Array, at: number, d: number): number {
    let h = 0x811c9dc5;
    for (let r = 0; r < ROWS; r++) h = Math.imul(h ^ sig[at + r]!, 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const head = this.newest[slot]!;
      if (head < 0) {
        for (let r = 0; r < ROWS; r++) this.keys[slot * ROWS + r] = sig[at + r]!;
        this.newest[slot] = d;
        this.previous[d] = -1;
        return -1;
      }
      let same = true;
      for (let r = 0; r < ROWS && same; r++) same = this.keys[slot * ROWS + r] === sig[at + r];
      if (!same) continue;
      this.previous[d] = head;
      this.newest[slot] = d;
      return head;
    }
  }

  /** The doc filed in the same bucket just before d, or -1. */
  before(d: number): number {
    return this.previous[d]!;
  }
}

export function groupNearDuplicates(docs: DuplicateCandidates): number[][] {
  return runSteps(groupSteps(docs));
}

/** groupNearDuplicates, letting the event loop run between steps as `pacer` says. */
export function groupNearDuplicatesAsync(
  pacer: EventLoopPacer,
  docs: DuplicateCandidates,
): Promise<number[][]> {
  return runStepsPaced(groupSteps(docs), pacer);
}

/** Groups of near-duplicate bodies; `dates` are "YYYY-MM-DD" or null. */
export function findNearDuplicates(
  normBodies: readonly string[],
  dates: readonly (string | null)[] = [],
): number[][] {
  const sigs = minHashSignatures(normBodies);
  return groupNearDuplicates({
    count: normBodies.length,
    signatures: () => sigs,
    signatureIndex: (d) => d,
    length: (d) => normBodies[d]!.length,
    body: (d) => normBodies[d]!,
    date: (d) => dates[d] ?? null,
  });
}
