import { routeSegmentationTo } from "./segment";
import { linkedSegmenter } from "./segmenter-link";
import { startSegmenterThread, type SegmenterThread } from "./start-segmenter-thread";

/**
 * The index CLI's one jieba, on a segmenter thread started before anything else: its dictionaries
 * take ≈ 1 s to load, which then overlaps the CLI's own start-up (its modules, the index's live
 * articles, jieba's word tables) instead of following it. The main thread and every ingestion
 * thread segment through it, so the process holds one copy of jieba. The thread does not keep
 * the process alive; if it dies, every segmenting call fails (and with it the run), and those
 * registered with `onProcessSegmenterFailure` are told.
 */

let thread: SegmenterThread | null = null;
let failure: Error | null = null;
const listeners = new Set<(error: Error) => void>();

/** Starts the thread (once) and routes this thread's segmentation to it. */
export function startProcessSegmenter(): SegmenterThread {
  if (thread) return thread;
  const started = startSegmenterThread(
    (error) => {
      failure ??= error;
      for (const listener of listeners) listener(error);
    },
    { keepAlive: false },
  );
  routeSegmentationTo(linkedSegmenter(started.connect()));
  thread = started;
  return started;
}

/** The process's segmenter thread, if one was started. */
export function processSegmenter(): SegmenterThread | null {
  return thread;
}

/** Calls `listener` if the thread dies (at once if it already has); returns its removal. */
export function onProcessSegmenterFailure(listener: (error: Error) => void): () => void {
  if (failure) listener(failure);
  listeners.add(listener);
  return () => listeners.delete(listener);
}
