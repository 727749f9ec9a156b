import { readLimitFromEnv } from "../env-limit";

/**
 * Articles per segment: a full build streams in segments of this size, never holding more. The
 * writer's thread holds one segment being built, so this sets most of a build's peak memory:
 * measured on all of xwlb, 20,000 gave 1.09 GB peak, 10,000 0.94 GB at the same wall time. Once
 * ingestion got faster (batched segmenter requests, our OpenCC) the writer's queue ran full and
 * 10,000 gave 1.00 GB; 8,000 gives 0.94 GB and ten segments for 75,806 articles
 * (docs/benchmarks.md, "Living corpus").
 */
export const SEGMENT_ARTICLES = readLimitFromEnv("XUNWEN_SEGMENT_ARTICLES", 8_000);
