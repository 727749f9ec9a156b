import { z } from "zod";
import { readLimitFromEnv } from "../../env-limit";
import type { SearchState, SortOrder } from "../types";

/**
 * The one schema for a search, shared by the page, the JSON API, the export and the CLI.
 * Parsing never throws: each bad value falls back to its default and leaves a Chinese notice.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** The deepest page served (deep pages cost a full ordering); XUNWEN_MAX_PAGE overrides it. */
export const MAX_PAGE = readLimitFromEnv("XUNWEN_MAX_PAGE", 1000);
export const MAX_QUERY_CHARS = 200;
const MAX_FILTER_VALUES = 20;
const MAX_FILTER_CHARS = 100;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const sortSchema = z.enum(["relevance", "newest", "oldest"]);
const intSchema = z
  .string()
  .trim()
  .regex(/^\d{1,9}$/)
  .transform(Number);
const dateSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  });

function getAll(raw: RawParams, key: string): string[] {
  if (raw instanceof URLSearchParams) return raw.getAll(key);
  const v = Object.prototype.hasOwnProperty.call(raw, key) ? raw[key] : undefined;
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === "string");
}

// Lone surrogates cannot survive URL encoding; replacing them keeps serialize∘parse stable.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, "\ufffd");
}

export function defaultSort(q: string): SortOrder {
  return q.length > 0 ? "relevance" : "newest";
}

function parseQuery(values: string[], notices: string[]): string {
  const q = wellFormed(values[0] ?? "").trim();
  const chars = Array.from(q);
  if (chars.length <= MAX_QUERY_CHARS) return q;
  notices.push(`查询过长，已截取前 ${MAX_QUERY_CHARS} 个字符`);
  return chars.slice(0, MAX_QUERY_CHARS).join("").trim();
}

function parseBoundedInt(
  values: string[],
  fallback: number,
  max: number,
  label: string,
  invalid: string,
  notices: string[],
): number {
  const first = values[0];
  if (first === undefined || first.trim() === "") return fallback;
  const r = intSchema.safeParse(first);
  if (!r.success || r.data < 1) {
    notices.push(invalid);
    return fallback;
  }
  if (r.data > max) {
    notices.push(`${label}超出上限，已改为 ${max}`);
    return max;
  }
  return r.data;
}

function parseDate(values: string[], label: string, notices: string[]): string | null {
  const first = values[0];
  if (first === undefined || first.trim() === "") return null;
  const r = dateSchema.safeParse(first);
  if (r.success) return r.data;
  notices.push(
    `${label}“${wellFormed(first).slice(0, 20)}”不是有效日期（格式 YYYY-MM-DD），已忽略`,
  );
  return null;
}

function parseList(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const t = wellFormed(v).trim().slice(0, MAX_FILTER_CHARS).trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out.slice(0, MAX_FILTER_VALUES);
}

/**
 * `notices`: parameters that were wrong and fell back to a default (a bad link). `adjustments`:
 * values that were fine but were put in order, such as a reversed date range (no link was bad).
 */
export function parseSearchState(raw: RawParams): {
  state: SearchState;
  notices: string[];
  adjustments: string[];
} {
  const notices: string[] = [];
  const adjustments: string[] = [];
  const safeRaw: RawParams = raw && typeof raw === "object" ? raw : {};
  const q = parseQuery(getAll(safeRaw, "q"), notices);
  const sortRaw = getAll(safeRaw, "sort")[0];
  let sort = defaultSort(q);
  if (sortRaw !== undefined && sortRaw.trim() !== "") {
    const r = sortSchema.safeParse(sortRaw.trim());
    if (r.success) sort = r.data;
    else notices.push("排序方式无效，已按默认方式排序");
  }
  let from = parseDate(getAll(safeRaw, "from"), "起始日期", notices);
  let to = parseDate(getAll(safeRaw, "to"), "截止日期", notices);
  if (from && to && from > to) {
    [from, to] = [to, from];
    adjustments.push(`起止日期颠倒，已按 ${from} 至 ${to} 检索`);
  }
  const page = parseBoundedInt(
    getAll(safeRaw, "page"),
    1,
    MAX_PAGE,
    "页码",
    "页码无效，已显示第 1 页",
    notices,
  );
  const size = parseBoundedInt(
    getAll(safeRaw, "size"),
    DEFAULT_PAGE_SIZE,
    MAX_PAGE_SIZE,
    "每页条数",
    `每页条数无效，已改为 ${DEFAULT_PAGE_SIZE}`,
    notices,
  );
  const dupValue = getAll(safeRaw, "dup")[0];
  if (dupValue !== undefined && dupValue !== "all" && dupValue !== "") {
    notices.push("重复报道参数无效，已合并转载显示");
  }
  const state: SearchState = {
    q,
    region: parseList(getAll(safeRaw, "region")),
    theme: parseList(getAll(safeRaw, "theme")),
    source: parseList(getAll(safeRaw, "source")),
    from,
    to,
    sort,
    page,
    size,
    dup: dupValue === "all" ? "all" : "collapse",
  };
  return { state, notices, adjustments };
}

/** Canonical query string (no "?"): defaults omitted, keys in a fixed order. */
export function serializeSearchState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.append("q", state.q);
  for (const v of state.region) p.append("region", v);
  for (const v of state.theme) p.append("theme", v);
  for (const v of state.source) p.append("source", v);
  if (state.from) p.append("from", state.from);
  if (state.to) p.append("to", state.to);
  if (state.sort !== defaultSort(state.q)) p.append("sort", state.sort);
  if (state.page !== 1) p.append("page", String(state.page));
  if (state.size !== DEFAULT_PAGE_SIZE) p.append("size", String(state.size));
  if (state.dup === "all") p.append("dup", "all");
  return p.toString();
}
