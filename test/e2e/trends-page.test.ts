import { describe, expect, it, inject } from "vitest";
import type { Trends } from "../../lib/search/present/trends";
import { baseUrl, openPage, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

describe.skipIf(inject("noCorpus") !== null)("the trends page", () => {
  it("opens from the results, draws the chart on the server, and its table holds the API's numbers", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/?q=${encodeURIComponent("疫情")}`);
    await page.getByRole("link", { name: "趋势", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/trends" && u.searchParams.get("q") === "疫情");
    await page.fill('input[name="q"] >> nth=1', "复工复产");
    await page.fill('input[name="q"] >> nth=2', "武汉");
    await page.getByRole("button", { name: "比较" }).click();
    await page.waitForURL((u) => u.searchParams.getAll("q").includes("武汉"));
    // One line per query, each named in the chart's own legend.
    expect(await page.locator('[data-trends-chart=wide] g[aria-label="line"] path').count()).toBe(
      3,
    );
    const labels = await page.locator("[data-trends-chart=wide] svg text").allTextContents();
    for (const q of ["疫情", "复工复产", "武汉"]) expect(labels).toContain(`● ${q}`);
    const api = (await (
      await fetch(
        `${baseUrl()}/api/trends?${["疫情", "复工复产", "武汉"].map((q) => `q=${encodeURIComponent(q)}`).join("&")}`,
      )
    ).json()) as Trends;
    const rows = page.locator("[data-trends-table] tbody tr");
    expect(await rows.count()).toBe(api.periods.length);
    const first = (await rows.first().locator("td a").allTextContents()).map((x) =>
      Number(x.replace(/,/g, "")),
    );
    expect(first).toEqual(api.series.map((s) => s.counts[0]));
    // A point of the chart opens the search for that query and period.
    const href = await page.locator("[data-trends-chart=wide] a").first().getAttribute("href");
    expect(href).toMatch(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    // Each query by region: a province opens the same trends narrowed to it, by its cities.
    const province = page
      .locator("[data-trends-breakdown] ul")
      .first()
      .locator('a[href^="/trends"]')
      .first();
    const name = (await province.textContent())!;
    await province.click();
    await page.waitForURL((u) => u.searchParams.get("region") !== null);
    expect(await page.locator("#breakdown-heading").textContent()).toContain(`${name} 各市`);
    await page.context().close();
  });

  it("clicking a month's point opens the search for that month, with the count it showed", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(`/trends?q=${encodeURIComponent("疫情")}&by=month`);
    const point = page
      .locator("[data-trends-chart=wide] a")
      .filter({ hasNotText: "：0 篇" })
      .first();
    const title = (await point.locator("title").textContent())!;
    const [, month, count] = /· (\d{4}-\d{2})：([\d,]+) 篇/.exec(title)!;
    await point.click();
    await page.waitForURL((u) => u.pathname === "/" && u.searchParams.get("from") !== null);
    const url = new URL(page.url());
    expect(url.searchParams.get("from")).toBe(`${month}-01`);
    expect(url.searchParams.get("q")).toBe("疫情");
    expect(await page.locator("main p[aria-live] strong").first().textContent()).toBe(count);
    await page.context().close();
  });

  it("shows a point's value when the keyboard focuses it", async () => {
    const page = await openPage(browser());
    await page.goto(`/trends?q=${encodeURIComponent("疫情")}&by=month`);
    const first = page.locator("[data-trends-chart=wide] a").first();
    await first.focus();
    // Tab moves on to the next point: the points are in the tab order.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(
      () => document.activeElement?.querySelector("title")?.textContent ?? null,
    );
    const second = await page
      .locator("[data-trends-chart=wide] a")
      .nth(1)
      .locator("title")
      .textContent();
    expect(focused).toBe(second);
    await expect.poll(() => page.locator("[data-chart-tip]").textContent()).toBe(second);
    await page.context().close();
  });

  it("downloads the same numbers as CSV and the chart as SVG and PNG", async () => {
    const q = `q=${encodeURIComponent("疫情")}`;
    const svg = await fetch(`${baseUrl()}/api/trends?format=svg&${q}`);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");
    const png = await fetch(`${baseUrl()}/api/trends?format=png&${q}`);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("content-disposition")).toContain(".png");
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect(String.fromCharCode(...bytes.subarray(1, 4))).toBe("PNG");
    const csv = await fetch(`${baseUrl()}/api/trends?format=csv&${q}`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
  });
});
