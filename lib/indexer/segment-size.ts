import { readLimitFromEnv } from "../env-limit";

/** Articles per segment: a full build streams in segments of this size, never holding more. */
export const SEGMENT_ARTICLES = readLimitFromEnv("XUNWEN_SEGMENT_ARTICLES", 20_000);
