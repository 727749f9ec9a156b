import type { SearchState } from "../search/types";
import { toRangeLabel } from "./date-range";
import { buildSearchHref, toChangedState } from "./search-links";

/** Human-readable descriptions of a search state: page titles, share text and filter chips. */

export const SITE_NAME = "寻文";

/** A region facet value's name as a filter reads it: 全国 is the nationwide stories, not "all". */
export function toRegionFilterName(name: string): string {
  return name === "全国" ? "全国性报道" : name;
}

/** "浙江省/温州市" → "浙江省 › 温州市". */
export function toRegionLabel(value: string): string {
  return value.split("/").filter(Boolean).map(toRegionFilterName).join(" › ");
}

function filterLabels(state: SearchState): string[] {
  const range = toRangeLabel(state.from, state.to);
  return [
    ...state.region.map((r) => r.split("/").filter(Boolean).map(toRegionFilterName).join("")),
    ...state.theme,
    ...state.source,
    ...(range ? [range] : []),
  ];
}

/** "“复工复产” · 浙江省 · 2020-03 — 寻文"; the landing page is just the site name. */
export function buildPageTitle(state: SearchState): string {
  const parts = [...(state.q.trim() ? [`“${state.q.trim()}”`] : []), ...filterLabels(state)];
  if (parts.length === 0) return `${SITE_NAME} — 中文新闻全文检索`;
  const page = state.page > 1 ? ` · 第 ${state.page} 页` : "";
  return `${parts.join(" · ")}${page} — ${SITE_NAME}`;
}

/** One sentence for Open Graph / meta description. */
export function buildPageDescription(state: SearchState, total: number): string {
  const filters = filterLabels(state);
  const what = state.q.trim() ? `检索“${state.q.trim()}”` : "浏览全部报道";
  const within = filters.length > 0 ? `，筛选：${filters.join(" · ")}` : "";
  return `在寻文中${what}${within}，共 ${total.toLocaleString("zh-CN")} 篇报道。`;
}

export interface FilterChip {
  kind: "地区" | "主题" | "来源" | "日期";
  label: string;
  /** The same search without this filter. */
  removeHref: string;
}

export function buildFilterChips(state: SearchState): FilterChip[] {
  const chips: FilterChip[] = [];
  for (const r of state.region) {
    const region = state.region.filter((v) => v !== r);
    chips.push({
      kind: "地区",
      label: toRegionLabel(r),
      removeHref: buildSearchHref(toChangedState(state, { region })),
    });
  }
  for (const t of state.theme) {
    const theme = state.theme.filter((v) => v !== t);
    chips.push({
      kind: "主题",
      label: t,
      removeHref: buildSearchHref(toChangedState(state, { theme })),
    });
  }
  for (const s of state.source) {
    const source = state.source.filter((v) => v !== s);
    chips.push({
      kind: "来源",
      label: s,
      removeHref: buildSearchHref(toChangedState(state, { source })),
    });
  }
  const range = toRangeLabel(state.from, state.to);
  if (range) {
    chips.push({
      kind: "日期",
      label: range,
      removeHref: buildSearchHref(toChangedState(state, { from: null, to: null })),
    });
  }
  return chips;
}
