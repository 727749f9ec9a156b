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
export const TITLE_WEIGHT = 4;
export const LEAD_WEIGHT = 2;
export const REST_WEIGHT = 1;
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

// What may follow a place name inside one jieba word: 德州市, 南京大学, 长乐区委.
const PLACE_WORD_REST =
  /^(市|县|区|州|盟|省|旗|镇|乡|地区|新区|街道|大学|学院|医院|市委|县委|区委|州委|人|籍|站|港)/;

/**
 * A short city or county name that jieba reads as part of a longer word is a substring of other
 * words, not a place: 红海|城市 is not 海城, 重大|理念 not 大理, 别尔哥罗德|州 not 德州, 阿里巴巴
 * and 大理石 not 阿里 and 大理. A longer place found at the same spot (包头稀土高新区) is kept.
 */
function isInsideWord(
  text: string,
  m: { start: number; end: number },
  alias: string,
  places: Place[],
  spans: Set<string>,
  boundaries: ReadonlySet<number> | null,
): boolean {
  if (alias.length > 3 || places.some((p) => p.level === 1)) return false;
  // Boundaries of the whole text's one cut (null when jieba's words did not tile it).
  if (!boundaries) return false;
  if (!boundaries.has(m.start)) return true;
  let wordEnd = m.end;
  while (!boundaries.has(wordEnd)) wordEnd++;
  const rest = text.slice(m.end, wordEnd);
  // A long rest is a name built on the place (武汉协和医院, 包头稀土高新区): still the place.
  return (
    rest !== "" &&
    rest.length <= 2 &&
    !PLACE_WORD_REST.test(rest) &&
    !spans.has(`${m.start}:${wordEnd}`)
  );
}

/**
 * Where a news dateline ends ("新华社深圳5月12日电", "本报青岛3月1日讯"): the place a reporter files
 * from is where the story is, as strongly as a title mention. Not Beijing: the national desks file
 * from there, so 新华社北京…电 says nothing of the story's region.
 */
const DATELINE = /^[\s（(]*\S{0,12}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|電|讯|訊)/;
const CAPITAL_PROVINCE = "11";

function datelineEnd(text: string): number {
  return DATELINE.exec(text.slice(0, 40))?.[0].length ?? 0;
}

function scanZone(
  text: string,
  inTitle: boolean,
  boundaries: ReadonlySet<number> | null,
): Mention[] {
  const index = loadAliasIndex();
  const dateline = inTitle ? 0 : datelineEnd(text);
  const out: Mention[] = [];
  const matches = [...index.matcher.scan(text)];
  const starts = new Set(matches.map((m) => m.start));
  const ends = new Set(matches.map((m) => m.end));
  const spans = new Set(matches.map((m) => `${m.start}:${m.end}`));
  for (const m of matches) {
    const places = index.places[m.value] ?? [];
    const alias = index.aliases[m.value] ?? "";
    if (places.length === 0) continue;
    const after = text.slice(m.end, m.end + 5);
    if (ROAD_AFTER.test(after) || EXCLUDED_AFTER.test(after)) continue;
    if (EXCLUDED_BEFORE.test(text.slice(Math.max(0, m.start - 2), m.start))) continue;
    if (isForumChrome(text, m.start, m.end)) continue;
    if (isInForeignName(text, m, places, starts, ends)) continue;
    if (isInsideWord(text, m, alias, places, spans, boundaries)) continue;
    const filedFrom = m.end <= dateline && places.every((p) => p.provinceCode !== CAPITAL_PROVINCE);
    const strong = inTitle || filedFrom;
    const base = strong ? TITLE_WEIGHT : m.start < LEAD_LENGTH ? LEAD_WEIGHT : REST_WEIGHT;
    const weak =
      places.every((p) => p.level === 3) && (alias.length <= 2 || GENERIC_NAME.test(alias));
    out.push({
      start: m.start,
      end: m.end,
      alias,
      places,
      weight: weightFor(text, m.start, m.end, base),
      inTitle: strong,
      weak,
    });
  }
  return out;
}

/** Where jieba's accurate cut of the normalised title and body puts word boundaries (wordBoundariesOf). */
export interface TextBoundaries {
  title: ReadonlySet<number> | null;
  body: ReadonlySet<number> | null;
}

/** Mentions in the normalised title and body. */
export function findMentions(title: string, body: string, boundaries: TextBoundaries): Mention[] {
  return [...scanZone(title, true, boundaries.title), ...scanZone(body, false, boundaries.body)];
}
