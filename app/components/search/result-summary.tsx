import { buildFeedHref } from "@/lib/feeds/build-atom-feed";
import { buildKwicHref } from "@/lib/ui/kwic-links";
import { buildTrendsHref } from "@/lib/ui/trends-links";
import type { SearchResponse } from "@/lib/search/types";
import { serializeSearchState } from "@/lib/search/query/search-state";
import { EXPORT_MAX_ROWS } from "@/lib/ui/export-record";
import { buildDuplicateModeHref, buildSearchHref } from "@/lib/ui/search-links";
import { CopyLinkButton } from "../share/copy-link-button";
import { SortBar } from "./sort-bar";
import { WordSplitNote } from "./word-split-note";

/** What collapsing reposts did to the count, with the way to list every article (and back). */
function DuplicateNote({ response }: { response: SearchResponse }) {
  const { state, total, matched } = response;
  const link = "whitespace-nowrap text-accent-700 underline-offset-2 hover:underline";
  if (state.dup === "all") {
    return (
      <span className="block text-stone-500" data-duplicate-note>
        转载逐篇列出。
        <a className={link} href={buildDuplicateModeHref(state, "collapse")}>
          合并转载
        </a>
      </span>
    );
  }
  if (matched <= total) return null;
  return (
    <span className="block text-stone-500" data-duplicate-note>
      另有 {(matched - total).toLocaleString("zh-CN")} 篇转载已合并到原文（共{" "}
      {matched.toLocaleString("zh-CN")} 篇）。
      <a className={link} href={buildDuplicateModeHref(state, "all")}>
        逐篇显示
      </a>
    </span>
  );
}

/** Count, time and position; order, export and share. */
export function ResultSummary({ response }: { response: SearchResponse }) {
  const { state, total, tookMs, hits } = response;
  const start = (state.page - 1) * state.size + 1;
  const end = start + hits.length - 1;
  const exportQuery = serializeSearchState({ ...state, page: 1 });
  const exportHref = (format: "csv" | "json") =>
    `/api/export?format=${format}${exportQuery ? `&${exportQuery}` : ""}`;
  const linkClass =
    "rounded-md px-2 py-1 whitespace-nowrap text-stone-600 hover:bg-stone-100 hover:text-stone-900";
  return (
    <div className="mb-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-3 border-b border-stone-200 pb-3">
      <p className="text-sm text-stone-600" aria-live="polite">
        共{" "}
        <strong className="text-base font-semibold text-stone-900 tabular-nums">
          {total.toLocaleString("zh-CN")}
        </strong>{" "}
        篇报道
        {hits.length > 0 && (
          <span className="text-stone-400">
            {" "}
            · 第 {start.toLocaleString("zh-CN")}–{end.toLocaleString("zh-CN")} 篇
          </span>
        )}
        <span className="text-stone-400"> · 用时 {Math.max(1, Math.round(tookMs))} 毫秒</span>
        <WordSplitNote response={response} />
        <DuplicateNote response={response} />
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <SortBar state={state} />
        <nav aria-label="导出与分享" className="flex flex-wrap items-center gap-1 text-sm">
          <a
            href={exportHref("csv")}
            download
            className={linkClass}
            title={`导出全部结果（最多 ${EXPORT_MAX_ROWS.toLocaleString("zh-CN")} 条），Excel 可直接打开`}
          >
            导出 CSV
          </a>
          <a
            href={exportHref("json")}
            download
            className={linkClass}
            title={`导出全部结果（最多 ${EXPORT_MAX_ROWS.toLocaleString("zh-CN")} 条）`}
          >
            JSON
          </a>
          {state.q.trim() && (
            <a
              href={buildTrendsHref([state])}
              className={linkClass}
              title="这一检索式随时间的变化，可与其他检索式对比"
            >
              趋势
            </a>
          )}
          {state.q.trim() && (
            <a
              href={buildKwicHref(state)}
              className={linkClass}
              title="逐条列出检索词的每一次出现及其上下文（KWIC）"
            >
              索引行
            </a>
          )}
          <a
            href={buildFeedHref(state)}
            className={linkClass}
            title="Atom 订阅：每次索引更新后，阅读器里出现新入库的相符报道"
          >
            订阅
          </a>
          <CopyLinkButton href={buildSearchHref(state)} />
        </nav>
        {total > EXPORT_MAX_ROWS && (
          <p className="w-full text-right text-xs text-stone-500" data-export-cap>
            导出前 {EXPORT_MAX_ROWS.toLocaleString("zh-CN")} 篇，共 {total.toLocaleString("zh-CN")}{" "}
            篇
          </p>
        )}
      </div>
    </div>
  );
}
