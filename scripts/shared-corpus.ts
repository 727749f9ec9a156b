import path from "node:path";

/**
 * The read-only corpora in `../shared/corpus/` beside the repository (see its README): default
 * inputs of the eval, bench and load scripts and of the tests that cut fixtures from them.
 */
export const SHARED_CORPUS_DIR = path.resolve(import.meta.dirname, "../../shared/corpus");
export const XWLB_CORPUS = path.join(SHARED_CORPUS_DIR, "xwlb", "xwlb-2012-2026.jsonl.gz");
export const DXY_CORPUS = path.join(SHARED_CORPUS_DIR, "dxy", "dxy-news-2020.jsonl");
export const PAGES_CORPUS = path.join(SHARED_CORPUS_DIR, "pages", "html");
export const PAGES_TRUTH = path.join(SHARED_CORPUS_DIR, "pages", "truth.jsonl");
