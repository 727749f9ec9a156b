import type { Place } from "./gazetteer";

/**
 * Short names of gazetteer places, derived by rule from the official names:
 * 内蒙古自治区→内蒙古, 包头市→包头, 恩施土家族苗族自治州→恩施/恩施州, 神农架林区→神农架,
 * 包头稀土高新技术产业开发区→稀土高新区/包头稀土高新区, … Short names that are ordinary words, or
 * made only of generic characters (城区, 新区, 东区), are never produced.
 */

const ETHNIC =
  "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|" +
  "柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|" +
  "京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各";
const AUTONOMOUS = new RegExp(`(?:(?:${ETHNIC})族?)+自治(州|县|旗|区)$`);

const PROVINCE_SUFFIX = /(省|市|特别行政区|自治区)$/;
const CITY_SUFFIX = /(市|地区|盟)$/;
const COUNTY_SUFFIX = /(林区|新区|特区|区|县|市|旗)$/;
const ZONE_SUFFIX =
  /(高新技术产业开发区|高新技术产业园区|高新技术开发区|高技术产业开发区|经济技术开发区|经济开发区|开发区|新区)$/;
const ZONE_ABBREVIATION: ReadonlyArray<readonly [RegExp, string]> = [
  [/(高新技术产业开发区|高新技术产业园区|高新技术开发区|高技术产业开发区)$/, "高新区"],
  [/(经济技术开发区|经济开发区)$/, "经开区"],
];

/** Two-character names made only of these characters are generic (城区, 东区, 新区, 东城…). */
const GENERIC_CHARS = /^[东西南北中上下内外前后新老旧城郊矿市区县乡镇高开发经济]+$/;
/** Short names that are ordinary words far more often than places. */
const COMMON_WORDS = new Set(
  (
    "安宁 和平 长安 新华 东方 江南 城关 开发 合作 前进 平安 大方 太平 红旗 凤凰 河口 永安 青山 新城 城中 白云 " +
    "高新 长寿 光明 通道 共和 同心 安居 乐业 富民 新兴 兴业 武功 东坡 清水 万年 白银 新民 向阳 大庆 康乐 " +
    "南海 天山 江山 龙门 石门 普安 大同 文明 开放 团结 民主 永和 江口 龙泉 宁安 大安 金平 红星 安康 " +
    "复兴 振兴 解放 友谊 友好 工农 东风 新建 资源 港口 温泉 安定 平原 中原 互助 新星 延长 比如 公安 南部 " +
    "富裕 会同 大城 长子 丰满 方正 大关 天等 大英 朝天 三台 名山 石棉 黑水 白玉 洞口 灯塔 站前 运河 古城 " +
    "大观 前锋 宏伟 回民 交口 惠农 同仁 同德 和政 裕民 白杨 改则 天涯 南岸 石柱 紫金 芙蓉 麒麟 长乐 " +
    "海港 路南 路北 桥西 桥东 河东 河西 长顺 富源 景泰 太白 黄龙 未央 亚东 高台 永宁 乌兰 双河 爱民 " +
    "新城区 新市区 市中区"
  ).split(" "),
);
/** Two-character full county names whose first character commonly precedes 县/区/市 in ordinary
 * text (全县, 该县, 新县城, 湖南县域…). */
const RISKY_FIRST_CHAR = /^[全该本我各每一两新南和成文康礼宁兴云高富道单叶温息范房随青环省乡]/;

function isUsable(alias: string): boolean {
  if (alias.length < 2 || COMMON_WORDS.has(alias)) return false;
  return alias.length > 2 || !GENERIC_CHARS.test(alias);
}

function shortName(name: string, suffix: RegExp): string {
  const autonomous = name.replace(AUTONOMOUS, "");
  if (autonomous !== name && autonomous.length >= 2) return autonomous;
  const stripped = name.replace(suffix, "");
  return stripped.length >= 2 ? stripped : name;
}

/** Aliases of a development zone: without its province/city prefix, and with 高新区/经开区. */
function zoneAliases(name: string, prefixes: string[]): string[] {
  let core = name;
  for (const prefix of prefixes)
    if (prefix && core.startsWith(prefix)) core = core.slice(prefix.length);
  const cityShort = prefixes[prefixes.length - 1] ?? "";
  const cores = [core];
  for (const [pattern, abbreviation] of ZONE_ABBREVIATION) {
    if (pattern.test(core)) cores.push(core.replace(pattern, abbreviation));
  }
  const out: string[] = [];
  for (const c of cores) {
    if (cityShort) out.push(cityShort + c);
    // The bare core only when it has a distinctive part (稀土高新区 yes, 高新区 no).
    if (c.replace(ZONE_SUFFIX, "").replace(/(高新区|经开区)$/, "").length >= 2) out.push(c);
  }
  return out;
}

/** Every name a place may be mentioned by, full name first. `parents` are the province and city
 * names (full) for prefix stripping of development zones. */
export function toAliases(
  place: Place,
  parents: { province: string; city: string | null },
): string[] {
  const names = new Set<string>();
  const full = place.name;
  if (place.level === 1) {
    names.add(full);
    names.add(shortName(full, PROVINCE_SUFFIX));
    if (full === "内蒙古自治区") names.add("内蒙");
  } else if (place.level === 2) {
    names.add(full);
    const short = shortName(full, CITY_SUFFIX);
    names.add(short);
    if (full.endsWith("自治州")) names.add(`${short}州`);
  } else if (/(开发区|园区)$/.test(full)) {
    const province = shortName(parents.province, PROVINCE_SUFFIX);
    const city = parents.city ? shortName(parents.city, CITY_SUFFIX) : "";
    names.add(full);
    for (const a of zoneAliases(full, [parents.province, province, parents.city ?? "", city]))
      names.add(a);
  } else {
    if (full.length > 2 || !RISKY_FIRST_CHAR.test(full)) names.add(full);
    names.add(shortName(full, COUNTY_SUFFIX));
  }
  return [...names].filter(isUsable);
}
