import { describe, expect, it } from "vitest";
import { toAliases } from "../lib/region/aliases";
import type { Place } from "../lib/region/gazetteer";
import { toRegionPath } from "../lib/region/to-region-path";

const place = (name: string, level: Place["level"]): Place => ({
  code: "000000",
  level,
  name,
  provinceCode: "00",
  cityCode: null,
});

describe("toAliases", () => {
  it("derives short names by rule", () => {
    expect(toAliases(place("内蒙古自治区", 1), { province: "", city: null })).toContain("内蒙古");
    expect(toAliases(place("广西壮族自治区", 1), { province: "", city: null })).toContain("广西");
    expect(toAliases(place("恩施土家族苗族自治州", 2), { province: "", city: null })).toEqual(
      expect.arrayContaining(["恩施", "恩施州"]),
    );
    expect(toAliases(place("陈仓区", 3), { province: "", city: null })).toContain("陈仓");
    expect(toAliases(place("神农架林区", 3), { province: "", city: null })).toContain("神农架");
  });

  it("shortens development zones without making bare generic names", () => {
    const zone = toAliases(place("包头稀土高新技术产业开发区", 3), {
      province: "内蒙古自治区",
      city: "包头市",
    });
    expect(zone).toEqual(
      expect.arrayContaining(["稀土高新区", "包头稀土高新区", "稀土高新技术产业开发区"]),
    );
    const generic = toAliases(place("长春高新技术产业开发区", 3), {
      province: "吉林省",
      city: "长春市",
    });
    expect(generic).toContain("长春高新区");
    expect(generic).not.toContain("高新区");
  });

  it("never produces single characters, generic names or ordinary words", () => {
    expect(toAliases(place("城区", 3), { province: "", city: null })).toEqual([]);
    expect(toAliases(place("公安县", 3), { province: "", city: null })).toEqual(["公安县"]);
    expect(toAliases(place("沙县", 3), { province: "", city: null })).toEqual(["沙县"]);
  });
});

describe("toRegionPath", () => {
  it("maps record province fields to gazetteer paths", () => {
    expect(toRegionPath("湖北省")).toEqual({
      code: "420000",
      province: "湖北省",
      city: null,
      county: null,
    });
    expect(toRegionPath("广西壮族自治区")?.code).toBe("450000");
    expect(toRegionPath("香港")?.province).toBe("香港特别行政区");
    expect(toRegionPath("全国")).toEqual({
      code: "000000",
      province: "全国",
      city: null,
      county: null,
    });
  });

  it("maps city and county names to full paths", () => {
    expect(toRegionPath("恩施")).toEqual({
      code: "422800",
      province: "湖北省",
      city: "恩施土家族苗族自治州",
      county: null,
    });
    expect(toRegionPath("崇明区")).toEqual({
      code: "310151",
      province: "上海市",
      city: null,
      county: "崇明区",
    });
  });

  it("returns null for unknown or ambiguous names", () => {
    expect(toRegionPath("火星")).toBeNull();
    expect(toRegionPath("鼓楼区")).toBeNull();
    expect(toRegionPath("")).toBeNull();
  });
});
