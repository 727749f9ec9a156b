import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import iconv from "iconv-lite";
import { beforeEach, describe, expect, it } from "vitest";
import { IngestReport } from "@/lib/ingest/ingest-report";
import { readInputs, type RawInput } from "@/lib/ingest/read-inputs";
import { makeTempDir } from "./temp-dirs";

let dir: string;
beforeEach(() => {
  dir = makeTempDir("inputs");
});

async function readAll(paths: string[]) {
  const report = new IngestReport();
  const inputs: RawInput[] = [];
  for await (const input of readInputs(paths, report)) inputs.push(input);
  return { inputs, report };
}

const record = (title: string, text: string) =>
  JSON.stringify({ title, content: text, pubDate: "2020-03-01" });

describe("reading input files and folders", () => {
  it("reads pages and record files from nested folders, mapping record fields by name", async () => {
    fs.mkdirSync(path.join(dir, "sub"));
    fs.writeFileSync(path.join(dir, "a.txt"), "温州战疫\n龙湾区党员冲在一线。");
    fs.writeFileSync(
      path.join(dir, "sub", "b.jsonl"),
      [record("复工复产", "企业有序复工。"), record("联防联控", "社区排查。")].join("\n"),
    );
    const { inputs, report } = await readAll([dir]);
    expect(inputs.map((i) => i.kind)).toEqual(["page", "record", "record"]);
    const rec = inputs[1];
    expect(rec?.kind === "record" && rec.record).toMatchObject({
      title: "复工复产",
      text: "企业有序复工。",
      date: "2020-03-01",
    });
    expect(report.skipped).toEqual([]);
  });

  it("reports malformed JSONL lines with their line numbers and ingests the rest", async () => {
    const file = path.join(dir, "mixed.jsonl");
    fs.writeFileSync(
      file,
      [record("第一篇", "正文一"), "{broken", "[1,2]", record("第四篇", "正文四")].join("\n"),
    );
    const { inputs, report } = await readAll([file]);
    expect(inputs).toHaveLength(2);
    expect(report.skipped.map((s) => [s.origin, s.reason])).toEqual([
      [`${file}:2`, "malformed-record"],
      [`${file}:3`, "malformed-record"],
    ]);
  });

  it("keeps the records before the break of a truncated .gz and reports it", async () => {
    const lines = Array.from({ length: 400 }, (_, i) =>
      record(`标题${i}`, "疫情防控".repeat(50 + (i % 7))),
    );
    const gz = zlib.gzipSync(lines.join("\n"));
    const file = path.join(dir, "cut.jsonl.gz");
    fs.writeFileSync(file, gz.subarray(0, Math.floor(gz.length * 0.6)));
    const { inputs, report } = await readAll([file]);
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.length).toBeLessThan(400);
    expect(report.skipped.map((s) => s.reason)).toEqual(["truncated-gzip"]);
  });

  it("skips empty, binary and unsupported files with a reason and never stops", async () => {
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(
      path.join(dir, "image.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 0, 0, 3]),
    );
    fs.writeFileSync(path.join(dir, "notes.docx"), "x");
    fs.writeFileSync(path.join(dir, "ok.txt"), "标题\n正文内容。");
    const { inputs, report } = await readAll([dir, path.join(dir, "missing.txt")]);
    expect(inputs).toHaveLength(1);
    const reasons = Object.fromEntries(
      report.skipped.map((s) => [path.basename(s.origin), s.reason]),
    );
    expect(reasons).toEqual({
      "missing.txt": "unreadable",
      "empty.txt": "empty",
      "image.txt": "binary",
      "notes.docx": "unsupported-type",
    });
  });

  it("decodes a GB18030 page", async () => {
    const text =
      "包头稀土高新区坚决打赢疫情防控阻击战\n各级党组织和广大党员干部冲在一线，联防联控，群防群治。".repeat(
        3,
      );
    fs.writeFileSync(path.join(dir, "gbk.txt"), iconv.encode(text, "gb18030"));
    const { inputs } = await readAll([dir]);
    expect(inputs[0]?.kind === "page" && inputs[0].text).toBe(text);
  });

  it("reads a .json array of records", async () => {
    fs.writeFileSync(
      path.join(dir, "list.json"),
      JSON.stringify({
        data: [
          { title: "一", text: "甲" },
          { title: "二", body: "乙" },
        ],
      }),
    );
    const { inputs } = await readAll([dir]);
    expect(inputs.map((i) => (i.kind === "record" ? i.record.text : ""))).toEqual(["甲", "乙"]);
  });
});
