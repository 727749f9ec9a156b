import os from "node:os";
import { processSegmenter } from "../text/process-segmenter";

/**
 * Background merges give way to the servers on the same cores: the threads that do their work
 * (this one, and the process's segmenter thread that re-segments the merged articles) drop to
 * below-normal CPU priority (nice 10), so a merge that nobody waits for does not slow a server's
 * swap to the articles just published (its compose, its first renders). On an idle machine it
 * changes nothing. Linux sets the priority of each thread, not of the process.
 */
export function lowerMergePriority(): void {
  const priority = os.constants.priority.PRIORITY_BELOW_NORMAL;
  try {
    os.setPriority(priority);
  } catch {
    // Not permitted here: the merge runs at normal priority.
  }
  processSegmenter()?.setPriority(priority);
}
