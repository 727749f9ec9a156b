/**
 * Reading one credit value: the text after a 来源/作者 label up to the next field, the names of a
 * reporter credit, and whether a value can be an outlet or a person at all. Shared by the byline
 * of the page head, datelines and closing credits, for .txt and .html pages alike.
 */

export const SOURCE_LABEL =
  /(?:来源|來源|稿源|出处|出處|本文来源于|本文來源於|转自|轉自)\s*[:：]?\s*(?=\S)/;
/** The text of a labelled value up to the next role word: "张静 记者 李四" → "张静". */
export function beforeNextRole(text: string): string {
  const role = new RegExp(ROLE.source, "u").exec(text);
  return role && role.index > 0 ? text.slice(0, role.index) : text;
}

export const AUTHOR_LABEL = /(?:(?<![工编編])作\s*者|撰稿|撰文|执笔人?|執筆人?)\s*[:：]\s*/;
/** Where a field value ends: whitespace, a separator or bracket, a date, or the next label. */
const VALUE_END =
  /[\s|｜,，;；。()（）【】[\]<>]|(?:19|20)\d{2}\s*[-/.年]|参与互动|我要评论|打印|字号|字號|分享|收藏|纠错|糾錯|(?:来源|來源|作者|发布|發布|發佈|发表|發表|时间|時間|日期|分类|分類|编辑|編輯|责编|責編|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|稿源|摄影|攝影|记者|記者)(?:时间|時間|日期|次数|次數|于|於)?\s*[:：]/;
const MAX_VALUE = 40;
/** Not an outlet: what a CMS puts in the 来源 slot when it names none. */
const GENERIC_SOURCE =
  /^(?:转载文章|轉載文章|转载|轉載|本站|本网|本網|原创|原創|网络|網絡|互联网|互聯網|网友|網友|未知|不详|不詳|综合|綜合|其他|其它)$/;

/** The raw value after `label` in `line`, up to the next field; null when there is none. */
export function valueAfter(line: string, label: RegExp): string | null {
  const m = label.exec(line);
  if (!m) return null;
  const rest = line.slice(m.index + m[0].length).replace(/^[[【]/, "");
  const end = VALUE_END.exec(rest);
  const value = (end ? rest.slice(0, end.index) : rest).replace(/[:：、.。\]】]+$/, "").trim();
  if (!value || value.length > MAX_VALUE || /^\d{4}[-/.年]|^\d+$/.test(value)) return null;
  return value;
}

/** A value that names an outlet: not a CMS placeholder. */
export function asSource(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim().replace(/^[《【[]([^《》]*)[》】\]]$/, "$1");
  return v && !GENERIC_SOURCE.test(v) ? v : null;
}

/** A personal name in a credit: 2–4 hanzi (a compound surname makes four), or a user name. */
const NAME = /^(?:\p{Script=Han}{2,4}|[A-Za-z0-9_][\w.-]{2,20})$/u;
/** A date or time is no user name: "2023-12-01", "14:43". */
const TIME_LIKE = /^\d+(?:[-:/.]\d+)+$/;
/** Words that end the names in a credit: roles of the next person, or what they did. */
const CREDIT_STOP =
  /^(?:通讯员|通訊員|实习生|實習生|记者|記者|报道|報導|报导|摄|攝|摄影|攝影|编辑|編輯|责编|責編|发自|發自|来源|來源|本报|本報)/;
const ROLE =
  /(?:本报|本報|本台|本刊|本网|本網|总台央视|总台|新华社|中新社|信报|特约|特約|实习|實習|首席)?(?:记者|記者|撰文|采写|採寫|执笔人?|執筆人?|评论员|評論員)\s*[:：]?\s*/gu;
/** What follows the names in a closing credit: "（姚峰 上海报道）", "（记者 X 摄）". */
const CREDIT_TAIL = /\s*\S{0,6}(?:报道|報導|报导|发自\S*|發自\S*)$/u;

/**
 * The people named in a credit text such as "实习记者 樊亮 张明超 记者惠禾" or "邹多为、唐诗凝":
 * names after each role word, up to a word that is no name. Photographers (…摄) are not authors.
 */
export function namesInCredit(text: string): string[] {
  if (/(?:摄|攝)$/.test(text.trim())) return [];
  // Names follow a role word glued to an outlet ("政能亮特约评论员 韩涵"): the outlet is no name.
  const role = new RegExp(ROLE.source, "u").exec(text);
  const glued = role && role.index > 0 && !/\s/.test(text[role.index - 1]!);
  const credit = glued ? text.slice(role.index) : text;
  const body = credit
    .replace(/(?:发自|發自)\S*/gu, " ")
    .replace(CREDIT_TAIL, "")
    .replace(ROLE, " ");
  const tokens = joinSpacedHanzi(body.split(/[\s、,，]+/).filter(Boolean));
  const names: string[] = [];
  for (const token of tokens) {
    if (!NAME.test(token) || CREDIT_STOP.test(token) || TIME_LIKE.test(token)) break;
    names.push(token);
  }
  return names;
}

/** Typeset names spaced out to a fixed width: "方 敏" is one name. */
function joinSpacedHanzi(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (/^\p{Script=Han}$/u.test(t) && next && /^\p{Script=Han}{1,2}$/u.test(next)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out;
}

/** An outlet's name ends like one; a 2–3 hanzi value that does not is a person in the 来源 slot. */
export const OUTLET_END =
  /(?:报|報|网|網|社|台|刊|志|新闻|新聞|频道|頻道|中心|局|部|委|院|会|會|号|號|站|办|辦|府|厅|廳|处|處|所|团|團|媒体|媒體|视|視|讯|訊|版|馆|館|[A-Za-z])$/u;

export const joinNames = (names: string[]): string | null =>
  names.length > 0 ? names.join("、") : null;
