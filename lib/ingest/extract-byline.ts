import {
  AUTHOR_LABEL,
  beforeNextRole,
  SOURCE_LABEL,
  asSource,
  joinNames,
  namesInCredit,
  OUTLET_END,
  valueAfter,
} from "./byline-values";
import { bareNames, forumPoster, joinLabelLines, nameAfterSource } from "./byline-names";
import { LINE_DROP_RULES } from "./clean-rules";
import { findDates, TIME_AFTER } from "./date-patterns";
import { headLines, isContentLine, toLines } from "./page-lines";

export interface Byline {
  source: string | null;
  author: string | null;
}

const MAX_BYLINE_LINE = 200;
/** How many lines of the article's opening are read for a dateline credit. */
const LEAD_LINES = 3;
const LEAD_CHARS = 100;
/** How many lines under the headline a bare name may stand on. */
const BARE_NAME_LINES = 3;

// "本报记者 张三 李四", "记者：王五", "文/赵六": the role must be followed by a colon or a space
// (so "记者近日获悉" is prose, not a byline).
const CREDIT =
  /(?:^|[\s|｜·])(?:(?:\S{0,10}?(?:报|報|网|網|社|台|刊))?(?:记者|記者|撰文|采写|採寫)(?:\s*[:：]\s*|\s+)|文\s*[/／丨|｜]\s*)(.+)/u;
/** An opening paragraph that starts with its credit: "新华社记者邹多为、唐诗凝、丁乐9日，海关总署…". */
const LEAD_CREDIT =
  /^\S{0,10}?(?:社|报|報|台)(?:记者|記者)((?:\p{Script=Han}{2,4}、)*\p{Script=Han}{2,4})(?=\d|\s|发自|發自|报道|報導|$)/u;
