import { Fragment } from "react";
import type { NumberedSegment } from "@/lib/ui/number-hits";

/** Like HighlightedText, but each hit is an anchor target #hit-N. Text only, never HTML. */
export function NumberedText({ segments }: { segments: NumberedSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hitIndex === null ? (
          <Fragment key={i}>{s.text}</Fragment>
        ) : (
          <mark key={i} id={`hit-${s.hitIndex}`}>
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}
