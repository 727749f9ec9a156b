import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Long work on a server's event loop, paced by time: `pause()` at each point where the work may
 * stop lets the loop run (requests, timers) only once a slice of work has gone by since the last
 * pause. A fixed step count either pauses far more often than needed (each pause waits a whole
 * turn of a busy loop: composing a 75,806-article view took 3.0 s instead of 0.4 s between
 * 10 ms turns, with 241 pauses) or blocks too long when the machine is slow; a time slice does
 * neither, and under CPU contention, when a slice's work takes longer, it pauses sooner.
 */
export class EventLoopPacer {
  private sliceStart = performance.now();

  /** `sliceMs`: how long the work may run between two turns of the loop. */
  constructor(private readonly sliceMs = SLICE_MS) {}

  /** Resolves at once while the slice lasts, else after one turn of the loop. */
  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < this.sliceMs) return;
    await nextTurn();
    this.sliceStart = performance.now();
  }
}

/**
 * Well under the 50 ms a request may wait behind a task (the load test's lag target), because a
 * GC pause can land inside a slice: right after a swap, pauses of 20-48 ms were measured under
 * load. Composing all of xwlb between 10 ms turns takes 0.61-0.65 s with 5 ms slices (longest
 * stretch 11-13 ms), 0.33-0.38 s with 15 ms ones (longest stretch 20-28 ms).
 */
export const SLICE_MS = 5;

/** Work written as a generator that yields where it may pause, run to its end at once. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The same work, letting the event loop run between steps as `pacer` says. */
export async function runStepsPaced<T>(
  steps: Generator<void, T>,
  pacer: EventLoopPacer,
): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await pacer.pause();
  }
}
