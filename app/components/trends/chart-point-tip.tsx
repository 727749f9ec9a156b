"use client";

import { useEffect, useState } from "react";

interface Tip {
  text: string;
  left: number;
  top: number;
}

/**
 * The value of the chart point under the pointer or keyboard focus, read from the point's SVG
 * title (which a mouse shows only after a delay, and focus not at all). Positioned over the
 * point, relative to the charts' shared wrapper.
 */
export function ChartPointTip({ wrapperId }: { wrapperId: string }) {
  const [tip, setTip] = useState<Tip | null>(null);
  useEffect(() => {
    // One listener on the wrapper: the points' events bubble up from either chart.
    const wrapper = document.getElementById(wrapperId);
    if (!wrapper) return;
    const show = (e: Event) => {
      const point = (e.target as Element | null)?.closest?.("a");
      const text = point?.querySelector("title")?.textContent;
      if (!point || !text) return;
      const p = point.getBoundingClientRect();
      const w = wrapper.getBoundingClientRect();
      // Kept inside the wrapper, so a point at either end does not push its value off screen.
      const left = Math.min(Math.max(p.left + p.width / 2 - w.left, 90), w.width - 90);
      setTip({ text, left, top: p.top - w.top });
    };
    const hide = () => setTip(null);
    const events = [
      ["focusin", show],
      ["pointerover", show],
      ["focusout", hide],
      ["pointerleave", hide],
    ] as const;
    for (const [e, f] of events) wrapper.addEventListener(e, f);
    return () => {
      for (const [e, f] of events) wrapper.removeEventListener(e, f);
    };
  }, [wrapperId]);
  if (!tip) return null;
  return (
    <div
      role="status"
      data-chart-tip
      className="pointer-events-none absolute z-10 -translate-x-1/2 -translate-y-full rounded-md bg-stone-900 px-2 py-1 text-xs whitespace-nowrap text-white shadow"
      style={{ left: tip.left, top: tip.top - 6 }}
    >
      {tip.text}
    </div>
  );
}
