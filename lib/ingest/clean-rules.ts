import { dateAtStart, TIME_AFTER } from "./date-patterns";

/** A line-level drop rule: the whole (trimmed, non-empty) line is page chrome or boilerplate. */
export interface LineRule {
  name: string;
  test: (line: string) => boolean;
}

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Longest line that can be a row of buttons; longer lines are not tokenised at all. */
const MAX_BUTTON_ROW = 80;

/** True when every token of the line (split on spaces, |, ·, /) is one of `set`. */
function onlyWords(line: string, set: Set<string>): boolean {
  if (line.length > MAX_BUTTON_ROW) return false;
  const tokens = line
    .split(/[\s|｜·•/]+/)
    .map((t) => t.replace(/^[[【]+|[\]】]+$/g, ""))
    .filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => set.has(t));
}

/** Discuz-style forum buttons and links (Simplified and Traditional). */
const FORUM_WORDS = words(`
  找回密码 找回密碼 注册 註冊 立即注册 立即註冊 登录 登錄 登陆 搜索 搜尋 只看该作者 只看該作者 显示全部楼层
  顯示全部樓層 阅读模式 閱讀模式 复制链接 複製鏈接 打印 上一主题 下一主题 倒序浏览 楼主 樓主 沙发 沙發 板凳 地板
  电梯直达 发消息 發消息 加好友 回复 回覆 举报 舉報 使用道具 收藏 评分 評分 快速回复 快速回覆 返回顶部 返回頂部
  返回列表 本版积分规则 本版積分規則 高级模式 发表回复 發表回覆 手机版 小黑屋`);
/** The member card beside a post: stat labels and stock ranks. Ranks that are also common nouns
 * (游客, 版主) are left to the sandwiched-label rule. */
const PROFILE_WORDS = words(`
  主题 主題 回帖 积分 積分 帖子 精华 精華 金钱 金錢 威望 贡献 貢獻 在线时间 注册时间 最后登录 新手上路 注册会员
  註冊會員 中级会员 中級會員 高级会员 高級會員 金牌会员 金牌會員 论坛元老 論壇元老 超级版主 超級版主 实习版主
  禁止发言 禁止發言 等待验证会员`);
const FORUM_LINES = [
  /^查看[:：]\s*\d+\s*(?:[|｜]\s*回[复覆][:：]\s*\d+)?$/,
  /^[发發]表[于於]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/,
  /^您需要登[录錄][后後]才可以回帖/,
  /^本帖最[后後]由\s*\S+\s*[于於].*[编編][辑輯]$/,
  /^马上注册[，,]/,
];

/** Site buttons and widgets that stand on a line of their own. */
const SITE_WORDS = words(`
  打印 打印本页 打印本頁 关闭 關閉 关闭窗口 關閉窗口 收藏 收藏本页 加入收藏 返回顶部 返回頂部 返回首页 返回首頁
  大 中 小 分享 微信 微博 QQ空间 QQ空間 朋友圈`);

const BREADCRUMB_SEP = /\s*(?:\/|>|＞|›|»|→)\s*/;
const BREADCRUMB_LABEL =
  /^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|所在位置|位置)\s*[:：]\s*/;
const HOME = /(?:首页|首頁|主页|主頁|home)$/i;
const ARTICLE_LEAF = /^(?:正文|正文内容|内容|詳情|详情|新闻详情|新聞詳情)$/;

function isBreadcrumb(line: string): boolean {
  if (line.length > 100 || line.includes("。")) return false;
  const labelled = BREADCRUMB_LABEL.test(line);
  const parts = line.replace(BREADCRUMB_LABEL, "").split(BREADCRUMB_SEP).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.length > 24)) return false;
  return labelled || HOME.test(parts[0] ?? "") || ARTICLE_LEAF.test(parts[parts.length - 1] ?? "");
}

const BYLINE_FIELD =
  /(?:^|\s)(?:来源|來源|作者|发布时间|發布時間|發佈時間|发布日期|發布日期|发表时间|發表時間|时间|時間|日期|分类|分類|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|稿源)\s*[:：]|\d+\s*次(?:浏览|瀏覽|阅读|閱讀|点击|點擊)/;
const BYLINE_START =
  /^(?:来源|來源|作者|发布时间|發布時間|發佈時間|发布日期|發布日期|发表时间|發表時間|时间|時間|日期|稿源)\s*[:：]/;

/** "来源:陕西党建网 发布时间:… 作者:张静", "2020年02月14日 12:37 …次瀏覽 來源: …". */
function isBylineLine(line: string): boolean {
  if (line.length > 150 || line.includes("。")) return false;
  return (dateAtStart(line) !== null || BYLINE_START.test(line)) && BYLINE_FIELD.test(line);
}

/** A line holding only a date (and time). Chrome above an article; a signature date below one. */
export function isBareDate(line: string): boolean {
  const date = line.length <= 40 ? dateAtStart(line) : null;
  return date !== null && !line.slice(date.end).replace(TIME_AFTER, "").trim();
}

const COPYRIGHT =
  /版[权權]所有(?!者)|copyright|©|all rights reserved|ICP[备備证證]|ICP[:：]|公[网網]安[备備]|网站办公地址|網站辦公地址|[转轉][载載][请請][注註]明|未[经經](?:书面|書面)?授[权權].{0,6}(?:禁止|不得)/i;
