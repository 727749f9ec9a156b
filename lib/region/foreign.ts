/**
 * Titles about another country (韩国新增…, 意大利累计确诊…) or the whole world (全球, 世卫组织):
 * the Chinese places in their bodies (a patient's travel from 武汉, 截至北京时间…) are not where the
 * article is. A general list of countries and world bodies, not of individual articles.
 */

const FOREIGN = new RegExp(
  [
    "美国|日本|韩国|朝鲜|意大利|伊朗|法国|德国|英国|西班牙|俄罗斯|泰国|新加坡|马来西亚|越南|菲律宾|印度|印尼",
    "巴基斯坦|澳大利亚|新西兰|加拿大|巴西|阿根廷|墨西哥|埃及|南非|以色列|土耳其|沙特|阿联酋|卡塔尔|科威特",
    "伊拉克|瑞士|瑞典|挪威|芬兰|丹麦|荷兰|比利时|奥地利|葡萄牙|希腊|波兰|捷克|匈牙利|塞尔维亚|乌克兰|白俄罗斯",
    "(?<!内)蒙古国?|尼泊尔|柬埔寨|老挝|缅甸|斯里兰卡|孟加拉|哈萨克斯坦|爱尔兰|冰岛|卢森堡|摩纳哥|圣马力诺|梵蒂冈",
    "智利|秘鲁|哥伦比亚|委内瑞拉|厄瓜多尔|古巴|尼日利亚|阿尔及利亚|摩洛哥|突尼斯|肯尼亚|埃塞俄比亚|加纳|巴拉圭",
    "乌拉圭|洪都拉斯|莫桑比克|欧洲|欧盟|非洲|美洲|中东|全球|世界|世卫组织|国际奥委会|联合国|钻石公主号",
    // Capitals and other cities that head foreign news (会议在阿布扎比举行).
    "华盛顿|纽约|洛杉矶|旧金山|东京|大阪|首尔|平壤|莫斯科|巴黎|伦敦|柏林|罗马|马德里|里斯本|日内瓦|布鲁塞尔",
    "维也纳|阿姆斯特丹|海牙|斯德哥尔摩|奥斯陆|赫尔辛基|哥本哈根|华沙|布拉格|布达佩斯|贝尔格莱德|雅典|基辅|明斯克",
    "伊斯坦布尔|安卡拉|德黑兰|利雅得|迪拜|阿布扎比|多哈|开罗|新德里|伊斯兰堡|加德满都|达卡|科伦坡|曼谷",
    "金边|仰光|吉隆坡|雅加达|马尼拉|乌兰巴托|阿斯塔纳|塔什干|比什凯克|杜尚别|悉尼|堪培拉|惠灵顿|渥太华",
    "多伦多|里约热内卢|巴西利亚|布宜诺斯艾利斯|圣地亚哥|利马|哈瓦那|内罗毕|亚的斯亚贝巴|约翰内斯堡|达沃斯",
    // Japanese kana: a Japanese-language headline.
    "[\\u3040-\\u30ff]",
  ].join("|"),
);

/** China's own actors in such a title (中国境外…, 外交部：…, 我国向日本捐赠…) keep it nationwide. */
const CHINA = /中国|我国|我驻|国务院|国家|外交部|民航局|海关总署|国台办/;

export function isForeignTitle(normalisedTitle: string): boolean {
  return FOREIGN.test(normalisedTitle) && !CHINA.test(normalisedTitle);
}
