import { describe, expect, it } from "vitest";
import { findNearDuplicates } from "../lib/search/store/near-duplicates";

/** Reposts are collapsed in the results; distinct reports that share a template are not. */

const REPORT = (day: number, cases: number) =>
  `${day}日0时至24时，辽宁省报告新增新冠肺炎确诊病例${cases}例，新增治愈出院病例2例。全省累计报告确诊病例121例，其中境外输入病例1例，累计治愈出院病例108例，死亡病例1例，在院治疗12例。`;
const NEWS =
  "3月5日，温州市龙湾区召开新冠肺炎疫情防控工作推进会，要求各街道严格落实联防联控措施，做好返岗人员健康监测和企业复工复产服务保障工作。会议指出，要坚持疫情防控和经济社会发展两手抓。";

describe("near-duplicate groups", () => {
  it("groups a repost with light edits, published the same week", () => {
    const repost = `${NEWS.replace("3月5日，", "")}（来源：温州日报）`;
    expect(
      findNearDuplicates([NEWS, repost, REPORT(3, 1)], ["2020-03-05", "2020-03-06", null]),
    ).toEqual([[0, 1]]);
  });

  it("keeps apart the daily reports of one template, days apart", () => {
    const reports = [REPORT(3, 1), REPORT(13, 2), REPORT(23, 0)];
    expect(findNearDuplicates(reports, ["2020-03-04", "2020-03-14", "2020-03-24"])).toEqual([]);
    // Without dates the template alone cannot tell them apart.
    expect(findNearDuplicates(reports)).toEqual([[0, 1, 2]]);
  });

  it("does not group different articles or very short texts", () => {
    expect(findNearDuplicates([NEWS, REPORT(3, 1), "短讯", "短讯"])).toEqual([]);
  });
});
