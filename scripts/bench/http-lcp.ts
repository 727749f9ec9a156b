import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium";

/**
 * Time to first byte and Largest Contentful Paint of result pages in headless Debian Chromium, as a
 * reader sees them: at desktop size, and as a 375 px phone with the CPU slowed 4× (DevTools'
 * mid-tier phone setting). Each URL is loaded in a fresh context (no cache); the median is kept.
 */

export interface PaintFigures {
  profile: string;
  ttfbMs: number;
  lcpMs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

export async function measurePaint(base: string, paths: string[]): Promise<PaintFigures[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const profiles = [
    { profile: "desktop 1366 px", viewport: { width: 1366, height: 900 }, cpu: 1 },
    { profile: "phone 375 px, CPU 4× slower", viewport: { width: 375, height: 812 }, cpu: 4 },
  ];
  const out: PaintFigures[] = [];
  try {
    for (const p of profiles) {
      const ttfb: number[] = [];
      const lcp: number[] = [];
      for (const path of paths) {
        const context = await browser.newContext({ viewport: p.viewport, locale: "zh-CN" });
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: p.cpu });
        await page.goto(`${base}${path}`, { waitUntil: "load" });
        const f = await page.evaluate(
          () =>
            new Promise<{ ttfb: number; lcp: number }>((resolve) => {
              const nav = performance.getEntriesByType(
                "navigation",
              )[0] as PerformanceNavigationTiming;
              new PerformanceObserver((list) => {
                const last = list.getEntries().at(-1);
                resolve({ ttfb: nav.responseStart, lcp: last ? last.startTime : NaN });
              }).observe({ type: "largest-contentful-paint", buffered: true });
            }),
        );
        ttfb.push(f.ttfb);
        lcp.push(f.lcp);
        await context.close();
      }
      out.push({ profile: p.profile, ttfbMs: median(ttfb), lcpMs: median(lcp) });
    }
  } finally {
    await browser.close();
  }
  return out;
}
