import v8 from "node:v8";
import { readLimitFromEnv } from "./env-limit";

/**
 * An index run has five busy threads (main, the segmenter, two ingestion threads, the segment
 * writer), each with a V8 heap of its own, and its peak memory was mostly their headroom: V8 lets
 * an old generation grow to two to four times what is live in it between full collections, and
 * gives each thread a young generation of 16 MB semi-spaces. Limiting growth to 30 % over live and
 * semi-spaces to 4 MB took a full xwlb build from 1.68 GB to 0.92 GB at the same wall time
 * (docs/benchmarks.md, "Living corpus"). The flags are process-wide; the semi-space size applies
 * to threads started after this call, the growth limit to every heap from its next collection.
 */
export function limitHeapHeadroom(): void {
  const growth = readLimitFromEnv("XUNWEN_HEAP_GROWING_PERCENT", 30);
  const semiSpace = readLimitFromEnv("XUNWEN_SEMI_SPACE_MB", 4);
  v8.setFlagsFromString(`--heap-growing-percent=${growth}`);
  v8.setFlagsFromString(`--max-semi-space-size=${semiSpace}`);
}
