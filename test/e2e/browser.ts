import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { inject } from "vitest";

export const BROWSER_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function baseUrl(): string {
  return inject("baseUrl");
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: "/usr/bin/chromium",
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