/** A closing credit that ends the last paragraph: "…吗？”（姚峰 上海报道）", "…“共赢”。（钟才文）". */
const TRAILING_CREDIT = /[。！？”」][（(]([^（）()]{2,30})[）)]$/u;
const ACCOUNT = /^[\p{Script=Han}A-Za-z]{2,20}$/u;
/** "新华社乌鲁木齐5月9日电（记者邹伟）", "本报讯（记者叶婉）", "本报讯 （实习记者 樊亮 记者惠禾）". */
const DATELINE_CREDIT = /^.{0,30}?(?:电|電|讯|訊)\s*[（(]([^（）()]{2,60})[）)]/u;
/** A closing credit on a line of its own: "（袁源）", "（总台央视记者 奚丹霓 张赛）", "（姚峰 上海报道）". */
const CLOSING_CREDIT = /^[（(]([^（）()]{2,40})[）)]$/u;
/** A closing attribution: "《光明日报》（2024年05月20日 03版）", "《人民日报》2024年5月13日第3版". */
const CLOSING_ATTRIBUTION = /^[（(]?《([^《》]{2,20})》\s*[（(]?\s*(?:\d{4}\s*年|\d{4}-)/u;
const isChrome = (line: string): boolean =>
  LINE_DROP_RULES.some((r) => r.name === "copyrightFooter" && r.test(line));

function first<T>(lines: readonly string[], read: (line: string) => T | null): T | null {
  for (const line of lines) {
    if (line.length > MAX_BYLINE_LINE || isChrome(line)) continue;
    const value = read(line);
    if (value) return value;
  }
  return null;
}

/** 作者：宋怡 杨志华 → the names after the label, up to the next field. */
function labelledAuthors(line: string): string | null {
  // "作者 王之言 高孜然": a label that opens its line may be followed by a space instead of a colon.
  const m = AUTHOR_LABEL.exec(line) ?? /^(?:作者|作\s者)\s+(?=\S)/.exec(line);
  if (!m) return null;
  const names = namesInCredit(beforeNextRole(line.slice(m.index + m[0].length))).filter(
    (n) => !OUTLET_END.test(n),
  );
  return joinNames(names);
}

function creditedNames(line: string): string | null {
  const m = CREDIT.exec(line);
  return m ? joinNames(namesInCredit(m[1]!)) : null;
}

/** The outlet printed right after the byline's date: "2005年03月21日 11:21 《理财周刊》", "22:30·新华社". */
function sourceNextToDate(line: string): string | null {
  const date = findDates(line)[0];
  if (!date || isContentLine(line)) return null;
  let rest = line.slice(date.end);
  rest = rest.slice(TIME_AFTER.exec(rest)?.[0].length ?? 0).replace(/^(?:[\s·|｜/]|更新)+/, "");
  const m = /^《?([\p{Script=Han}A-Za-z]{2,20})》?(?=$|\s|作者|來源|来源)/u.exec(rest);
  return m && OUTLET_END.test(m[1]!) && !/^(?:发布于|發佈於|来自|來自)/.test(m[1]!)
    ? asSource(m[1]!)
    : null;
}

/** An account or outlet on the line right above the byline's date: "环球时报新媒体" / "2024-05-18 16:56". */
function sourceAboveDate(lines: readonly string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const date = findDates(lines[i + 1]!)[0];
    if (!date || lines[i + 1]!.slice(0, date.index).trim() || !ACCOUNT.test(line)) continue;
    if (OUTLET_END.test(line) && !isChrome(line)) return asSource(line);
  }
  return null;
}

function closingSource(line: string): string | null {
  const labelled = asSource(valueAfter(line, SOURCE_LABEL));
  if (labelled && (labelled.length > 3 || OUTLET_END.test(labelled))) return labelled;
  return CLOSING_ATTRIBUTION.exec(line)?.[1] ?? null;
}

function closingAuthors(line: string): string | null {
  const credit = CLOSING_CREDIT.exec(line)?.[1] ?? TRAILING_CREDIT.exec(line)?.[1];
  if (credit && !/编|編|责|責|校对|校對|审|審|来源|來源/.test(credit)) {
    const names = namesInCredit(credit).filter((n) => !OUTLET_END.test(n));
    if (names.length > 0) return joinNames(names);
  }
  return labelledAuthors(line) ?? creditedNames(line);
}

/**
 * Source (来源/稿源/转自, or the outlet printed next to the date) and authors (作者/执笔 labels,
 * reporter credits "本报记者 张三 李四", "文/赵六") from the page head, the byline lines before the
 * first paragraph; then the dateline credit of the opening ("新华社北京3月1日电（记者 X）"); then
 * the closing lines given as `tail` (来源：…, 作者：…, "（记者 胡晓蓉）", "《光明日报》（…版）").
 * Editors (责任编辑/编辑/责编) are never authors; footers are never read.
 */
export function extractByline(text: string, opts: { tail?: readonly string[] } = {}): Byline {
  const lines = joinLabelLines(toLines(text).filter(Boolean));
  const head = headLines(lines);
  // A dateline opens a paragraph: its first characters are enough.
  const lead = lines
    .slice(head.length, head.length + LEAD_LINES)
    .map((l) => l.slice(0, LEAD_CHARS));
  const tail = joinLabelLines(opts.tail ?? []);
  const source =
    first(head, (line) => asSource(valueAfter(line, SOURCE_LABEL))) ??
    first(head, sourceNextToDate) ??
    sourceAboveDate(head) ??
    first(tail, closingSource);
  const author =
    first(head, labelledAuthors) ??
    first(head, creditedNames) ??
    first(lead, (line) => {
      const credit = DATELINE_CREDIT.exec(line)?.[1];
      return credit ? joinNames(namesInCredit(credit)) : null;
    }) ??
    first([...head, ...lead], (line) => LEAD_CREDIT.exec(line)?.[1] ?? null) ??
    first([...tail].reverse(), closingAuthors) ??
    first(head, nameAfterSource) ??
    first(head.slice(0, BARE_NAME_LINES), bareNames) ??
    forumPoster(head);
  return { source, author: author === source ? null : author };
}
