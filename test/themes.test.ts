import { describe, expect, it } from "vitest";
import { loadThemes } from "@/lib/themes/load-themes";
import { buildThemeMatcher } from "@/lib/themes/match-themes";
import { normalizeText } from "@/lib/text/normalize";

const themeMatcher = buildThemeMatcher(loadThemes());
const matcher = {
  match: (title: string, body: string) =>
    themeMatcher.match(normalizeText(title), normalizeText(body)),
};

describe("theme tagging", () => {
  it("ranks the themes an article is about and keeps the keywords that earned them", () => {
    const themes = matcher.match(
      "精准帮扶企业复工复产",
      "组建企业复工复产工作专班，推动企业有序复工复产。党员志愿者提供代购服务，志愿者值守卡口。",
    );
    expect(themes[0]?.name).toBe("复工复产");
    expect(themes[0]?.keywords).toContain("复工复产");
    expect(themes.map((t) => t.name)).toContain("志愿服务");
    expect(themes.length).toBeLessThanOrEqual(4);
  });

  it("reads Traditional script", () => {
    expect(
      matcher.match("聯防聯控", "築牢聯防聯控戰鬥堡壘，群防群控。").map((t) => t.name),
    ).toContain("联防联控");
  });

  it("gives no theme without evidence", () => {
    expect(
      matcher.match(
        "古巴国务委员会主席将访华",
        "应国家主席邀请，将于7月4日至7日对中国进行国事访问。",
      ),
    ).toEqual([]);
  });

  it("counts the longer keyword, not its parts", () => {
    const [theme] = matcher.match("", "建立临时党支部。临时党支部发挥作用。");
    expect(theme?.keywords).toEqual(["临时党支部"]);
  });
});
