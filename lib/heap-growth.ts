import v8 from "node:v8";
import { readLimitFromEnv } from "./env-limit";

/**
 * Between full collections V8 lets a heap grow to two to four times what is live in it. An index
 * run has five busy threads whose heaps are mostly garbage at any moment, so its peak memory is
 * mostly that headroom: limiting growth to 30 % over live cuts the run's peak RSS by about a
 * seventh for a few per cent more time collecting (docs/benchmarks.md, "Living corpus").
 * The flag is process-wide and read at each collection: it holds for threads started later too.
 */
export function limitHeapGrowth(): void {
  const percent = readLimitFromEnv("XUNWEN_HEAP_GROWING_PERCENT", 30);
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
