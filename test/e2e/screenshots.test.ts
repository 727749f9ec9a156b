import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { launchBrowser, openPage } from "./browser";

/** Screenshots for people to look at (test/screenshots/, gitignored), at desktop and phone widths. */
const OUT = path.resolve(__dirname, "../screenshots");
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 900 } },
  { name: "phone", viewport: { width: 375, height: 812 } },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(OUT, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(inject("noCorpus") !== null)("screenshots", () => {
  for (const { name, viewport } of VIEWPORTS) {
    it(`landing, filtered results and article at ${name} width`, async () => {
      const page = await openPage(browser, { viewport, deviceScaleFactor: 1 });
      await page.goto("/");
      await page.screenshot({ path: path.join(OUT, `landing-${name}.png`), fullPage: false });

      await page.goto(`/?q=${encodeURIComponent("疫情防控")}&from=2020-02-01&to=2020-03-31`);
      const province = page.locator('aside section[aria-label="地区"] a').first();
      if (name === "phone") {
        await page.click("details.facet-drawer > summary");
        await page.screenshot({ path: path.join(OUT, "filters-phone.png"), fullPage: false });
      }
      await Promise.all([page.waitForURL(/region=/), province.click()]);
      await page.waitForLoadState("networkidle");
      if (name === "phone") await page.click('details.facet-drawer a[href="#results"]');
      await page.screenshot({ path: path.join(OUT, `results-${name}.png`), fullPage: false });
      // Horizontal overflow is the usual way a phone layout breaks.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );

      await Promise.all([
        page.waitForURL(/\/article\//),
        page.locator("[data-result-id] h3 a").first().click(),
      ]);
      await page.waitForLoadState("networkidle");
      await page.screenshot({ path: path.join(OUT, `article-${name}.png`), fullPage: false });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      );
      await page.context().close();
    });
  }
});
