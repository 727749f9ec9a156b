import { findWordBoundaries } from "../text/segment";
import { loadAliasIndex } from "./alias-index";
import type { Place } from "./gazetteer";

/**
 * Place mentions in an article: every gazetteer alias found in the normalised title and body, with
 * a weight for where it stands (title strong, lead medium, rest weak) and how it is used. Mentions
 * that do not say where the article is are dropped: road names (南京路), exclusions (除湖北外,
 * 湖北以外) and the poster's location in forum chrome (来自江苏).
 */

export interface Mention {
  /** Offset in the zone's text (title or body). */
  start: number;
  end: number;
  alias: string;
  places: Place[];
  weight: number;
  inTitle: boolean;
  /** A two-character county name, or one made of generic characters: it counts only when a
   * province or city above it is mentioned too. */
  weak: boolean;
}

export const LEAD_LENGTH = 300;
const TITLE_WEIGHT = 4;
const LEAD_WEIGHT = 2;
const REST_WEIGHT = 1;
/** Places listed with others (向贵州、江西等地) or in a breakdown (湖北7例) say little about the
 * article's own region. */
const LIST_FACTOR = 0.3;
/** Places that are a destination (支援湖北, 赴武汉) are usually not where the article is. */
const DESTINATION_FACTOR = 0.5;

const ROAD_AFTER = /^(路|大道|大街|街(?!道))/;
const EXCLUDED_BEFORE = /除(了)?$/;
const EXCLUDED_AFTER = /^(省|市|地区)?(以外|之外|外(新增|地区|的|各|\d))/;
const DESTINATION_BEFORE = /(援|赴|前往|抵达|到达|返回|回到|发往|运往|送往|飞往|飞抵)$/;
const GENERIC_NAME = /^[东西南北中上下内外前后新老旧城郊矿市区县]+$/;
// The dot of transliterated names (穆罕默德·阿里, 阿里·本·塔米姆).
const NAME_DOT = /[·•‧・]/;

function isForumChrome(text: string, start: number, end: number): boolean {
  if (start < 2 || !text.startsWith("来自", start - 2)) return false;
  const after = text.slice(end, end + 3);
  return after === "" || /^[\s|]/.test(after) || /^(省|市)(\s|$)/.test(after);
}

function weightFor(text: string, start: number, end: number, base: number): number {
  let weight = base;
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 8);
  if (before.endsWith("、") || after.startsWith("、") || /^(省|市)?(等|\d+例)/.test(after))
    weight *= LIST_FACTOR;
  if (DESTINATION_BEFORE.test(before)) weight *= DESTINATION_FACTOR;
  return weight;
}

/**
 * A city or county name joined by a name dot to words that are no place (穆罕默德·阿里) is part of
 * a transliterated name; "江苏·南京" (a place on the other side) and provinces (聚焦·湖北) stay.
 */
function isInForeignName(
  text: string,
  m: { start: number; end: number },
  places: Place[],
  starts: Set<number>,
  ends: Set<number>,
): boolean {
  if (places.some((p) => p.level === 1)) return false;
  const dotBefore = m.start > 0 && NAME_DOT.test(text[m.start - 1]!);
  const dotAfter = NAME_DOT.test(text[m.end] ?? "");
  return (dotBefore && !ends.has(m.start - 1)) || (dotAfter && !starts.has(m.end + 1));
}

// How much text around a mention jieba reads to place word boundaries.
const WORD_WINDOW = 4;

/**
 * A short city or county name whose first character jieba joins to the word before it is a
 * substring of other words: 红海|城市 is not 海城, 重大|理念 not 大理, 别尔哥罗德|州 not 德州.
 */
function startsMidWord(text: string, start: number, alias: string, places: Place[]): boolean {
  if (start === 0 || alias.length > 3 || places.some((p) => p.level === 1)) return false;
  const from = Math.max(0, start - WORD_WINDOW);
  const boundaries = findWordBoundaries(text.slice(from, start + alias.length + WORD_WINDOW));
  return boundaries !== null && !boundaries.has(start - from);
}

function scanZone(text: string, inTitle: boolean): Mention[] {
  const index = loadAliasIndex();
  const out: Mention[] = [];
  const matches = [...index.matcher.scan(text)];
  const starts = new Set(matches.map((m) => m.start));
  const ends = new Set(matches.map((m) => m.end));
  for (const m of matches) {
    const places = index.places[m.value] ?? [];
    const alias = index.aliases[m.value] ?? "";
    if (places.length === 0) continue;
    const after = text.slice(m.end, m.end + 5);
    if (ROAD_AFTER.test(after) || EXCLUDED_AFTER.test(after)) continue;
    if (EXCLUDED_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start))) continue;
    if (isForumChrome(text, m.start, m.end)) continue;
    if (isInForeignName(text, m, places, starts, ends)) continue;
    if (startsMidWord(text, m.start, alias, places)) continue;
    const base = inTitle ? TITLE_WEIGHT : m.start < LEAD_LENGTH ? LEAD_WEIGHT : REST_WEIGHT;
    const weak =
      places.every((p) => p.level === 3) && (alias.length <= 2 || GENERIC_NAME.test(alias));
    out.push({
      start: m.start,
      end: m.end,
      alias,
      places,
      weight: weightFor(text, m.start, m.end, base),
      inTitle,
      weak,
    });
  }
  return out;
}

/** Mentions in the normalised title and body. */
export function findMentions(title: string, body: string): Mention[] {
  return [...scanZone(title, true), ...scanZone(body, false)];
}
