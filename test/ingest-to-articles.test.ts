import { describe, expect, it } from "vitest";
import { IngestReport } from "@/lib/ingest/ingest-report";
import type { RawInput } from "@/lib/ingest/read-inputs";
import { toArticle, toArticles } from "@/lib/ingest/to-article";
import { localSegmenter, routeSegmentationTo } from "@/lib/text/segment";
import { linkedSegmenter, SegmenterStopped } from "@/lib/text/segmenter-link";
import { startSegmenterThread } from "@/lib/text/start-segmenter-thread";
import { loadThemes } from "@/lib/themes/load-themes";
import { buildThemeMatcher } from "@/lib/themes/match-themes";

const record = (n: number, title: string, text: string): RawInput => ({
  kind: "record",
  origin: `day.jsonl:${n}`,
  record: {
    title,
    text,
    date: "2020-02-0" + n,
    source: "新华网",
    url: null,
    province: null,
    tags: [],
  },
});

describe("ingesting a batch", () => {
  const themes = buildThemeMatcher(loadThemes());
  const inputs = [
    record(1, "武汉社区防控", "湖北省武汉市各社区实行封闭管理，志愿者上门配送生活物资。"),
    record(2, "", "  "),
    record(3, "杭州复工复产", "浙江省杭州市企业有序复工复产，园区设置体温检测点。"),
  ];

  it("gives each input the article it would get alone, and nothing for an empty one", () => {
    const report = new IngestReport();
    const batch = toArticles(inputs, themes, report);
    const alone = inputs.map((input) => toArticle(input, themes, new IngestReport()));
    expect(batch).toEqual(alone);
    expect(batch.map((a) => a?.title ?? null)).toEqual(["武汉社区防控", null, "杭州复工复产"]);
    expect(report.skipped.map((s) => [s.origin, s.reason])).toEqual([["day.jsonl:2", "no-text"]]);
  });

  it("loses none of a batch's other articles when one input cannot be read", () => {
    const broken = { kind: "record", origin: "day.jsonl:4", record: null } as unknown as RawInput;
    const report = new IngestReport();
    const batch = toArticles([inputs[0]!, broken, inputs[2]!], themes, report);
    expect(batch.map((a) => a?.title ?? null)).toEqual(["武汉社区防控", null, "杭州复工复产"]);
    expect(report.skipped.map((s) => [s.origin, s.reason])).toEqual([
      ["day.jsonl:4", "unreadable"],
    ]);
  });

  it("fails a batch when the segmenter thread has gone, instead of skipping its inputs as unreadable", async () => {
    // The index CLI segments on a thread of its own: if that thread dies, no input is to blame.
    const thread = startSegmenterThread(() => {});
    routeSegmentationTo(linkedSegmenter(thread.connect()));
    try {
      expect(toArticles(inputs, themes, new IngestReport()).map((a) => a?.title ?? null)).toEqual([
        "武汉社区防控",
        null,
        "杭州复工复产",
      ]);
      await thread.stop();
      const report = new IngestReport();
      expect(() => toArticles(inputs, themes, report)).toThrow(SegmenterStopped);
      expect(report.skipped.filter((s) => s.reason === "unreadable")).toEqual([]);
    } finally {
      routeSegmentationTo(localSegmenter());
    }
  });
});
