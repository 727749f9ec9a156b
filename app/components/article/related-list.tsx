import Link from "next/link";
import type { SearchState, SimilarReport } from "@/lib/search/types";
import { buildArticleHref } from "@/lib/ui/article-links";

export function RelatedList({ related, state }: { related: SimilarReport[]; state: SearchState }) {
  return (
    <section
      aria-labelledby="related-heading"
      className="rounded-xl border border-stone-200 bg-white px-4 py-3"
    >
      <h2 id="related-heading" className="mb-2 text-xs font-semibold tracking-wider text-stone-500">
        相关报道
      </h2>
      {related.length === 0 ? (
        <p className="text-sm text-stone-400">暂无</p>
      ) : (
        <ul className="space-y-2.5">
          {related.map((r) => (
            <li key={r.id} className="text-sm leading-snug">
              <Link
                prefetch={false}
                href={buildArticleHref(r.id, state)}
                className="text-stone-800 hover:text-accent-700 hover:underline"
              >
                {r.title}
              </Link>
              <div className="mt-0.5 text-xs text-stone-400">
                {[r.date, r.source].filter(Boolean).join(" · ")}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