const COPYRIGHT_START =
  /^(?:主[办辦]单位|主[办辦]單位|承[办辦]单位|承[辦办]單位|技[术術]支持|版[权權][声聲]明|如需[转轉][载載]|如需了解更多信息|凡本[网網]注明|凡注明|若[据據]本文|免[责責][声聲]明)/;
/** A site's own statement: "中國有色網聲明:", "本站声明：". */
const STATEMENT_LABEL = /^[^，,。：:\s]{0,14}(?:网|網|站)[声聲]明\s*[:：]/;
/** A contact footer: postcode together with another contact field. */
const CONTACT_FOOTER =
  /(?:邮政编码|郵政編碼)[:：].*(?:电话|電話|网址|網址|邮箱|郵箱|e-?mail)|(?:电话|電話|网址|網址|邮箱|郵箱|e-?mail).*(?:邮政编码|郵政編碼)[:：]/i;

export const LINE_DROP_RULES: readonly LineRule[] = [
  {
    name: "forumChrome",
    test: (l) => onlyWords(l, FORUM_WORDS) || FORUM_LINES.some((re) => re.test(l)),
  },
  { name: "forumProfile", test: (l) => onlyWords(l, PROFILE_WORDS) },
  {
    name: "discuzFooter",
    test: (l) =>
      /Powered by\s+Discuz|Processed in [\d.]+ second|^GMT\s*[+-]\s*\d{1,2}\s*,|^©\s*\d{4}\s*[-–]\s*\d{4}\s*(?:Discuz|Comsenz)|手机版\s*[|｜]\s*小黑屋|^不良信息举报/i.test(
        l,
      ),
  },
  { name: "numberOnly", test: (l) => /^\d{1,7}$/.test(l) },
  { name: "breadcrumb", test: isBreadcrumb },
  {
    name: "shareWidget",
    test: (l) =>
      (l.length <= 60 &&
        /^(?:分享到|分享至|分享给|分享給|一键分享|一鍵分享|转发到|轉發到)/.test(l)) ||
      /^(?:相关|相關)(?:文章|阅读|閱讀|新闻|新聞|链接|鏈接|报道|報道)\s*[:：]?$|^(?:推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|猜你喜欢|猜你喜歡|热门推荐|熱門推薦)\s*[:：]?$/.test(
        l,
      ) ||
      (l.length <= 40 &&
        /^(?:扫一扫|掃一掃|微信扫一扫|扫描二维码|掃描二維碼|长按识别二维码|字[号號]\s*[:：])/.test(
          l,
        )) ||
      onlyWords(l, SITE_WORDS),
  },
  {
    name: "imageFileName",
    test: (l) =>
      /^[^\s，。；]{1,80}\.(?:jpe?g|png|gif|bmp|webp|tiff?)$/i.test(l) ||
      /^(?:视频截图|視頻截圖|点击查看大图|點擊查看大圖)$/.test(l),
  },
  {
    name: "editorCredit",
    test: (l) =>
      l.length <= 80 &&
      /^[（(【[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|文字编辑|文字編輯|视频编辑|視頻編輯|校对|校對|审核|審核|审校|審校|初审|初審|复审|複審|终审|終審|供稿|摄影|攝影|美编|美編|编审|編審|监制|監製)\s*[:：]/.test(
        l,
      ),
  },
  {
    name: "copyrightFooter",
    test: (l) =>
      l.length <= 200 &&
      [COPYRIGHT, COPYRIGHT_START, STATEMENT_LABEL, CONTACT_FOOTER].some((re) => re.test(l)),
  },
  {
    name: "prevNext",
    test: (l) =>
      /^(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上篇|下篇|上一页|下一页|上一頁|下一頁)(?:文章)?\s*(?:[:：].{0,100})?$/.test(
        l,
      ),
  },
  {
    // What a script widget shows until it loads: "调查问题加载中，请稍候。", "若长时间无响应，请刷新本页面".
    name: "loadingPlaceholder",
    test: (l) =>
      l.length <= 40 &&
      /(?:加载中|加載中|载入中|載入中|正在加载|正在載入)[，,。.…\s]*(?:请稍候|請稍候)?[。.…]*$|请刷新本?页面|請刷新本?頁面|^loading\.*$/i.test(
        l,
      ),
  },
  {
    // "（本文来源：经济日报 作者：…）": a closing credit in parentheses, read by the byline rules.
    name: "closingCredit",
    test: (l) =>
      l.length <= 200 &&
      /^[（(]\s*(?:本文|稿件)?(?:来源|來源|作者|记者|記者)\s*[:：][^（）()]*[）)]$/.test(l),
  },
  { name: "noText", test: (l) => /^[^\p{L}\p{N}]*$/u.test(l) },
  { name: "byline", test: isBylineLine },
];

/** Rules for the head of a page only (above its first prose paragraph). */
export const HEAD_DROP_RULES: readonly LineRule[] = [{ name: "bareDate", test: isBareDate }];

/** Rules whose lines make up a forum member card; a short line between two of them (a custom rank
 * such as 嫩笋) is part of the card too. */
export const FORUM_RULES: ReadonlySet<string> = new Set(["forumProfile", "numberOnly"]);
