"use client";

import { useRouter } from "next/navigation";
import { useRef, type ReactNode } from "react";
import type { SearchState } from "@/lib/search/types";
import { buildDateRangeHref } from "@/lib/ui/search-links";

type Bar = HTMLAnchorElement & { dataset: { from: string; to: string } };

const barAt = (x: number, y: number): Bar | null =>
  (document.elementFromPoint(x, y)?.closest("a[data-from]") as Bar | null) ?? null;

/**
 * Drag across the bars to choose a range (pointer events: mouse, pen and touch). The bars stay
 * plain links, so a click, a keyboard or a browser without JavaScript filters to one period.
 */
export function DateBrush({ state, children }: { state: SearchState; children: ReactNode }) {
  const router = useRouter();
  const root = useRef<HTMLDivElement>(null);
  const drag = useRef<{ start: Bar; end: Bar; moved: boolean } | null>(null);

  const bars = () => [...(root.current?.querySelectorAll<Bar>("a[data-from]") ?? [])];
  const mark = (a: Bar | null, b: Bar | null) => {
    const all = bars();
    const [i, j] = [a, b].map((x) => (x ? all.indexOf(x) : -1)).sort((p, q) => p - q);
    all.forEach((bar, k) => bar.toggleAttribute("data-brushed", i! >= 0 && k >= i! && k <= j!));
  };

  return (
    <div
      ref={root}
      onPointerDown={(e) => {
        const start = barAt(e.clientX, e.clientY);
        if (!start || e.button !== 0) return;
        drag.current = { start, end: start, moved: false };
      }}
      onPointerMove={(e) => {
        const d = drag.current;
        const over = d && barAt(e.clientX, e.clientY);
        if (!d || !over || over === d.end) return;
        // Captured only once it is a drag: a plain click must reach the bar's link.
        if (!d.moved) e.currentTarget.setPointerCapture(e.pointerId);
        d.end = over;
        d.moved = true;
        mark(d.start, d.end);
      }}
      onPointerUp={() => {
        const d = drag.current;
        if (!d?.moved) {
          drag.current = null;
          return;
        }
        const all = bars();
        const [first, last] = [d.start, d.end].sort((a, b) => all.indexOf(a) - all.indexOf(b));
        router.push(buildDateRangeHref(state, first!.dataset.from, last!.dataset.to), {
          scroll: false,
        });
      }}
      onPointerCancel={() => {
        drag.current = null;
        mark(null, null);
      }}
      // The click that ends a drag must not also follow the link under the pointer.
      onClickCapture={(e) => {
        if (drag.current?.moved) e.preventDefault();
        drag.current = null;
      }}
    >
      {children}
    </div>
  );
}
