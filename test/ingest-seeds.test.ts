import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage, type ParsedPage } from "@/lib/ingest/parse-page";

const SAMPLES = path.resolve(__dirname, "../data/samples");

function seed(prefix: string): ParsedPage {
  const file = fs.readdirSync(SAMPLES).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no sample ${prefix}`);
  return parsePage(fs.readFileSync(path.join(SAMPLES, file), "utf8"));
}

/** Boilerplate from the five seeds: none of it may survive in a cleaned body. */
const BOILERPLATE = [
  "找回密码",
  "注册",
  "查看:",
  "回复:",
  "积分",
  "嫩笋",
  "复制链接",
  "发表于",
  "显示全部楼层",
  "阅读模式",
  "来自江苏",
  "您需要登录",
  "本版积分规则",
  "Powered by",
  "Discuz",
  "GMT+8",
  "Processed in",
  "快速回复",
  "返回顶部",
  "返回列表",
  "不良信息举报",
  "小黑屋",
  "首页/",
  "/ 正文",
  "党建首页",
  "分享到",
  "相关文章",
  "相關文章",
  ".jpg",
  ".png",
  "责任编辑",
  "責任編輯",
  "版权",
  "版權",
  "ICP",
  "公网安备",
  "主办单位",
  "如需转载",
  "如需轉載",
  "网站办公地址",
  "邮政编码",
  "聲明",
  "如需了解更多信息",
  "凡本網注明",
  "上一篇",
  "下一篇",
  "???",
  "| |",
  "(上海基层党建网)",
  "供稿",
  "(qū)",
  "(zhàn)",
  "(yè)",
  "来源:",
  "來源:",
  "作者:",
  "发布时间",
  "次瀏覽",
];

const CASES: {
  prefix: string;
  meta: Omit<ParsedPage, "body" | "url">;
  paragraphs: number;
  first: string;
  last: string;
  contains: string[];
}[] = [
  {
    prefix: "000_",
    meta: {
      title: "【旗帜】云南自贸区昆明片区(昆明经开区):党旗在抗疫一线高高飘扬",
      date: null,
      source: null,
      author: null,
    },
    paragraphs: 11,
    first:
      "新型冠状病毒感染的肺炎疫情防控阻击战打响以来,云南自贸区昆明片区(昆明经开区)党工委强化党建引领",
    last: "起到了“主心骨”作用。",
    contains: [
      "强化组织领导,思想认识有高度",
      "建立“区、街道、社区、小区、楼栋(单元)长”五级疫情防控网格化管理模式",
      "强化关心关爱,凝聚力量有温度",
    ],
  },
  {
    prefix: "001_",
    meta: {
      title: "包頭稀土高新區堅決打贏疫情防控阻擊戰",
      date: "2020-02-14",
      source: "中國有色金屬報",
      author: "李寶樂",
    },
    paragraphs: 13,
    first: "自新型冠狀病毒感染的肺炎疫情發生以來,內蒙古包頭稀土高新區堅決貫徹落實",
    last: "把疫情防控轉化為溫情傳播。",
    contains: [
      "強化戰斗力",
      "黨建助力聯防聯控第一道防線",
      "返鄉和流入人員",
      "提高疫情防控工作專業性",
    ],
  },
  {
    prefix: "002_",
    meta: { title: "激活“红色细胞”提供坚强保障", date: "2020-03-09", source: null, author: null },
    paragraphs: 13,
    first: "习近平总书记指出,要统筹推进疫情防控与经济发展工作",
    last: "激发广大党员干部忠于职守、顽强拼搏、无私奉献的热情和干劲。",
    contains: [
      "组织与发动相结合",
      "牢牢把住“温州东大门”",
      "关爱与激励相结合",
      "保障守护“疫”线人员",
    ],
  },
  {
    prefix: "003_",
    meta: {
      title: "让党旗高高飘扬在“双战双胜”一线",
      date: "2020-03-13",
      source: "陕西党建网",
      author: "张静",
    },
    paragraphs: 11,
    first: "——陈仓区委组织部坚持党建引领疫情防控、复工复产工作综述",
    last: "为“双战双胜”提供坚强组织保证。",
    contains: [
      "红色动员令,第一时间吹响“集结号”",
      "截止3月10日,全区已有1.5万多名党员自愿捐款124万元",
      "疾风知劲草,烈火炼真金。",
    ],
  },
  {
    prefix: "004_",
    meta: {
      title: "崇明区新海镇:“三个到位”答好疫情防控“考题”",
      date: "2020-05-13",
      source: "崇明区委组织部",
      author: null,
    },
    paragraphs: 8,
    first: "面对新冠肺炎疫情防控的严峻考验,崇明区新海镇党委",
    last: "以赤子之心回答疫情防控“考卷”。",
    contains: [
      "组织发动到位,密植多元协同的“群防线”",
      "本镇27个党支部791名党员共计捐款104326元,参与率达97.7%。",
      "宣传引导到位,完善关心关爱的“激励线”",
    ],
  },
];

describe("seed pages", () => {
  for (const c of CASES) {
    describe(c.prefix, () => {
      const page = seed(c.prefix);
      const paragraphs = page.body.split("\n");
      it("has the exact title, date, source and author", () => {
        expect({
          title: page.title,
          date: page.date,
          source: page.source,
          author: page.author,
        }).toEqual(c.meta);
      });
      it("keeps every content paragraph, trimmed, none empty, title not repeated", () => {
        expect(paragraphs).toHaveLength(c.paragraphs);
        expect(paragraphs[0]?.startsWith(c.first)).toBe(true);
        expect(paragraphs[paragraphs.length - 1]?.endsWith(c.last)).toBe(true);
        for (const text of c.contains) expect(page.body).toContain(text);
        for (const p of paragraphs) {
          expect(p).toBe(p.trim());
          expect(p.length).toBeGreaterThan(0);
          expect(p).not.toBe(c.meta.title);
        }
      });
      it("lets no boilerplate survive", () => {
        for (const junk of BOILERPLATE) expect(page.body, junk).not.toContain(junk);
      });
    });
  }
});
