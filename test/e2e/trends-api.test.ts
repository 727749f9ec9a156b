import { describe, expect, it, inject } from "vitest";
import type { Trends } from "../../lib/search/present/trends";
import type { SearchResponse } from "../../lib/search/types";
import { baseUrl } from "./browser";

const get = async <T>(path: string): Promise<T> =>
  (await (await fetch(`${baseUrl()}${path}`)).json()) as T;

describe.skipIf(inject("noCorpus") !== null)("GET /api/trends", () => {
  it("counts what the search finds, per period, for several queries under one set of filters", async () => {
    const region = encodeURIComponent("湖北省");
    const qs = ["疫情", "复工复产"];
    const t = await get<Trends>(
      `/api/trends?${qs.map((q) => `q=${encodeURIComponent(q)}`).join("&")}&region=${region}&by=month`,
    );
    expect(t.by).toBe("month");
    for (const [i, q] of qs.entries()) {
      const all = await get<SearchResponse>(
        `/api/search?q=${encodeURIComponent(q)}&region=${region}&dup=all`,
      );
      const dated = all.total - all.facets.date.unknown;
      expect(t.series[i]!.total).toBe(dated);
      expect(t.series[i]!.counts.reduce((a, b) => a + b, 0)).toBe(dated);
    }
    expect(t.series[0]!.shares.every((s) => s >= 0 && s <= 1)).toBe(true);
  });

  it("says what is missing instead of answering an empty question", async () => {
    const res = await fetch(`${baseUrl()}/api/trends`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toContain("至少给出一个检索式");
  });
});
