/** An inline strip rule: removes debris inside a line and returns what is left. */
export interface InlineRule {
  name: string;
  apply: (line: string) => string;
}

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/**
 * A pinyin syllable in parentheses right after a CJK character, as some converters leave behind:
 * 區(qū), 戰(zhàn), 業(yè). The syllable must carry a tone mark and be 1-6 lowercase letters, so
 * real parenthesised text such as (昆明经开区), (单元) or (AI) is never touched.
 */
const PINYIN_DEBRIS = new RegExp(
  `(?<=[\\u3400-\\u9fff])[(（](?=[a-zü${TONED}]{0,5}[${TONED}])[a-zü${TONED}]{1,6}[)）]`,
  "g",
);

/** A site's own name in brackets opening a paragraph: "(上海基层党建网) …", "【某某网】…". */
const SITE_TAG =
  /^[（(【[]\s*[\u4e00-\u9fffA-Za-z]{2,16}(?:网|網|报|報|社|台|频道|頻道)(?:讯|訊)?\s*[)）】\]]\s*/;

/** The CCTV lead-in on xwlb transcripts: "央视网消息（新闻联播）：", "中国网络电视台消息(新闻联播)：". */
const BROADCAST_DATELINE =
  /^(?:央视网消息|央視網消息|中国网络电视台消息|中國網絡電視台消息)?\s*[（(]新[闻聞]联播[)）]\s*[：:]\s*/;

/** Runs of "?" left by a lossy re-encoding, and U+FFFD replacement characters. */
const QUESTION_RUNS = /\?{3,}|？{3,}|\ufffd+/g;

/** xwlb credits closing a paragraph: "…参加会见。(视频编辑：张贝龙 文字编辑：温凤浩)". */
const TRAILING_CREDIT =
  /[（(]\s*(?:视频编辑|視頻編輯|文字编辑|文字編輯|责任编辑|責任編輯)\s*[：:][^()（）]{0,60}[)）]\s*$/;

// Invisible characters: zero-width joiners and bidirectional controls (an RTL override would let
// scraped text display reversed, a spoofing trick); the visible text stays.
const ZERO_WIDTH = /[\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069\u061c]/g;

/** Drops invisible and bidi-control characters from any displayed field (title, source, author). */
export function stripInvisible(text: string): string {
  return text.replace(ZERO_WIDTH, "");
}

export const INLINE_STRIP_RULES: readonly InlineRule[] = [
  { name: "zeroWidth", apply: stripInvisible },
  {
    name: "pinyinDebris",
    apply: (l) => (l.includes("(") || l.includes("（") ? l.replace(PINYIN_DEBRIS, "") : l),
  },
  { name: "questionRuns", apply: (l) => l.replace(QUESTION_RUNS, "") },
  { name: "siteTag", apply: (l) => l.replace(SITE_TAG, "") },
  { name: "broadcastDateline", apply: (l) => l.replace(BROADCAST_DATELINE, "") },
  { name: "trailingCredit", apply: (l) => l.replace(TRAILING_CREDIT, "") },
];

/** Applies every inline rule in order; the result is trimmed. */
export function stripInline(line: string): string {
  let out = line.trim();
  for (const rule of INLINE_STRIP_RULES) out = rule.apply(out).trim();
  return out;
}
