import { LEAD_LENGTH, LEAD_WEIGHT, REST_WEIGHT, TITLE_WEIGHT } from "./mentions";

/**
 * Cues that an article is about the whole country: national bodies (国务院, 国家卫健委, 外交部…),
 * 全国/我国, and counts of provinces (31个省、25省区市). 中国 alone is a weak cue: it also names the
 * country in foreign news. Titles also count 各地 said of the whole country. Weighted like place
 * mentions: title strong, lead medium, rest weak.
 */

const STRONG_CUES = new RegExp(
  [
    "全国",
    "我国",
    "国务院",
    "中央",
    "国家[\\u4e00-\\u9fff]{0,8}?(委员会|委|局|部|署|中心|办)",
    "(外交|教育|科技|工信|公安|民政|司法|财政|人社|人力资源和社会保障|自然资源|生态环境|住建|住房和城乡建设|交通运输|" +
      "水利|农业农村|商务|文旅|文化和旅游|应急管理|退役军人事务|国防)部",
    "国台办|中国疾控中心|中国疾病预防控制中心|海关总署|民航局|国铁集团|发改委|市场监管总局|统计局|银保监会|证监会|人民银行|央行",
    "\\d+个?省(区市|份)?|各省|多省",
  ].join("|"),
  "g",
);
const WEAK_CUES = /中国|国内/g;
// A title about places across the country (各地全力以赴防汛救灾, 南方多地雨雪); not "湖北各地", nor a
// bare 多地 (美大选…多地加强安保), and only in titles: in a body 各地 is as often the province's own.
const TITLE_CUES = /(?<![\u4e00-\u9fff])各地|[南北]方多地/g;
const WEAK_FACTOR = 0.5;

function cueScore(text: string, weightAt: (offset: number) => number): number {
  let score = 0;
  for (const m of text.matchAll(STRONG_CUES)) score += weightAt(m.index);
  for (const m of text.matchAll(WEAK_CUES)) score += WEAK_FACTOR * weightAt(m.index);
  return score;
}

/** Weighted nationwide cues in the normalised title and body; `title` counts only the strong cues
 * (中国 in a title is as often a foreign-news subject as a nationwide one). */
export function scoreNationwide(title: string, body: string): { title: number; total: number } {
  const titleOnly = (title.match(TITLE_CUES)?.length ?? 0) * TITLE_WEIGHT;
  return {
    title: (title.match(STRONG_CUES)?.length ?? 0) * TITLE_WEIGHT + titleOnly,
    total:
      cueScore(title, () => TITLE_WEIGHT) +
      titleOnly +
      cueScore(body, (i) => (i < LEAD_LENGTH ? LEAD_WEIGHT : REST_WEIGHT)),
  };
}
