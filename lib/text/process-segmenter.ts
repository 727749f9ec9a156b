import { routeSegmentationTo } from "./segment";
import { linkedSegmenter } from "./segmenter-link";
import { startSegmenterThread, type SegmenterThread } from "./start-segmenter-thread";

/**
 * The index CLI's one jieba, on a segmenter thread started before anything else: its dictionaries
 * take ≈ 1 s to load, which then overlaps the CLI's own start-up (its modules, the index's live
 * articles, jieba's word tables) instead of following it. The main thread and every ingestion
 * thread segment through it, so the process holds one copy of jieba. The thread does not keep
 * the process alive; if it dies, every segmenting call after fails with SegmenterStopped, which
 * fails the run (no input is blamed for it), on whichever thread made the call.
 */

let thread: SegmenterThread | null = null;

/** Starts the thread (once) and routes this thread's segmentation to it. */
export function startProcessSegmenter(): SegmenterThread {
  if (thread) return thread;
  // Its death needs no handler here: the next call on any link reports it.
  const started = startSegmenterThread(() => {}, { keepAlive: false });
  routeSegmentationTo(linkedSegmenter(started.connect()));
  thread = started;
  return started;
}

/** The process's segmenter thread, if one was started. */
export function processSegmenter(): SegmenterThread | null {
  return thread;
}
