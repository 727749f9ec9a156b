import Link from "next/link";
import type { SearchHit, SearchState } from "@/lib/search/types";
import { buildArticleHref, toResultAnchor } from "@/lib/ui/article-links";
import { HighlightedText } from "./highlighted-text";
import { RegionPathText } from "./region-path-text";
import { SimilarReports } from "./similar-reports";

/** One result: title, date · region · source, snippets, themes and reposts (classes in globals.css,
 * as a page repeats it 20–100 times). */
export function ResultItem({ hit, state }: { hit: SearchHit; state: SearchState }) {
  const href = buildArticleHref(hit.id, state);
  return (
    <li className="result" data-result-id={hit.id}>
      <h3 className="result-title">
        <Link prefetch={false} href={href} id={toResultAnchor(hit.id)}>
          <HighlightedText segments={hit.title} />
        </Link>
      </h3>
      {/* The dots between date, region and source are drawn by globals.css. */}
      <p className="result-meta">
        <span>{hit.date ?? "日期不详"}</span>
        {hit.region && <RegionPathText region={hit.region} />}
        {hit.source && <span>{hit.source}</span>}
      </p>
      {hit.snippets.length > 0 && (
        <div className="result-snippets">
          {hit.snippets.map((snippet, i) => (
            // The engine marks cut text with "…" itself.
            <p key={i}>
              <HighlightedText segments={snippet} />
            </p>
          ))}
        </div>
      )}
      {hit.themes.length > 0 && (
        <ul className="result-themes" aria-label="主题">
          {hit.themes.map((t) => (
            <li
              key={t.name}
              title={t.keywords.length > 0 ? `关键词：${t.keywords.join("、")}` : undefined}
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
