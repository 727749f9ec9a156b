import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/chromium";

export const BROWSER_ARGS = CHROMIUM_ARGS;

export function baseUrl(): string {
  return inject("baseUrl");
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: BROWSER_ARGS,
  });
}

export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: "zh-CN", ...options });
  return context.newPage();
}

/** The ids of the results on the page, in order. */
export function resultIds(page: Page): Promise<string[]> {
  return page
    .locator("[data-result-id]")
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-result-id") ?? ""));
}

/** One Chromium for the calling test file: launched before its tests and closed after them. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("the browser is launched in beforeAll: use it inside a test");
    return browser;
  };
}
