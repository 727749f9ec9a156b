"use client";

import { useEffect, useState } from "react";

const DEBOUNCE_MS = 150;

/**
 * Completions for the word being typed, from /api/suggest, debounced; a newer prefix aborts the
 * older request. While the next list loads, the last one stays up if it was for an earlier stage of
 * the same word (no flicker), and never for a different word.
 */
export function useSuggestions(prefix: string): string[] {
  const [result, setResult] = useState<{ prefix: string; items: string[] }>({
    prefix: "",
    items: [],
  });

  useEffect(() => {
    if (!prefix) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/suggest?q=${encodeURIComponent(prefix)}`, { signal: controller.signal })
        .then((res) =>
          res.ok ? (res.json() as Promise<{ suggestions: string[] }>) : { suggestions: [] },
        )
        .then((data) => setResult({ prefix, items: data.suggestions.filter((s) => s !== prefix) }))
        .catch(() => {
          /* superseded by a newer keystroke, or offline: keep what is shown */
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [prefix]);

  if (!prefix || !result.prefix || !prefix.startsWith(result.prefix)) return [];
  // A list for an earlier stage of the word: keep only what still completes it.
  return result.prefix === prefix ? result.items : result.items.filter((s) => s.startsWith(prefix));
}
