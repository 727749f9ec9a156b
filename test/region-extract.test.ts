import { describe, expect, it } from "vitest";
import { toRegionValue, type RegionPath } from "../lib/article";
import { extractRegion } from "../lib/region/extract-region";

const value = (region: RegionPath | null): string | null => (region ? toRegionValue(region) : null);
const extract = (title: string, body: string): string | null =>
  value(extractRegion({ title, body }));

describe("extractRegion: disambiguation", () => {
  it("sends a county name shared by several provinces to the one whose city is mentioned", () => {
    expect(extract("鼓楼区扎实推进复工复产", "福州市鼓楼区各街道组织党员下沉社区。")).toBe(
      "福建省/福州市/鼓楼区",
    );
    expect(extract("鼓楼区扎实推进复工复产", "南京市鼓楼区各街道组织党员下沉社区。")).toBe(
      "江苏省/南京市/鼓楼区",
    );
  });

  it("resolves a short county name through its city (龙湾 + 温州)", () => {
    expect(extract("龙湾：激活红色细胞", "龙湾组织部门把住温州东大门，龙湾全区干部下沉。")).toBe(
      "浙江省/温州市/龙湾区",
    );
  });

  it("does not guess a county for a shared name with no parent mentioned", () => {
    expect(extract("鼓楼区扎实推进复工复产", "各街道组织党员下沉社区。")).toBeNull();
  });

  it("stays at the city when the evidence is spread over two of its districts", () => {
    const body = "昆明市五华区和盘龙区的党员干部下沉社区，五华区组建突击队，盘龙区组建服务队。";
    expect(extract("昆明党员下沉社区", body)).toBe("云南省/昆明市");
  });
});

describe("extractRegion: what is not the article's region", () => {
  it("never uses the poster's location in forum chrome", () => {
    const body =
      "发表于 2020-3-9 09:15 | 显示全部楼层 | 来自江苏\n龙湾区着眼发挥党组织作用，温州高速东临时党总支协同作战。";
    expect(extract("激活红色细胞", body)).toBe("浙江省/温州市/龙湾区");
    expect(extract("激活红色细胞", "发表于 2020-3-9 | 来自江苏\n党员干部冲锋在前。")).toBeNull();
  });

  it("does not let a list of other places beat the article's own region", () => {
    const body = "陈仓区向贵州、江西等地开出引才专列，贵州、江西等地人才已返岗。";
    expect(extract("精准帮扶复工复产", body)).toBe("陕西省/宝鸡市/陈仓区");
  });

  it("ignores ordinary words that contain place names, and road names", () => {
    expect(extract("推进乡村振兴", "资源共享，比如公安、友好单位共同参与，解放思想。")).toBeNull();
    expect(extract("南京路步行街恢复营业", "上海黄浦区南京路步行街商户复工。")).toBe(
      "上海市/黄浦区",
    );
  });

  it("returns null when no region is named", () => {
    expect(extract("党旗在抗疫一线高高飘扬", "党员干部冲锋在前，筑牢群防群控防线。")).toBeNull();
  });

  it("does not read a place out of a transliterated name (穆罕默德·阿里 is not 阿里地区)", () => {
    const body =
      "推介会29日在阿联酋首都举行。阿拉伯语中心主任阿里·本·塔米姆致辞，研究中心主任穆罕默德·阿里表示欢迎。";
    expect(extract("推介会举行", body)).toBeNull();
    expect(extract("江苏·南京：党员下沉社区", "南京市各街道组织党员下沉社区。")).toBe(
      "江苏省/南京市",
    );
    expect(extract("聚焦·湖北", "湖北各地有序推进复工复产。")).toBe("湖北省");
  });

  it("does not read a short place name out of longer words (红海城市, 重大理念, 别尔哥罗德州)", () => {
    expect(extract("发动袭击", "武装人员称打击了红海城市埃拉特。")).toBeNull();
    expect(extract("构建人类命运共同体", "提出构建人类命运共同体重大理念。")).toBeNull();
    expect(extract("挫败越境企图", "俄军在别尔哥罗德州挫败了越境企图。")).toBeNull();
    expect(extract("电商平台发布财报", "阿里巴巴集团发布财报，大理石进口增加。")).toBeNull();
    expect(extract("协和医院医护人员出院", "武汉协和医院14名感染医护出院。")).toBe("湖北省/武汉市");
    expect(extract("高新区推进复工", "包头稀土高新区组织企业复工。")).toBe(
      "内蒙古自治区/包头市/包头稀土高新技术产业开发区",
    );
    expect(extract("德州扎实推进复工复产", "山东德州市各企业有序复工。")).toBe("山东省/德州市");
    expect(extract("大理加强古城保护", "云南大理白族自治州加强古城保护。")).toBe(
      "云南省/大理白族自治州",
    );
  });

  it("gives no region to news from a foreign city or country", () => {
    expect(extract("乌兹别克斯坦总统会见外宾", "总统会见了总理阿里波夫。")).toBeNull();
    // China's leaders' diplomacy is national news.
    expect(
      extract("李强会见乌兹别克斯坦总理", "国务院总理李强在人民大会堂会见乌兹别克斯坦总理。"),
    ).toBe("全国");
    expect(extract("俄称控制又一居民点 乌称打击俄舰艇", "乌方称打击了俄乌海军舰艇。")).toBeNull();
    expect(
      extract(
        "《习近平谈“一带一路”》阿拉伯文版推介会在阿布扎比举行",
        "推介会在阿联酋首都阿布扎比举行，阿拉伯语中心主任阿里·本·塔米姆致辞。",
      ),
    ).toBeNull();
    expect(extract("推介会在阿布扎比举行", "阿里出席。")).toBeNull();
  });

  it("gives no region for a foreign-news headline", () => {
    expect(
      extract("韩国新增确诊病例91例", "韩国中央防疫对策本部通报，一名确诊者曾到访武汉。"),
    ).toBeNull();
  });
});

