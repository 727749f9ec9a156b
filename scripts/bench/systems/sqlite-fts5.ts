import path from "node:path";
import Database from "better-sqlite3";
import type { Article } from "../../../lib/article";
import type { BenchQuery, BenchSystem, Searcher } from "../types";

/**
 * SQLite FTS5 via better-sqlite3: title and body with bm25 (title weighted 2), id and date
 * unindexed. Each space-separated term is a quoted phrase, ANDed. The DB file is the index.
 */

type Tokenizer = "trigram" | "unicode61";

const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
const termsOf = (text: string) => text.split(/\s+/).filter(Boolean);

function build(tokenizer: Tokenizer, articles: Article[], dir: string): Promise<void> {
  const db = new Database(path.join(dir, "fts.sqlite"));
  db.pragma("journal_mode = OFF");
  db.exec(
    `CREATE VIRTUAL TABLE fts USING fts5(title, body, id UNINDEXED, date UNINDEXED, tokenize='${tokenizer}')`,
  );
  const insert = db.prepare("INSERT INTO fts (title, body, id, date) VALUES (?, ?, ?, ?)");
  db.transaction(() => articles.forEach((a) => insert.run(a.title, a.body, a.id, a.date ?? "")))();
  db.exec("INSERT INTO fts(fts) VALUES ('optimize')");
  db.close();
  return Promise.resolve();
}

/** `likeShortTerms`: terms the trigram index cannot match (1–2 characters) become LIKE scans. */
function load(dir: string, likeShortTerms: boolean): Promise<Searcher> {
  const db = new Database(path.join(dir, "fts.sqlite"), { readonly: true });
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    const cached = statements.get(sql);
    if (cached) return cached;
    const statement = db.prepare(sql);
    statements.set(sql, statement);
    return statement;
  };
  return Promise.resolve((q: BenchQuery) => {
    const terms = termsOf(q.text);
    const short = likeShortTerms ? terms.filter((t) => [...t].length < 3) : [];
    const long = terms.filter((t) => !short.includes(t));
    const where: string[] = [];
    const params: string[] = [];
    if (long.length) {
      where.push("fts MATCH ?");
      params.push(long.map(quote).join(" AND "));
    }
    for (const t of short) {
      where.push("(title LIKE ? OR body LIKE ?)");
      params.push(`%${t}%`, `%${t}%`);
    }
    if (q.from && q.to) {
      where.push("date BETWEEN ? AND ?");
      params.push(q.from, q.to);
    }
    const order = long.length ? "bm25(fts, 2.0, 1.0)" : "date DESC";
    const sql = `SELECT id FROM fts WHERE ${where.join(" AND ")} ORDER BY ${order} LIMIT ${Math.trunc(q.limit)}`;
    return (prepare(sql).all(...params) as { id: string }[]).map((r) => [r.id]);
  });
}

export const sqliteTrigram: BenchSystem = {
  label: "SQLite FTS5 trigram",
  setup:
    "fts5 tokenize='trigram', bm25(title 2, body 1); terms of 1–2 characters cannot match (reported as is)",
  build: (articles, dir) => build("trigram", articles, dir),
  load: (dir) => load(dir, false),
};

export const sqliteTrigramLike: BenchSystem = {
  label: "SQLite trigram + LIKE",
  setup:
    "same DB file as the trigram row; terms of 1–2 characters become `title/body LIKE '%t%'` scans (unranked when no longer term)",
  sharesIndexWith: "sqlite-trigram",
  build: () => Promise.reject(new Error("uses the sqlite-trigram index")),
  load: (dir) => load(dir, true),
};

export const sqliteUnicode61: BenchSystem = {
  label: "SQLite FTS5 unicode61",
  setup: "fts5 tokenize='unicode61' (default; a run of Han characters is one token), for contrast",
  build: (articles, dir) => build("unicode61", articles, dir),
  load: (dir) => load(dir, false),
};
