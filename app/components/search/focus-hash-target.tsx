"use client";

import { useEffect } from "react";

/**
 * Back from an article ("← 返回结果" links to "…#r-<id>"), the reader lands on the result they had
 * opened, with focus on its link, not at the top of the page with focus on the body.
 */
export function FocusHashTarget() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "center" });
  }, []);
  return null;
}
