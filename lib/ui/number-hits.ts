import type { Segment } from "../search/types";

/** A segment with its running hit number across the whole article (for #hit-N anchors). */
export interface NumberedSegment extends Segment {
  hitIndex: number | null;
}

/** Numbers hits in reading order: title first, then paragraphs. */
export function numberHits(blocks: Segment[][]): { blocks: NumberedSegment[][]; hitCount: number } {
  let next = 0;
  const numbered = blocks.map((segments) =>
    segments.map((s) => ({ ...s, hitIndex: s.hit ? next++ : null })),
  );
  return { blocks: numbered, hitCount: next };
}
