import Link from "next/link";
import type { SearchHit, SearchState } from "@/lib/search/types";
import { buildArticleHref, toResultAnchor } from "@/lib/ui/article-links";
import { HighlightedText } from "./highlighted-text";
import { RegionPathText } from "./region-path-text";
import { SimilarReports } from "./similar-reports";

export function ResultItem({ hit, state }: { hit: SearchHit; state: SearchState }) {
  const href = buildArticleHref(hit.id, state);
  return (
    <li
      className="border-b border-stone-200 py-5 first:pt-1 last:border-b-0"
      data-result-id={hit.id}
    >
      <h3 className="text-[17px] leading-snug font-semibold text-stone-900">
        <Link
          prefetch={false}
          href={href}
          id={toResultAnchor(hit.id)}
          className="hover:text-accent-700 hover:underline decoration-accent-600/40 underline-offset-4"
        >
          <HighlightedText segments={hit.title} />
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 text-[13px] text-stone-500">
        <span>{hit.date ?? "日期不详"}</span>
        {hit.region && (
          <>
            <span aria-hidden="true">·</span>
            <RegionPathText region={hit.region} />
          </>
        )}
        {hit.source && (
          <>
            <span aria-hidden="true">·</span>
            <span>{hit.source}</span>
          </>
        )}
      </p>
      {hit.snippets.length > 0 && (
        <div className="mt-2 space-y-1 text-[15px] leading-7 text-stone-700">
          {hit.snippets.map((snippet, i) => (
            // The engine marks cut text with "…" itself.
            <p key={i}>
              <HighlightedText segments={snippet} />
            </p>
          ))}
        </div>
      )}
      {hit.themes.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1.5" aria-label="主题">
          {hit.themes.map((t) => (
            <li
              key={t.name}
              title={t.keywords.length > 0 ? `关键词：${t.keywords.join("、")}` : undefined}
              className="rounded-full bg-accent-50 px-2 py-0.5 text-xs text-accent-800"
            >
              {t.name}
            </li>
          ))}
        </ul>
      )}
      <SimilarReports similar={hit.similar} state={state} />
    </li>
  );
}
