import { expect, it } from "vitest";
import { IngestReport } from "@/lib/ingest/ingest-report";
import type { RawInput } from "@/lib/ingest/read-inputs";
import { toArticles } from "@/lib/ingest/to-article";
import { routeSegmentationTo } from "@/lib/text/segment";
import { linkedSegmenter, SegmenterStopped } from "@/lib/text/segmenter-link";
import { startSegmenterThread } from "@/lib/text/start-segmenter-thread";
import { loadThemes } from "@/lib/themes/load-themes";
import { buildThemeMatcher } from "@/lib/themes/match-themes";

/** The index CLI segments on a thread of its own: if that thread dies, no input is to blame. */

const record = (n: number, title: string, text: string): RawInput => ({
  kind: "record",
  origin: `day.jsonl:${n}`,
  record: {
    title,
    text,
    date: "2020-02-01",
    source: "新华网",
    url: null,
    province: null,
    tags: [],
  },
});

it("fails a batch when the segmenter thread has gone, instead of skipping its inputs as unreadable", async () => {
  const thread = startSegmenterThread(() => {});
  routeSegmentationTo(linkedSegmenter(thread.connect()));
  const themes = buildThemeMatcher(loadThemes());
  const inputs = [
    record(1, "武汉社区防控", "湖北省武汉市各社区实行封闭管理。"),
    record(2, "杭州复工复产", "浙江省杭州市企业有序复工复产。"),
  ];
  const before = new IngestReport();
  expect(toArticles(inputs, themes, before).map((a) => a?.title)).toEqual([
    "武汉社区防控",
    "杭州复工复产",
  ]);
  await thread.stop();
  const after = new IngestReport();
  expect(() => toArticles(inputs, themes, after)).toThrow(SegmenterStopped);
  expect(after.skipped).toEqual([]);
});
