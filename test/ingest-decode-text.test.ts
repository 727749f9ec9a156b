import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "@/lib/ingest/decode-text";

const SIMPLIFIED =
  "让党旗高高飘扬在“双战双胜”一线\n" +
  "在抗击新冠肺炎疫情阻击战和推动经济社会发展的大战大考中，陈仓区委组织部强化党建引领，在提高政治站位中发挥示范表率，" +
  "在紧扣全局中服务中心，在发挥作用中聚合力量，推动全区各级党组织全面贯彻落实关于疫情防控工作的重要讲话和指示精神，" +
  "组织动员广大党员干部，紧紧依靠人民群众，充分发挥基层党组织的战斗堡垒和党员的先锋模范作用，众志成城抗击疫情。\n" +
  "疫情就是命令，防控就是责任。区委组织部第一时间向全区印发通知，迅速动员部署，压紧压实全区各级党组织政治责任。";
const TRADITIONAL =
  "包頭稀土高新區堅決打贏疫情防控阻擊戰\n" +
  "自新型冠狀病毒感染的肺炎疫情發生以來，內蒙古包頭稀土高新區堅決貫徹落實各級黨組織和廣大黨員幹部要在打贏疫情防控阻擊戰中" +
  "發揮戰鬥堡壘和先鋒模範作用的重要指示精神，認真落實自治區黨委、包頭市委關於疫情防控工作的要求，主動擔當、積極作為、靠前指揮，" +
  "充分發揮基層黨組織戰鬥堡壘和共產黨員先鋒模範作用，號召黨員幹部衝在最前，幹在最前，爭做疫情防控工作的“領頭雁”“主心骨”。";

describe("decodeText", () => {
  it("decodes UTF-8 without a BOM", () => {
    expect(decodeText(Buffer.from(SIMPLIFIED, "utf8"))).toEqual({
      ok: true,
      text: SIMPLIFIED,
      encoding: "UTF-8",
    });
  });
  it("decodes UTF-8 with a BOM and drops the BOM", () => {
    const buf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TRADITIONAL, "utf8")]);
    expect(decodeText(buf)).toEqual({ ok: true, text: TRADITIONAL, encoding: "UTF-8" });
  });
  it("detects and decodes GB18030 (Simplified)", () => {
    const result = decodeText(iconv.encode(SIMPLIFIED, "gb18030"));
    expect(result).toEqual({ ok: true, text: SIMPLIFIED, encoding: "GB18030" });
  });
  it("detects and decodes GBK bytes as GB18030", () => {
    const result = decodeText(iconv.encode(SIMPLIFIED, "gbk"));
    expect(result.ok && result.text).toBe(SIMPLIFIED);
  });
  it("detects and decodes Big5 (Traditional stays Traditional)", () => {
    const result = decodeText(iconv.encode(TRADITIONAL, "big5"));
    expect(result).toEqual({ ok: true, text: TRADITIONAL, encoding: "Big5" });
  });
  it("tells GB18030 from Big5 on a single short line", () => {
    const gb = decodeText(iconv.encode("疫情防控阻击战中发挥战斗堡垒作用", "gb18030"));
    const big5 = decodeText(iconv.encode("疫情防控阻擊戰中發揮戰鬥堡壘作用", "big5"));
    expect(gb.ok && gb.encoding).toBe("GB18030");
    expect(big5.ok && big5.encoding).toBe("Big5");
  });
  it("decodes UTF-16 with a BOM", () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLIFIED, "utf16le")]);
    expect(decodeText(buf)).toEqual({ ok: true, text: SIMPLIFIED, encoding: "UTF-16LE" });
  });
  it("rejects binary content", () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    ]);
    expect(decodeText(png)).toEqual({ ok: false, reason: "binary" });
    const controls = Buffer.from(
      Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
    );
    expect(decodeText(controls)).toEqual({ ok: false, reason: "binary" });
  });
  it("rejects empty and whitespace-only content", () => {
    expect(decodeText(Buffer.alloc(0))).toEqual({ ok: false, reason: "empty" });
    expect(decodeText(Buffer.from(" \n\t\r\n  ", "utf8"))).toEqual({ ok: false, reason: "empty" });
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toEqual({
      ok: false,
      reason: "empty",
    });
  });
  it("reports bytes that no supported encoding reads as undecodable", () => {
    const junk = Buffer.concat([Buffer.from("abc "), Buffer.alloc(200, 0xff), Buffer.from(" xyz")]);
    expect(decodeText(junk)).toEqual({ ok: false, reason: "undecodable" });
  });
});
