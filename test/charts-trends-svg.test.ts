import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderTrendsSvg } from "../lib/charts/render-trends-svg";
import { renderSvgToPng } from "../lib/charts/svg-to-png";
import type { Trends } from "../lib/search/present/trends";

const TRENDS: Trends = {
  by: "month",
  periods: ["2020-01", "2020-02", "2020-03"],
  all: [10, 20, 40],
  series: [
    { q: "<script>alert(1)</script>", total: 6, counts: [1, 2, 3], shares: [0.1, 0.1, 0.075] },
    { q: "复工复产", total: 12, counts: [0, 2, 10], shares: [0, 0.1, 0.25] },
  ],
};

describe("the trends chart (server-rendered SVG)", () => {
  const svg = renderTrendsSvg(
    TRENDS,
    "share",
    (q, p) => `/?q=${encodeURIComponent(q)}&from=${p}-01`,
  );
  const doc = new DOMParser().parseFromString(`<div>${svg}</div>`, "text/html");

  it("draws one labelled line per query, with each point's value on hover and a link to its results", () => {
    expect(doc.querySelectorAll("svg path[stroke]").length).toBeGreaterThanOrEqual(2);
    const titles = [...doc.querySelectorAll("a title")].map((t) => t.textContent);
    expect(titles).toContain("复工复产 · 2020-03：10 篇（25.00%）");
    const links = [...doc.querySelectorAll("a")].map((a) => a.getAttribute("href"));
    expect(links).toContain(`/?q=${encodeURIComponent("复工复产")}&from=2020-03-01`);
    expect(svg).toContain("占当期全部报道（%）");
  });

  it("escapes what a query contains: no markup of its own reaches the page", () => {
    expect(doc.querySelector("script")).toBeNull();
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("names each query in a legend inside the SVG, so a downloaded file is labelled too", () => {
    const legend = [...doc.querySelectorAll("svg text")].map((t) => t.textContent);
    expect(legend).toContain("● 复工复产");
    expect(legend).toContain("● <script>alert(1)</script>");
  });

  it("is a standalone SVG file that an SVG renderer reads: the PNG download is drawn from it", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const png = renderSvgToPng(svg, 2);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    // IHDR: width and height, big-endian, at bytes 16 and 20; twice the SVG's 960 × 360.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 720]);
  });
});
