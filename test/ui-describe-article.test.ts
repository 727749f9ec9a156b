import { describe, expect, it } from "vitest";
import { describeArticle } from "../lib/ui/describe-article";

const S1 = "3月5日，温州市龙湾区召开新冠肺炎疫情防控工作推进会，要求各街道严格落实联防联控措施。";
const S2 = "会议指出，要坚持疫情防控和经济社会发展两手抓，统筹推进重点项目建设。";
const S3 = "各街道要做好返岗人员健康监测和企业复工复产服务保障工作。";

describe("describeArticle", () => {
  it("opens with date and source and ends at a sentence end", () => {
    const d = describeArticle({
      date: "2020-03-05",
      source: "温州日报",
      body: `${S1}\n${S2}\n${S3}`,
    });
    expect(d.startsWith("2020-03-05 温州日报：3月5日")).toBe(true);
    expect(d).toMatch(/。$/);
    expect(d.length).toBeLessThanOrEqual(180);
  });
  it("cuts one very long sentence at a comma, marked with …", () => {
    const long = `${"各地加快推进企业有序复工，".repeat(20)}全面恢复生产。`;
    const d = describeArticle({ date: null, source: null, body: long });
    expect(d).toMatch(/复工…$/);
  });
});
