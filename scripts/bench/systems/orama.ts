import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { create, insertMultiple, load, save, search, type RawData } from "@orama/orama";
import { createTokenizer } from "@orama/tokenizers/mandarin";

import type { BenchSystem } from "../types";

/**
 * Orama with its own Mandarin tokenizer (Intl.Segmenter words), BM25 with the title boosted,
 * threshold 0 (all terms must match, as in every other system here; the default 1 is any term).
 */

const schema = { id: "string", title: "string", body: "string", date: "number" } as const;

function createDb() {
  return create({ schema, components: { tokenizer: createTokenizer() } });
}

const toDayNumber = (day: string) => Number(day.replaceAll("-", ""));

export const orama: BenchSystem = {
  label: "Orama + Mandarin",
  setup:
    "@orama/tokenizers/mandarin (Intl.Segmenter), properties title (boost 2) + body, BM25, threshold 0 (all terms; default 1 = any term); date as a number with where between",
  async build(articles, dir) {
    const db = createDb();
    const docs = articles.map((a) => ({
      id: a.id,
      title: a.title,
      body: a.body,
      date: toDayNumber(a.date ?? "0"),
    }));
    await insertMultiple(db, docs, 1000);
    await writeFile(path.join(dir, "orama.json"), JSON.stringify(save(db)));
  },
  async load(dir) {
    const db = createDb();
    load(db, JSON.parse(await readFile(path.join(dir, "orama.json"), "utf8")) as RawData);
    return async (q) => {
      const where =
        q.from && q.to
          ? { date: { between: [toDayNumber(q.from), toDayNumber(q.to)] as [number, number] } }
          : undefined;
      const result = await search(db, {
        term: q.text,
        properties: ["title", "body"],
        boost: { title: 2 },
        threshold: 0,
        limit: q.limit,
        ...(where ? { where } : {}),
      });
      return result.hits.map((h) => [h.id]);
    };
  },
};
