import { headLines, toLines } from "./page-lines";

export interface Byline {
  source: string | null;
  author: string | null;
}

const SOURCE_LABEL = /(?:来源|來源|稿源|出处|出處)\s*[:：]\s*/;
const AUTHOR_LABEL = /(?:(?<!工)作\s*者|撰稿|撰文)\s*[:：]\s*/;
/** Where a field value ends: whitespace, a separator or bracket, or the next field's label. */
const VALUE_END =
  /[\s|｜,，;；。()（）【】[\]<>《》]|(?:来源|來源|作者|发布|發布|發佈|发表|發表|时间|時間|日期|分类|分類|编辑|編輯|责编|責編|浏览|瀏覽|点击|點擊|阅读|閱讀|字号|字號|稿源|摄影|攝影|记者|記者)(?:时间|時間|日期|次数|次數|于|於)?\s*[:：]/;
const MAX_BYLINE_LINE = 200;
const MAX_VALUE = 40;

function valueAfter(line: string, label: RegExp): string | null {
  const m = label.exec(line);
  if (!m) return null;
  const rest = line.slice(m.index + m[0].length);
  const end = VALUE_END.exec(rest);
  const value = (end ? rest.slice(0, end.index) : rest).replace(/[:：、.。]+$/, "").trim();
  if (!value || value.length > MAX_VALUE || /^\d{4}[-/.年]/.test(value)) return null;
  return value;
}

/** The first value `read` finds in a byline-length line. */
function firstInLines(lines: string[], read: (line: string) => string | null): string | null {
  for (const line of lines) {
    if (line.length > MAX_BYLINE_LINE) continue;
    const value = read(line);
    if (value) return value;
  }
  return null;
}

// "本报记者 张三 李四", "记者：王五", "文/赵六": the names after the role, unlabelled otherwise. The
// role must be followed by a colon or a space (so "记者近日获悉" is prose, not a byline).
const CREDIT =
  /(?:^|[\s|｜])(?:(?:本报|本報|本台|本刊|本网|本網)?(?:记者|記者|撰文|采写|採寫)(?:\s*[:：]\s*|\s+)|文\s*[/／]\s*)(.+)/u;
const NAME = /^\p{Script=Han}{2,4}$/u;
// Words that end the names in a credit line: roles of the next person, or what they did.
const CREDIT_STOP =
  /^(?:通讯员|通訊員|实习生|實習生|记者|記者|报道|報導|报导|摄|攝|摄影|攝影|编辑|編輯|发自|發自|来源|來源)/;

function creditedNames(line: string): string | null {
  const m = CREDIT.exec(line);
  if (!m) return null;
  const names: string[] = [];
  for (const token of m[1]!.split(/[\s、,，]+/)) {
    if (!NAME.test(token) || CREDIT_STOP.test(token)) break;
    names.push(token);
  }
  return names.length > 0 ? names.join("、") : null;
}

/**
 * 来源/來源 (source) and 作者 (author) from the byline lines in the page head, e.g.
 * "来源:陕西党建网 发布时间:2020-03-13 10:35 作者:张静". A value stops at the next field label and
 * at whitespace. Without an 作者 label, a reporter credit ("本报记者 张三 李四", "文/赵六") names
 * the authors. Footers ("凡本网注明来源：…") are below the head and never read.
 */
export function extractByline(text: string): Byline {
  const head = headLines(toLines(text));
  return {
    source: firstInLines(head, (line) => valueAfter(line, SOURCE_LABEL)),
    author:
      firstInLines(head, (line) => valueAfter(line, AUTHOR_LABEL)) ??
      firstInLines(head, creditedNames),
  };
}
