import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { toRegionValue } from "../lib/article";
import { extractRegion } from "../lib/region/extract-region";

const SAMPLES = path.resolve(__dirname, "../data/samples");
const PARSE_PAGE = path.resolve(__dirname, "../lib/ingest/parse-page.ts");
const parsedSchema = z.object({ title: z.string(), body: z.string() });
const moduleSchema = z.object({
  parsePage: z.custom<(raw: string) => unknown>((value) => typeof value === "function"),
});

/** The ingest cleaner when it exists; until then, first non-empty line as title, the rest as body. */
async function toTitleAndBody(raw: string): Promise<{ title: string; body: string }> {
  if (existsSync(PARSE_PAGE)) {
    const mod = moduleSchema.parse(await import(pathToFileURL(PARSE_PAGE).href));
    return parsedSchema.parse(mod.parsePage(raw));
  }
  const lines = raw.split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  return { title: lines[first]?.trim() ?? "", body: lines.slice(first + 1).join("\n") };
}

const EXPECTED: Record<string, string> = {
  "000": "云南省/昆明市",
  "001": "内蒙古自治区/包头市/包头稀土高新技术产业开发区",
  "002": "浙江省/温州市/龙湾区",
  "003": "陕西省/宝鸡市/陈仓区",
  "004": "上海市/崇明区",
};

describe("region of the seed pages", () => {
  const files = readdirSync(SAMPLES)
    .filter((f) => f.endsWith(".txt"))
    .sort();

  it("has the five seeds", () => {
    expect(files.map((f) => f.slice(0, 3))).toEqual(Object.keys(EXPECTED));
  });

  for (const file of files) {
    it(`${file} is about ${EXPECTED[file.slice(0, 3)]}`, async () => {
      const page = await toTitleAndBody(readFileSync(path.join(SAMPLES, file), "utf8"));
      const region = extractRegion(page);
      expect(region && toRegionValue(region)).toBe(EXPECTED[file.slice(0, 3)]);
    });
  }
});
