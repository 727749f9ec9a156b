"use client";

import { useState } from "react";
import type { Article } from "@/lib/article";
import { toGbtCitation } from "@/lib/ui/cite-article";

type Cited = Pick<Article, "title" | "author" | "source" | "date" | "url">;

/**
 * "复制引用": the article's GB/T 7714 citation in a disclosure (readable and selectable without
 * JavaScript, dated with the server's day), and with JavaScript a button that copies it dated today.
 * The popover is placed by the nearest positioned ancestor (the toolbar), so it never leaves the screen.
 */
export function CiteButton({
  article,
  pageUrl,
  serverDate,
}: {
  article: Cited;
  /** The article's canonical URL, cited when the article has no original URL. */
  pageUrl: string;
  serverDate: string;
}) {
  const [status, setStatus] = useState<"idle" | "copied">("idle");
  const [citation, setCitation] = useState(() =>
    toGbtCitation(article, { accessDate: serverDate, pageUrl }),
  );

  async function copy() {
    const today = new Date().toLocaleDateString("sv-SE"); // YYYY-MM-DD in local time
    const text = toGbtCitation(article, { accessDate: today, pageUrl });
    setCitation(text);
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
      setTimeout(() => setStatus("idle"), 2000);
    } catch {
      window.prompt("复制此引用：", text);
    }
  }

  return (
    <details>
      <summary className="inline-flex cursor-pointer list-none items-center rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-50 [&::-webkit-details-marker]:hidden">
        引用
      </summary>
      <div className="absolute right-0 z-20 mt-2 w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-stone-200 bg-white p-3 text-sm shadow-lg">
        <p className="text-xs text-stone-500">GB/T 7714-2015</p>
        <p className="mt-1 leading-relaxed break-all text-stone-800" data-citation>
          {citation}
        </p>
        <button
          type="button"
          onClick={copy}
          className="mt-2 rounded-md bg-accent-700 px-3 py-1 text-white hover:bg-accent-800"
        >
          <span aria-live="polite">{status === "copied" ? "已复制" : "复制引用"}</span>
        </button>
      </div>
    </details>
  );
}
