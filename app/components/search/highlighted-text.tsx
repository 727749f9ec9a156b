import { Fragment } from "react";
import type { Segment } from "@/lib/search/types";

/**
 * Renders engine segments as text nodes and <mark> elements. Article text is untrusted: it only
 * ever becomes React text children, never HTML.
 */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>,
      )}
    </>
  );
}
