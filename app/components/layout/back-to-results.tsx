import Link from "next/link";
import type { SearchState } from "@/lib/search/types";
import { buildSearchHref } from "@/lib/ui/search-links";

/** "← 返回检索结果" atop a view of a search (concordance, trends, facet values). */
export function BackToResults({ state }: { state: SearchState }) {
  return (
    <p className="text-sm">
      <Link
        prefetch={false}
        href={buildSearchHref(state)}
        className="text-accent-700 hover:underline"
      >
        ← 返回检索结果
      </Link>
    </p>
  );
}
