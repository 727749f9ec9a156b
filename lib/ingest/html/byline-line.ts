import { findDates } from "../date-patterns";

/**
 * A byline line between the headline and the text: a date (2024-05-09 22:30, 2003年5月), a
 * 来源/作者/发布时间… field, the site URL, or a reporter credit ("本报记者 王燕平 方云凤"). Such a
 * line is neither the headline nor the article's first line.
 */
const BYLINE =
  /(?:^|\s)(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s|(?:来源|來源|作者|编辑|編輯|记者|記者|发布|發布|發佈|发稿|發稿|时间|時間|日期|浏览|瀏覽|点击|點擊|字号|字號)\s*[:：]|https?:\/\/|www\.|\d{4}\s*年\s*\d{1,2}\s*月|^\d{4}[-/.]\d{1,2}/i;

export function isBylineLine(text: string): boolean {
  return BYLINE.test(text) || findDates(text).length > 0;
}
