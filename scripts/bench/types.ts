import type { Article } from "../../lib/article";

/**
 * The one small interface every benchmarked system sits behind. A system builds its index from the
 * same cleaned articles and serialises it into a directory (its size is the "index size"); a fresh
 * process then loads it from there and answers queries with ranked article ids.
 */

/** One query as every system receives it. `text` uses Xunwen's syntax: space = AND. */
export interface BenchQuery {
  text: string;
  /** Inclusive "YYYY-MM-DD" range; either both set or both null. Always a whole year or one day. */
  from: string | null;
  to: string | null;
  limit: number;
}

/** Ranked ids; an id may also stand for near-duplicates a system collapsed into that hit. */
export type Searcher = (query: BenchQuery) => string[][] | Promise<string[][]>;

export interface BenchSystem {
  /** Row label in the table. */
  label: string;
  /** How the system is set up, one line for docs/benchmarks.md. */
  setup: string;
  /** Registry name of a system whose index this one reads (no build of its own). */
  sharesIndexWith?: string;
  build(articles: Article[], dir: string): Promise<void>;
  load(dir: string): Promise<Searcher>;
}

export type QueryKind = "latency" | "known-title" | "known-sentence" | "substring";

export interface BenchCase {
  kind: QueryKind;
  /** Category for the latency breakdown, e.g. "1 term", "3 terms", "traditional", "filtered". */
  category: string;
  query: BenchQuery;
  /** The article the query was made from (known-item and substring cases). */
  target: string | null;
}

/** What a query child reports per query. */
export interface QueryOutcome {
  ms: number;
  /** 1-based rank of the target within the results, or 0 when absent. */
  rank: number;
  count: number;
}

/** Messages between the runner and its child processes (one build child, then one query child per system). */

export type WorkerRequest =
  | { type: "build"; system: string; articlesFile: string; dir: string }
  | { type: "load"; system: string; dir: string }
  | { type: "query"; query: BenchQuery; target: string | null };

export type WorkerReply =
  | { type: "ready"; rssMb: number }
  | { type: "built"; ms: number }
  | { type: "loaded"; ms: number; rssMb: number; heapMb: number }
  | { type: "outcome"; ms: number; rank: number; count: number }
  | { type: "error"; message: string };

export const toMb = (bytes: number) => bytes / 1024 / 1024;
