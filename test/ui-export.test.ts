import { describe, expect, it } from "vitest";
import type { Article } from "../lib/article";
import { parseSearchState } from "../lib/search/query/search-state";
import type { SearchHit, SearchResponse, SearchState } from "../lib/search/types";
import { toCsvCell, toCsvRow } from "../lib/ui/csv";
import { EXPORT_MAX_ROWS } from "../lib/ui/export-record";
import { toContentDisposition, toExportFileName } from "../lib/ui/export-file-name";
import { buildExportStream, type ExportSource } from "../lib/ui/export-stream";

function makeHit(i: number): SearchHit {
  return {
    id: `a${i}`,
    title: [
      { text: `报道${i}：`, hit: false },
      { text: "复工复产", hit: true },
    ],
    snippets: [
      [
        { text: "温州", hit: true },
        { text: "企业有序复工", hit: false },
      ],
    ],
    date: "2020-03-01",
    source: "温州日报",
    region: { code: "330300", province: "浙江省", city: "温州市", county: null },
    themes: [{ name: "复工复产", keywords: ["复工"] }],
    url: `https://example.cn/${i}`,
    score: 1,
    similar: [],
  };
}

/** A fake engine over `count` hits that pages like the real one. */
function fakeSource(count: number): ExportSource & { calls: SearchState[] } {
  const calls: SearchState[] = [];
  return {
    calls,
    search(state: SearchState): SearchResponse {
      calls.push(state);
      const start = (state.page - 1) * state.size;
      const hits = Array.from(
        { length: Math.max(0, Math.min(state.size, count - start)) },
        (_, k) => makeHit(start + k),
      );
      return {
        state,
        total: count,
        matched: count,
        tookMs: 1,
        hits,
        facets: {
          region: [],
          theme: [],
          source: [],
          date: { granularity: "month", buckets: [], unknown: 0 },
          dateDetail: null,
        },
        relaxation: null,
        emptyTerms: [],
        splitTerms: [],
        exact: null,
      };
    },
    getArticle(id: string): Article | null {
      return id === "a0"
        ? {
            id,
            title: "报道0：复工复产",
            body: '第一段\n=HYPERLINK("x")',
            date: "2020-03-01",
            source: "温州日报",
            author: "张三",
            url: null,
            region: null,
            themes: [],
            keywords: [],
            origin: "t",
          }
        : null;
    },
  };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the BOM in the text, so the test can see it.
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(
    await new Response(stream).arrayBuffer(),
  );
}

const state = parseSearchState(new URLSearchParams("q=复工复产&region=浙江省&page=3&size=5")).state;

describe("CSV cells", () => {
  it("quote commas, quotes and newlines, and defuse formulas", () => {
    expect(toCsvCell("温州, 浙江")).toBe('"温州, 浙江"');
    expect(toCsvCell('他说"复工"')).toBe('"他说""复工"""');
    expect(toCsvCell("=1+1")).toBe("'=1+1");
    expect(toCsvCell("-温州")).toBe("'-温州");
    expect(toCsvCell(null)).toBe("");
    expect(toCsvRow(["a", "b"])).toBe("a,b\r\n");
  });
});

describe("export stream", () => {
  it("CSV: BOM, Chinese header, one row per result across all pages, ignoring the page of the URL", async () => {
    const source = fakeSource(1200);
    const csv = await readAll(buildExportStream(source, state, "csv"));
    expect(csv.startsWith("\uFEFFid,标题,日期,来源,作者,地区,主题,原文链接,摘要,正文\r\n")).toBe(
      true,
    );
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    // Records end in CRLF; the LF inside the first article's body stays within its quoted cell.
    expect(lines.length).toBe(1 + 1200);
    expect(source.calls.map((c) => c.page)).toEqual([1, 2, 3]);
    expect(source.calls.every((c) => c.q === "复工复产" && c.region[0] === "浙江省")).toBe(true);
    expect(csv).toContain("a1199,报道1199：复工复产,2020-03-01,温州日报,,浙江省/温州市,复工复产");
    expect(csv).toContain(`"第一段\n=HYPERLINK(""x"")"`);
  });

  it("JSON: a valid document with every result and plain-text titles", async () => {
    const json = JSON.parse(await readAll(buildExportStream(fakeSource(120), state, "json"))) as {
      total: number;
      limit: number;
      results: { id: string; title: string; author: string | null }[];
    };
    expect(json.total).toBe(120);
    expect(json.limit).toBe(EXPORT_MAX_ROWS);
    expect(json.results.map((r) => r.id).slice(0, 3)).toEqual(["a0", "a1", "a2"]);
    expect(json.results).toHaveLength(120);
    expect(json.results[0]?.author).toBe("张三");
    expect(json.results[1]?.title).toBe("报道1：复工复产");
  });

  it("JSON opens with what was exported: query and filters, when, the total and the rows the cap let through", async () => {
    const at = new Date("2026-12-02T08:00:00Z");
    const json = JSON.parse(
      await readAll(buildExportStream(fakeSource(EXPORT_MAX_ROWS + 150), state, "json", at)),
    ) as {
      state: { q: string; region: string[] };
      exportedAt: string;
      total: number;
      rows: number;
    };
    expect(json.state.q).toBe("复工复产");
    expect(json.state.region).toEqual(["浙江省"]);
    expect(json.exportedAt).toBe("2026-12-02T08:00:00.000Z");
    expect(json.total).toBe(EXPORT_MAX_ROWS + 150);
    expect(json.rows).toBe(EXPORT_MAX_ROWS);
  });

  it("names the file after the query and the day", () => {
    expect(toExportFileName("香港 -暴力", "2026-12-02", "csv")).toBe(
      "xunwen-香港-暴力-2026-12-02.csv",
    );
    expect(toExportFileName("", "2026-12-02", "json")).toBe("xunwen-2026-12-02.json");
    expect(toExportFileName('a/b:"c"', "2026-12-02", "csv")).toBe("xunwen-a-b-c-2026-12-02.csv");
    expect(toContentDisposition("xunwen-香港-2026-12-02.csv")).toBe(
      "attachment; filename=\"xunwen-_-2026-12-02.csv\"; filename*=UTF-8''xunwen-%E9%A6%99%E6%B8%AF-2026-12-02.csv",
    );
  });

  it("stops at the documented maximum", async () => {
    const json = JSON.parse(
      await readAll(buildExportStream(fakeSource(EXPORT_MAX_ROWS + 150), state, "json")),
    ) as {
      results: unknown[];
    };
    expect(json.results).toHaveLength(EXPORT_MAX_ROWS);
  });

  it("an empty result set is still a valid file", async () => {
    const json = JSON.parse(await readAll(buildExportStream(fakeSource(0), state, "json"))) as {
      results: unknown[];
    };
    expect(json.results).toEqual([]);
  });
});
