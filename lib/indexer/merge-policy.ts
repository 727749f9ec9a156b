import type { SegmentEntry } from "../index-dir/index-manifest";
import { SEGMENT_ARTICLES } from "./segment-size";

/**
 * Which segments to merge next, by size tiers (as Lucene's tiered policy): segments whose live
 * counts are within a factor of TIER of each other form a tier, and a tier of MERGE_AT of them is
 * merged into one, so a growing corpus keeps O(log n) segments; above MAX_SEGMENTS the smallest
 * are merged anyway. A full segment (half a build chunk or more) with few deletions is left alone;
 * one that has lost a third of its articles is rewritten with the others of its tier.
 */

const TIER = 4;
const MERGE_AT = 4;
export const MAX_SEGMENTS = 10;

const live = (s: SegmentEntry) => s.count - s.deleted.length;
const tierOf = (s: SegmentEntry) => Math.floor(Math.log(Math.max(live(s), 1)) / Math.log(TIER));
const isSettled = (s: SegmentEntry) =>
  live(s) >= SEGMENT_ARTICLES / 2 && s.deleted.length < s.count / 3;

export function pickMerge(segments: readonly SegmentEntry[]): SegmentEntry[] | null {
  const open = segments.filter((s) => !isSettled(s));
  const tiers = new Map<number, SegmentEntry[]>();
  for (const s of open) tiers.set(tierOf(s), [...(tiers.get(tierOf(s)) ?? []), s]);
  for (const tier of [...tiers.keys()].sort((a, b) => a - b)) {
    const members = tiers.get(tier)!;
    if (members.length >= MERGE_AT) return members;
    // A segment that has lost a third of its articles is rewritten with its neighbours in size.
    if (members.some((s) => s.deleted.length >= s.count / 3) && members.length >= 2) return members;
  }
  if (segments.length > MAX_SEGMENTS && open.length >= 2) {
    const smallest = [...open].sort((a, b) => live(a) - live(b));
    return smallest.slice(0, Math.max(2, segments.length - MAX_SEGMENTS + 1));
  }
  return null;
}
