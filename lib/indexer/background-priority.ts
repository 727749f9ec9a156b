import fs from "node:fs";
import os from "node:os";

/**
 * Background merges give way to the servers on the same cores: the whole process drops to
 * below-normal CPU priority (nice 10), so a merge that nobody waits for does not slow a server's
 * swap to the articles just published (its compose, its first renders). On an idle machine it
 * changes nothing. Linux sets the priority of each thread, not of the process, so each of the
 * process's threads is set: this one, the segmenter thread left from the run's ingestion, and
 * V8's and libuv's helper threads (a GC helper at normal priority still competed with the
 * servers). Elsewhere the priority is the process's.
 */
export function lowerMergePriority(): void {
  const priority = os.constants.priority.PRIORITY_BELOW_NORMAL;
  for (const thread of processThreads())
    try {
      os.setPriority(thread, priority);
    } catch {
      // Not permitted here (or the thread has ended): it keeps its priority.
    }
}

/** The process's thread ids on Linux; else 0, this process. */
function processThreads(): number[] {
  try {
    return fs.readdirSync("/proc/self/task").map(Number);
  } catch {
    return [0];
  }
}
