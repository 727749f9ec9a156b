import { describe, expect, it } from "vitest";
import { HEAD_DROP_RULES, LINE_DROP_RULES } from "@/lib/ingest/clean-rules";

function lineRule(name: string) {
  const rule = [...LINE_DROP_RULES, ...HEAD_DROP_RULES].find((r) => r.name === name);
  if (!rule) throw new Error(`no rule ${name}`);
  return (line: string) => rule.test(line);
}

const PROSE =
  "区党工委把坚决打赢疫情防控阻击战作为当前重大政治任务抓实抓好，多次召开专题会议研究部署疫情防控工作。";

/** Each case: [rule, lines it must drop, lines it must keep]. */
const LINE_CASES: [string, string[], string[]][] = [
  [
    "forumChrome",
    [
      "找回密码",
      "注册",
      "搜索",
      "查看: 8618|回复: 0",
      "[复制链接]",
      "快速回复 返回顶部 返回列表",
      "登录 | 注册",
      "发表于 2020-3-9 09:15 | 显示全部楼层 |阅读模式 | 来自江苏",
      "您需要登录后才可以回帖 登录 | 注册",
      "本版积分规则",
    ],
    ["搜索引擎", "注册会员人数突破一百万，平台服务持续优化。", PROSE],
  ],
  [
    "forumProfile",
    ["主题", "回帖", "积分", "積分", "新手上路", "金牌会员"],
    ["积分制管理", "游客", "版主"],
  ],
  [
    "discuzFooter",
    [
      "Powered by Discuz! X3.5",
      "© 2001-2024 Discuz! Team.",
      "GMT+8, 2024-11-24 03:03 , Processed in 0.170691 second(s), 29 queries .",
      "不良信息举报(0577)88891703 举报QQ 139703804|违法和不良信息举报中心|自律管理承诺书|手机版|小黑屋|柒零叁网 ( 浙ICP备08111123号-1 )",
    ],
    ["Discuz 是一款论坛软件", PROSE],
  ],
  ["numberOnly", ["4", "2", "8618"], ["26名", "3.7万辆"]],
  [
    "breadcrumb",
    [
      "首页/ 专题专栏 / 夺取“双胜利”陕西在行动 / 正文",
      "党建首页 > 基层党建",
      "当前位置：首页 > 新闻中心",
      "首頁 › 新聞",
    ],
    ["2020/03/13", "收入/支出比例保持稳定", "A > B 的情况很少见"],
  ],
  [
    "shareWidget",
    [
      "分享到:",
      "分享到：微信 微博 QQ空间",
      "相關文章:",
      "相关文章",
      "相关阅读：",
      "打印 关闭",
      "【打印】 【关闭窗口】",
      "字号：大 中 小",
      "扫一扫 分享到手机",
    ],
    ["分享经验是基层党建工作的重要方法之一。", "相关文章已经在党建网刊发并引起广泛关注。"],
  ],
  [
    "imageFileName",
    ["m6oY3YYoAaFYGaZA.jpg", "QQ截图20200313102534.png", "IMG_2034.JPEG", "视频截图"],
    ["图片展示了现场.jpg 文件以外的内容，拍摄于武汉。", "截图显示"],
  ],
  [
    "editorCredit",
    [
      "责任编辑:周大偉",
      "責任編輯:周大偉",
      "责任编辑：魏捷",
      "(供稿:宝鸡市陈仓区委组织部)",
      "(视频编辑：张贝龙 文字编辑：温凤浩)",
      "（文字编辑：易佳）",
      "摄影：王军",
    ],
    ["编辑部的同志们连夜赶制了宣传材料：", PROSE],
  ],
  [
    "copyrightFooter",
    [
      "主办单位:中共上海市委组织部 党建网版权所有 未经书面授权禁止使用",
      "ICP备案:05011551号",
      "沪公网安备 31010502000005号",
      "网站办公地址:上海市伊犁南路215号 网址:http://www.shjcdj.cn 电话:(021)32303149 邮政编码:200031 邮箱:shjcdj@163.com",
      "如需轉載,轉載方必須與中國有色網( 郵件:cnmn@cnmn.com.cn 或 電話:010-63971479)聯系,簽署授權協議,取得轉載授權;",
      "中國有色網聲明:本網所有內容的版權均屬于作者或頁面內聲明的版權人。",
      "如需了解更多信息,請登錄中國有色網:www.example.com了解更多信息。",
      "Copyright © 2020 example.com All rights reserved",
      "凡本網注明“來源:XXX”的文章,均轉載自其它媒體。",
    ],
    [
      "我们严正声明：坚决反对任何形式的挑衅。",
      "白宫声明：新冠肺炎致100万美国人死亡",
      "来信地址：中央组织部举报中心，邮政编码：100815",
      "国家版权局开展打击网络侵权盗版专项行动。",
      "播客在使用其它音乐时，一定要获得版权所有者或制作人的许可。",
    ],
  ],
  [
    "loadingPlaceholder",
    ["调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面", "Loading...", "评论加载中..."],
    [
      "各地正加紧推进复工复产，物资正在加载运往武汉。",
      "请刷新认识：基层减负不是减责任，而是要把精力放到实处。",
    ],
  ],
  [
    "closingCredit",
    ["（本文来源：经济日报 作者：徐占忱）", "(来源：新华社)", "（记者：王五）"],
    ["（记者了解到，全区已有200余名党员参与值守）", "（来源于群众）"],
  ],
  [
    "prevNext",
    ["上一篇", "下一篇", "上一篇：崇明区新海镇答好疫情防控考题", "下一條"],
    ["上一篇文章提到的问题已经解决了，这一篇继续讨论。"],
  ],
  ["noText", ["| |", "???", "——", "* * *", "。"], ["1", "A"]],
  [
    "byline",
    [
      "来源:陕西党建网 发布时间:2020-03-13 10:35 作者:张静",
      "2020年02月14日 12:37 14549次瀏覽 來源: 中國有色金屬報 分類: 稀土 作者: 李寶樂",
      "2020年5月13日 00:00  来源:崇明区委组织部",
      "作者：李明",
    ],
    [
      "2020年1月25日，全省启动突发公共卫生事件一级应急响应。",
      "来源于群众、服务于群众的工作方法",
      "2020年5月13日",
    ],
  ],
  [
    "bareDate",
    ["2020年5月13日", "2020-03-13 10:35", "2020年5月13日 00:00"],
    ["2020年5月13日 来源:崇明区委组织部 正在召开会议", "2020年"],
  ],
];

describe("line drop rules", () => {
  it("has a case for every rule", () => {
    const named = new Set(LINE_CASES.map(([name]) => name));
    for (const rule of [...LINE_DROP_RULES, ...HEAD_DROP_RULES]) expect(named).toContain(rule.name);
  });
  for (const [name, drop, keep] of LINE_CASES) {
    it(`${name} drops its lines and keeps look-alike content`, () => {
      const test = lineRule(name);
      for (const line of drop) expect(test(line), line).toBe(true);
      for (const line of keep) expect(test(line), line).toBe(false);
    });
  }
});
