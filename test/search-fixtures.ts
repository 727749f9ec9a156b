import type { Article, RegionPath } from "../lib/article";
import { loadSearchEngine, type SearchEngine } from "../lib/search/store/load-search-engine";
import { writeSearchIndex } from "../lib/search/store/write-search-index";
import { makeTempDir } from "./temp-dirs";

/** Small inline Chinese articles for the search tests, and an engine built from them on disk. */

function region(
  code: string,
  province: string,
  city: string | null,
  county: string | null,
): RegionPath {
  return { code, province, city, county };
}

/** An article with only what a test gives it; every other field empty. */
export function article(
  id: string,
  title: string,
  body: string,
  extra: Partial<Article> = {},
): Article {
  return {
    id,
    title,
    body,
    date: null,
    source: null,
    author: null,
    url: null,
    region: null,
    themes: [],
    keywords: [],
    origin: `fixture:${id}`,
    ...extra,
  };
}

const theme = (name: string, keywords: string[] = []) => ({ id: name, name, score: 1, keywords });

const REPOST_BODY =
  "3月5日，温州市龙湾区召开新冠肺炎疫情防控工作推进会，要求各街道严格落实联防联控措施，做好返岗人员健康监测和企业复工复产服务保障工作。\n会议指出，要坚持疫情防控和经济社会发展两手抓，统筹推进重点项目建设。";

export const FIXTURES: Article[] = [
  article(
    "baotou",
    "包头稀土高新区推进复工复产",
    "包头稀土高新区管委会组织稀土企业有序复工，稀土产业链上下游协同恢复生产。\n高新区为企业发放防疫物资。",
    {
      date: "2020-03-02",
      source: "包头日报",
      region: region("150271", "内蒙古自治区", "包头市", "包头稀土高新区"),
      themes: [theme("复工复产", ["复工"])],
      keywords: ["稀土", "复工", "包头"],
    },
  ),
  article(
    "baotou-tw",
    "包頭市召開疫情防控工作會議",
    "包頭市召開疫情防控工作會議，部署企業復工和社區防控。\n會議要求各部門落實責任。",
    {
      date: "2020-02-10",
      source: "鄉鎮通訊",
      region: region("150200", "内蒙古自治区", "包头市", null),
      themes: [theme("社区防控")],
      keywords: ["疫情", "防控"],
    },
  ),
  article(
    "adbc",
    "中国农业发展银行温州分行支持春耕",
    "中国农业发展银行温州分行向温州东大门物流园区发放专项贷款，支持春耕备耕和农资保供。",
    {
      date: "2020-03-15",
      source: "温州日报",
      region: region("330302", "浙江省", "温州市", "鹿城区"),
      themes: [theme("金融支持")],
      keywords: ["农业", "贷款", "春耕"],
    },
  ),
  article(
    "hangzhou",
    "杭州市西湖区社区防疫见闻",
    "西湖区各社区实行封闭管理，志愿者在卡口测量体温，守护居民平安。",
    {
      date: "2020-02-20",
      source: "杭州日报",
      region: region("330106", "浙江省", "杭州市", "西湖区"),
      themes: [theme("社区防控")],
      keywords: ["社区", "志愿者"],
    },
  ),
  article(
    "nanjing",
    "南京市鼓楼区社区防控有力有序",
    "鼓楼区社区工作者逐户排查，志愿者协助测量体温，疫情防控有力有序。",
    {
      date: "2020-02-21",
      source: "南京日报",
      region: region("320106", "江苏省", "南京市", "鼓楼区"),
      themes: [theme("社区防控")],
      keywords: ["社区", "排查"],
    },
  ),
  article(
    "wenzhou-nodate",
    "温州市东部新城社区志愿者在行动",
    "温州东部新城的志愿者在大门口值守，劝导居民减少外出。",
    {
      source: "温州日报",
      region: region("330300", "浙江省", "温州市", null),
      themes: [theme("社区防控")],
      keywords: ["志愿者"],
    },
  ),
  article("repost-a", "龙湾区召开疫情防控工作推进会", REPOST_BODY, {
    date: "2020-03-05",
    source: "龙湾新闻",
    region: region("330303", "浙江省", "温州市", "龙湾区"),
  }),
  article(
    "repost-b",
    "龙湾区召开疫情防控工作推进会（转载）",
    `${REPOST_BODY}\n（来源：龙湾新闻）`,
    {
      date: "2020-03-06",
      source: "温州新闻网",
      region: region("330303", "浙江省", "温州市", "龙湾区"),
    },
  ),
  article("flu", "流感疫苗接种提醒", "秋冬季是流感高发季节，专家提醒老人和儿童及时接种流感疫苗。", {
    date: "2019-10-08",
    source: "健康时报",
  }),
];

export async function buildFixtureEngine(
  articles: Article[] = FIXTURES,
): Promise<{ engine: SearchEngine; dir: string }> {
  const dir = makeTempDir("search-test");
  await writeSearchIndex(articles, dir);
  return { engine: await loadSearchEngine(dir), dir };
}
