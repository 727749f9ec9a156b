import Link from "next/link";
import type { Collocate } from "@/lib/search/present/collocates";
import type { ConcordanceSort } from "@/lib/search/present/concordance";
import type { SearchState } from "@/lib/search/types";
import { buildKwicHref } from "@/lib/ui/kwic-links";

/** The term's collocates with counts and log-likelihood, each narrowing the lines to it. */
export function Collocates({
  collocates,
  state,
  sort,
  near,
}: {
  collocates: Collocate[];
  state: SearchState;
  sort: ConcordanceSort;
  near: string | null;
}) {
  if (collocates.length === 0) return null;
  return (
    <section aria-labelledby="collocates-heading" className="mt-4">
      <h2 id="collocates-heading" className="text-sm font-medium text-stone-700">
        搭配词
        <span className="ml-2 text-xs font-normal text-stone-500">
          前后 5 个词以内，按对数似然比（LL）排序；括号内为共现行数 · LL，悬停可见 MI 与 logDice
        </span>
      </h2>
      <ul className="mt-2 flex flex-wrap gap-1.5 text-sm" data-collocates>
        {collocates.map((c) => (
          <li key={c.word}>
            <Link
              prefetch={false}
              href={buildKwicHref(state, { sort, near: c.word === near ? null : c.word })}
              aria-current={c.word === near ? "true" : undefined}
              title={`全语料出现 ${c.corpus.toLocaleString("zh-CN")} 次 · MI ${c.mi.toFixed(2)} · logDice ${c.logDice.toFixed(1)}`}
              className={`inline-block rounded-full border px-2.5 py-0.5 ${
                c.word === near
                  ? "border-accent-700 bg-accent-700 text-white"
                  : "border-stone-200 bg-white text-stone-700 hover:border-accent-600"
              }`}
            >
              {c.word}
              <span className={c.word === near ? "text-white/80" : "text-stone-400"}>
                {" "}
                ({c.count.toLocaleString("zh-CN")} ·{" "}
                {Math.round(c.logLikelihood).toLocaleString("zh-CN")})
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
