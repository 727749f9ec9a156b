import type { Segment } from "@/lib/search/types";

/**
 * Renders engine segments as text nodes and <mark> elements. Article text is untrusted: it only
 * ever becomes React text children, never HTML. Plain runs are bare strings (no fragment each),
 * which keeps the page's serialised tree small.
 */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
