import { describe, expect, it } from "vitest";
import { toGbtCitation } from "../lib/ui/cite-article";

const at = { accessDate: "2026-12-02", pageUrl: "http://localhost:3000/article/abc" };

describe("GB/T 7714-2015 citation", () => {
  it("cites a news item with its outlet as [N/OL] with date, access date and URL", () => {
    expect(
      toGbtCitation(
        {
          title: "数字革命与竞争国际化",
          author: "丁文祥",
          source: "中国青年报",
          date: "2000-11-20",
          url: "http://www.cyd.com.cn/a.html",
        },
        at,
      ),
    ).toBe(
      "丁文祥. 数字革命与竞争国际化[N/OL]. 中国青年报, 2000-11-20[2026-12-02]. http://www.cyd.com.cn/a.html.",
    );
  });
  it("cites more than three authors as three and 等, and without an outlet as [EB/OL] at the Xunwen link", () => {
    expect(
      toGbtCitation(
        {
          title: "某地复工",
          author: "张三、李四、王五、赵六",
          source: null,
          date: "2020-03-05",
          url: null,
        },
        at,
      ),
    ).toBe(
      "张三, 李四, 王五, 等. 某地复工[EB/OL]. (2020-03-05)[2026-12-02]. http://localhost:3000/article/abc.",
    );
  });
});
