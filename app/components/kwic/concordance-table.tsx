import Link from "next/link";
import type { ConcordanceLine } from "@/lib/search/present/concordance";
import type { SearchState } from "@/lib/search/types";
import { buildArticleHref } from "@/lib/ui/article-links";

/** One line per occurrence, aligned on the term: left context | term | right context. */
export function ConcordanceTable({
  lines,
  state,
}: {
  lines: ConcordanceLine[];
  state: SearchState;
}) {
  return (
    <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full table-fixed border-collapse sm:min-w-[44rem] text-[15px]">
        <caption className="sr-only">索引行：左侧语境、检索词、右侧语境、日期与来源</caption>
        <thead className="text-xs text-stone-500">
          <tr className="border-b border-stone-200">
            <th scope="col" className="px-2 py-2 text-right font-normal">
              左侧语境
            </th>
            <th scope="col" className="w-28 px-1 py-2 font-normal">
              检索词
            </th>
            <th scope="col" className="px-2 py-2 text-left font-normal">
              右侧语境
            </th>
            {/* On a phone the date and source go into the term's title, so the contexts fit. */}
            <th scope="col" className="hidden w-44 px-2 py-2 text-left font-normal sm:table-cell">
              日期 · 来源
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr
              key={`${l.id}-${l.hitIndex}`}
              className="border-b border-stone-100 last:border-b-0"
              data-kwic-line
            >
              <td className="max-w-0 truncate px-2 py-1.5 text-right text-stone-600 [direction:rtl]">
                <bdi>{l.left}</bdi>
              </td>
              <td className="px-1 py-1.5 text-center whitespace-nowrap">
                <Link
                  prefetch={false}
                  href={`${buildArticleHref(l.id, state)}#hit-${l.hitIndex}`}
                  title={[l.date ?? "日期不详", l.source].filter(Boolean).join(" · ")}
                  className="rounded bg-amber-100 px-1 font-medium text-stone-900 hover:underline"
                >
                  {l.hit}
                </Link>
              </td>
              <td className="max-w-0 truncate px-2 py-1.5 text-left text-stone-600">{l.right}</td>
              <td className="hidden px-2 py-1.5 text-xs whitespace-nowrap text-stone-500 sm:table-cell">
                {l.date ?? "日期不详"}
                {l.source && ` · ${l.source}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
