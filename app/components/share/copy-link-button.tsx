"use client";

import { useState, type MouseEvent } from "react";

/**
 * Copies the page's full URL, which alone reproduces the view. Without JavaScript it is an ordinary
 * link to the same URL, which can still be copied from the context menu.
 */
export function CopyLinkButton({ href, label = "复制链接" }: { href: string; label?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    const url = new URL(href, window.location.origin).href;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
      window.prompt("复制此链接：", url);
    }
    setTimeout(() => setStatus("idle"), 2000);
  }

  return (
    <a
      href={href}
      onClick={copy}
      role="button"
      data-share-url={href}
      className="inline-flex items-center gap-1.5 rounded-lg whitespace-nowrap border border-stone-300 bg-white px-3 py-1.5 text-sm text-stone-700 hover:bg-stone-50"
    >
      <svg
        width="14"
        height="14"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
        <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
      </svg>
      <span aria-live="polite">{status === "copied" ? "已复制" : label}</span>
    </a>
  );
}
