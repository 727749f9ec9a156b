import { describe, expect, it } from "vitest";
import { openPage, resultIds, chromiumForThisFile } from "./browser";

const browser = chromiumForThisFile();

// Runs on the sample pages alone too: the examples come from whatever corpus is indexed.
describe("the landing page", () => {
  it("offers example queries from the corpus, each of which finds articles", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    const links = page.locator("[data-starter-queries] a");
    const examples = await links.allTextContents();
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator("#search-input").getAttribute("placeholder")).toContain(examples[0]);
    for (const q of examples) {
      await page.goto("/");
      await page
        .locator("[data-starter-queries]")
        .getByRole("link", { name: q, exact: true })
        .click();
      await page.waitForURL((u) => u.searchParams.get("q") === q);
      expect((await resultIds(page)).length).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it("names the theme taxonomy the index was built with", async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto("/");
    expect(await page.locator("[data-taxonomy]").textContent()).toMatch(
      /^主题分类：疫情防控（data\/themes\.json），13 个主题$/,
    );
    await page.context().close();
  });
});
