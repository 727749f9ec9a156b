import Link from "next/link";
import type { SearchState, SimilarReport } from "@/lib/search/types";
import { buildArticleHref } from "@/lib/ui/article-links";

/** Near-duplicate reposts collapsed into one result, listed on demand. */
export function SimilarReports({
  similar,
  state,
}: {
  similar: SimilarReport[];
  state: SearchState;
}) {
  if (similar.length === 0) return null;
  return (
    <details className="mt-2 text-[13px]">
      <summary className="inline-flex items-center gap-1 text-accent-700 hover:underline">
        <span
          className="inline-block transition-transform [details[open]>summary>&]:rotate-90"
          aria-hidden="true"
        >
          ›
        </span>
        {similar.length} 篇相似报道
      </summary>
      <ul className="mt-2 space-y-1 border-l-2 border-stone-200 pl-3">
        {similar.map((s) => (
          <li key={s.id}>
            <Link
              prefetch={false}
              href={buildArticleHref(s.id, state)}
              className="text-stone-700 hover:text-accent-700 hover:underline"
            >
              {s.title}
            </Link>
            <span className="ml-2 text-stone-400">
              {[s.date, s.source].filter(Boolean).join(" · ")}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
