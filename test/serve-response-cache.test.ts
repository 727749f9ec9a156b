import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withResponseCache } from "../lib/serve/cached-handler";
import { ResponseCache, toCacheKey } from "../lib/serve/response-cache";

/** A stand-in for Next's handler: a page carrying its CSP nonce, and how often it was rendered. */
let renders = 0;
let build = "b1";
let server: http.Server;
let base = "";

beforeAll(async () => {
  const serve = withResponseCache(
    async (req, res) => {
      renders++;
      if (req.url?.includes("slow")) await new Promise((r) => setTimeout(r, 50));
      // As Next does when its client goes away mid-render: it stops and never ends the answer.
      if (req.url?.includes("abandoned")) return void res.once("close", () => {});
      const nonce = `n${renders}`;
      if (req.url?.startsWith("/article/missing")) {
        res.statusCode = 404;
        res.end("找不到这篇报道");
        return;
      }
      res.setHeader("content-security-policy", `script-src 'nonce-${nonce}'`);
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write(`<script nonce="${nonce}">1</script>`);
      res.end(`<p>${decodeURIComponent(req.url ?? "")} · 第${renders}次渲染</p>`);
    },
    { maxBytes: 1 << 20, currentBuild: async () => build },
  );
  server = http.createServer((req, res) => void serve(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers });

describe("the response cache", () => {
  it("renders a page once per index build; the same parameters in another order are the same page", async () => {
    const first = await get("/?q=疫情&region=湖北省");
    const again = await get("/?region=湖北省&q=疫情");
    expect(first.headers.get("x-xunwen-cache")).toBe("miss");
    expect(again.headers.get("x-xunwen-cache")).toBe("hit");
    const [a, b] = [await first.text(), await again.text()];
    expect(b.replace(/nonce="[^"]+"/, "")).toBe(a.replace(/nonce="[^"]+"/, ""));
    build = "b2";
    const rebuilt = await get("/?q=疫情&region=湖北省");
    expect(rebuilt.headers.get("x-xunwen-cache")).toBe("miss");
    expect(await rebuilt.text()).not.toBe(a);
  });

  it("gives every answer from the cache a fresh nonce, in the policy and on the scripts alike", async () => {
    await get("/?q=nonce");
    const nonces = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const r = await get("/?q=nonce");
      const inPolicy = /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy")!)![1]!;
      expect(await r.text()).toContain(`nonce="${inPolicy}"`);
      nonces.add(inPolicy);
    }
    expect(nonces.size).toBe(3);
  });

  it("answers 304 to a client that has the page, and a new build changes the validator", async () => {
    const r = await get("/?q=etag");
    const etag = r.headers.get("etag")!;
    expect(r.headers.get("cache-control")).toBe("public, no-cache");
    expect((await get("/?q=etag", { "if-none-match": etag })).status).toBe(304);
    build = "b3";
    expect((await get("/?q=etag", { "if-none-match": etag })).status).toBe(200);
  });

  it("compresses for a client that accepts gzip", async () => {
    const r = await fetch(`${base}/?q=gzip`, { headers: { "accept-encoding": "gzip" } });
    expect(r.headers.get("content-encoding")).toBe("gzip");
    const raw = await new Promise<Buffer>((resolve) =>
      http.get(`${base}/?q=gzip`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res
          .on("data", (c: Buffer) => chunks.push(c))
          .on("end", () => resolve(Buffer.concat(chunks)));
      }),
    );
    expect(gunzipSync(raw).toString()).toContain("gzip");
  });

  it("renders a page once when many ask for it at the same time", async () => {
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/?q=slow")));
    expect(renders - before).toBe(1);
    expect(answers.every((r) => r.status === 200)).toBe(true);
    const bodies = await Promise.all(answers.map((r) => r.text()));
    expect(new Set(bodies.map((b) => b.replace(/nonce="[^"]+"/, ""))).size).toBe(1);
  });

  it("keeps answering new pages after a client gives up on a render", async () => {
    // Two clients give up: one while its page renders, one while it waits for its turn.
    const gaveUp = new AbortController();
    for (const q of ["abandoned", "abandoned-too"])
      void fetch(`${base}/?q=${q}`, { signal: gaveUp.signal }).catch(() => null);
    setTimeout(() => gaveUp.abort(), 30);
    // Not a timing assertion: without the fix it waits out both renders' 5 s turns in the render queue.
    const next = await fetch(`${base}/?q=after-abandon`, { signal: AbortSignal.timeout(4000) });
    expect(next.status).toBe(200);
    expect(await next.text()).toContain("after-abandon");
  });

  it("keeps only successful pages: a 404 is rendered each time", async () => {
    const before = renders;
    const missing = await get("/article/missing");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
    expect((await get("/article/missing")).status).toBe(404);
    expect(renders - before).toBe(2);
  });
});

describe("which requests are cached", () => {
  it("pages and read-only API answers; not exports, feeds or the client router's own requests", () => {
    expect(toCacheKey("GET", "/?q=a", {})).toBe("/?q=a");
    // One search state, one answer; a parameter the page reports as not understood is another.
    expect(toCacheKey("GET", "/?q=疫情&page=1", {})).toBe(toCacheKey("GET", "/?q=疫情", {}));
    expect(toCacheKey("GET", "/?q=疫情&page=abc", {})).not.toBe(toCacheKey("GET", "/?q=疫情", {}));
    expect(toCacheKey("GET", "/article/abc?q=a", {})).not.toBeNull();
    expect(toCacheKey("GET", "/api/search?q=a", {})).not.toBeNull();
    expect(toCacheKey("POST", "/?q=a", {})).toBeNull();
    expect(toCacheKey("GET", "/api/export?q=a", {})).toBeNull();
    expect(toCacheKey("GET", "/feed.xml?q=a", {})).toBeNull();
    expect(toCacheKey("GET", "/?q=a", { rsc: "1" })).toBeNull();
    expect(toCacheKey("GET", "/?q=a&_rsc=x1", {})).toBeNull();
  });

  it("is bounded by bytes, least recently used out first", () => {
    const cache = new ResponseCache(8500);
    const entry = (n: number) => ({ status: 200, headers: {}, parts: [Buffer.alloc(n)], bytes: n });
    cache.set("a", entry(900));
    cache.set("b", entry(900));
    cache.get("a");
    for (let i = 0; i < 8; i++) cache.set(`x${i}`, entry(900));
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("b")).toBeUndefined();
  });
});
