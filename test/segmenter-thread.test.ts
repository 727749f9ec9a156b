import { afterAll, describe, expect, it } from "vitest";
import { localSegmenter } from "../lib/text/segment";
import { linkedSegmenter } from "../lib/text/segmenter-link";
import { startSegmenterThread } from "../lib/text/start-segmenter-thread";

/** Ingestion threads share one jieba on a thread of its own: it must answer as their own would. */

const TEXTS = [
  "温州市龙湾区推进联防联控，复工复产有序进行。",
  "",
  "香港特別行政區 COVID-19 疫苗接種率達到 90%。\n\n第二段",
  // A lone surrogate: jieba's UTF-8 round trip cannot give it back, so the words travel as words.
  "前\ud800后测试",
];

describe("the segmenter thread", () => {
  const failures: Error[] = [];
  const thread = startSegmenterThread((e) => failures.push(e));
  const remote = linkedSegmenter(thread.connect());
  const local = localSegmenter();
  afterAll(() => thread.stop());

  it("cuts and tags exactly as this thread's own jieba does", () => {
    expect(remote.cutEach(TEXTS)).toEqual(local.cutEach(TEXTS));
    for (const text of TEXTS) expect(remote.cutEach([text])).toEqual(local.cutEach([text]));
    expect(remote.tag("李宝乐在包头市")).toEqual(local.tag("李宝乐在包头市"));
    // Many calls in a row, as an ingestion thread makes them: every answer is its own request's.
    for (let i = 0; i < 2000; i++)
      expect(remote.cutEach([`第${i}次会议`])[0]!.join("")).toBe(`第${i}次会议`);
    expect(failures).toEqual([]);
  });

  it("answers a cut asked for now and read later, with other calls made in between", () => {
    const later = remote.cutEachLater(TEXTS);
    // A tag and a cut go out while the first cut's answer is still unread.
    expect(remote.tag("李宝乐在包头市")).toEqual(local.tag("李宝乐在包头市"));
    const second = remote.cutEachLater(["第二批"]);
    expect(remote.cutEach(["联防联控"])).toEqual(local.cutEach(["联防联控"]));
    expect(later()).toEqual(local.cutEach(TEXTS));
    expect(second()).toEqual(local.cutEach(["第二批"]));
    expect(later()).toEqual(local.cutEach(TEXTS));
  });

  it("fails a call clearly once the thread has gone, instead of waiting for ever", async () => {
    const other = startSegmenterThread(() => {});
    const link = linkedSegmenter(other.connect());
    expect(link.cutEach(["测试"])).toEqual([["测试"]]);
    await other.stop();
    expect(() => link.cutEach(["测试"])).toThrow(/segmenter thread has stopped/);
  });
});