describe("extractRegion: levels and scripts", () => {
  it("puts municipality districts directly under the municipality", () => {
    expect(extract("崇明区新海镇答好防控考题", "崇明区新海镇党委（上海基层党建网）")).toBe(
      "上海市/崇明区",
    );
    expect(extract("渝中区社区防控", "重庆市渝中区组织党员志愿者。")).toBe("重庆市/渝中区");
  });

  it("reads Traditional script", () => {
    const region = extractRegion({
      title: "包頭稀土高新區堅決打贏疫情防控阻擊戰",
      body: "內蒙古包頭稀土高新區及時召開專題會。",
    });
    expect(region).toEqual({
      code: "150271",
      province: "内蒙古自治区",
      city: "包头市",
      county: "包头稀土高新技术产业开发区",
    });
  });

  it("reads 各地 and 南方多地 in a title as nationwide, but 湖北各地 as 湖北", () => {
    expect(extract("各地全力以赴防汛救灾", "岳阳市组织群众转移。湖南岳阳加固堤防。")).toBe("全国");
    expect(extract("南方多地雨雪冰冻天气仍将持续", "武汉市启动应急响应。")).toBe("全国");
    expect(extract("湖北各地有序推进复工复产", "各地企业有序复工。")).toBe("湖北省");
    expect(extract("美大选选举日投票举行 多地加强安保", "选民排队投票。")).toBeNull();
  });

  it("recognises nationwide articles", () => {
    const body =
      "国家卫健委通报，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例41例（湖北7例）。";
    expect(extractRegion({ title: "全国新型冠状病毒肺炎疫情最新情况", body })).toEqual({
      code: "000000",
      province: "全国",
      city: null,
      county: null,
    });
  });

  it("prefers the province in the title to one only helped (山西医疗队驰援湖北)", () => {
    expect(
      extract("山西医疗队驰援湖北", "山西支援湖北医疗队在武汉期间担任定点医院救治任务。"),
    ).toBe("山西省");
  });
});

describe("extractRegion: datelines", () => {
  const P =
    "由我国自主设计建造的海上油气加工厂12日离港启运，为我国首个深水油田二次开发项目年内投产奠定基础。我国海洋油气开发能力进一步提升。";
  it("takes the city a story is filed from as strongly as a title mention", () => {
    expect(extract("海上油气加工厂启运", `新华社深圳5月12日电（记者戴小河）${P}`)).toBe(
      "广东省/深圳市",
    );
  });
  it("reads a Beijing dateline as the national desk's, not as Beijing news", () => {
    expect(extract("前4个月我国外贸向好", `新华社北京5月9日电（记者邹多为）${P}`)).toBe("全国");
  });
});
