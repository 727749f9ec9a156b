import { isUnknownName, segmentWords } from "../text/segment";
import { OUTLET_END, SOURCE_LABEL, joinNames } from "./byline-values";
import { FORUM_RULES, LINE_DROP_RULES } from "./clean-rules";
import { findDates } from "./date-patterns";

/**
 * Authors named without a role word: a name after the source, names standing alone under the
 * headline, a forum post's user name over its member card. jieba decides what can be a name: a
 * token it does not know (王帆), never a common word (打印, 人物画像).
 */

/** A name standing alone right under the headline (a blog's or a column's writer). */
const BARE_NAME = /^\p{Script=Han}{2,4}$/u;
const MAX_BARE_NAMES = 4;
const LABEL_ONLY = /^(?:作者|作\s者|来源|來源|稿源)\s*[:：]?$/;
const USER_NAME = /^(?:\p{Script=Han}{2,8}|[\p{L}\d_][\p{L}\d_.-]{2,20})$/u;
const isDictionaryPhrase = (text: string): boolean =>
  /^\p{Script=Han}+$/u.test(text) && !isUnknownName(text);

/** "来源：中国新闻网 王帆 字号减小": a name the dictionary does not know, right after the source. */
export function nameAfterSource(line: string): string | null {
  const m = new RegExp(`${SOURCE_LABEL.source}(\\S+)\\s+(\\p{Script=Han}{2,3})(?=\\s|$)`, "u").exec(
    line,
  );
  const name = m?.[2];
  return name && !OUTLET_END.test(name) && isUnknownName(name) ? name : null;
}

/** Names standing alone under the headline ("眉间尺", "赵延东、风笑天"): ones jieba does not know. */
export function bareNames(line: string): string | null {
  const names = line.split(/[、\s]+/);
  if (LINE_DROP_RULES.some((rule) => rule.test(line))) return null;
  const ok = names.every((n) => BARE_NAME.test(n) && !OUTLET_END.test(n) && looksLikeName(n));
  return ok && names.length <= MAX_BARE_NAMES ? joinNames(names) : null;
}

/** jieba does not know it, or reads a three-hanzi name as a word and a character (眉间|尺). */
function looksLikeName(name: string): boolean {
  return (
    isUnknownName(name) || (name.length === 3 && segmentWords(name).some((w) => w.length === 1))
  );
}

/** A forum post's author: the user name over the member card (printed twice, or followed by the
 * card's 主题/帖子/积分 lines). */
export function forumPoster(lines: readonly string[]): string | null {
  const isCard = (line: string | undefined): boolean =>
    line !== undefined && LINE_DROP_RULES.some((r) => FORUM_RULES.has(r.name) && r.test(line));
  for (let i = 0; i + 1 < lines.length; i++) {
    const name = lines[i]!;
    // Above the card, not inside it (a custom rank such as 嫩笋 sits between its stat lines).
    if (
      !USER_NAME.test(name) ||
      isCard(name) ||
      isCard(lines[i - 1]) ||
      findDates(name).length > 0
    ) {
      continue;
    }
    // The card is evidence enough; a name merely printed twice must not be a common phrase.
    if (isCard(lines[i + 1]) || (name === lines[i + 1] && isCard(lines[i + 2]))) return name;
    if (name === lines[i + 1] && !isDictionaryPhrase(name)) return name;
  }
  return null;
}

/** A label on a line of its own joins the value on the next line: "作者" / "王之言 高孜然". */
export function joinLabelLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (LABEL_ONLY.test(line) && next !== undefined) {
      out.push(`${line.replace(/[:：]\s*$/, "")}：${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}
