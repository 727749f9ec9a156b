/**
 * Cache misses wait their turn: after a new index build is swapped in, every request misses the
 * response cache at once, and rendering them side by side keeps a worker's event loop busy for
 * hundreds of milliseconds (measured: 550 ms under 64 connections). Started one at a time, each
 * from its own event-loop turn, a render blocks the loop for no longer than its own synchronous
 * work, so timers, health checks and cache hits keep being answered in between.
 */
export class RenderQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  /** `slotMs`: a render still going after this long lets the next one start (it is never cut). */
  constructor(
    private readonly concurrency = 1,
    private readonly slotMs = 5000,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    await new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.startNext();
    });
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.running--;
      this.startNext();
    };
    const timer = setTimeout(release, this.slotMs);
    timer.unref();
    try {
      return await task();
    } finally {
      clearTimeout(timer);
      release();
    }
  }

  private startNext(): void {
    if (this.running >= this.concurrency) return;
    const start = this.waiting.shift();
    if (!start) return;
    this.running++;
    setImmediate(start);
  }
}
