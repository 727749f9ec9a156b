import { describe, expect, it } from "vitest";
import { RenderQueue } from "../lib/serve/render-queue";

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe("cache misses after an index swap", () => {
  it("render one at a time, each in its own event-loop turn, so timers run in between", async () => {
    const queue = new RenderQueue();
    const events: string[] = [];
    const renders = Array.from({ length: 5 }, (_, i) =>
      queue.run(async () => {
        events.push(`render ${i}`);
        busy(20);
      }),
    );
    // A timer due at once (a health check, a lag sample) must not wait for all five renders.
    setTimeout(() => events.push("timer"), 0);
    await Promise.all(renders);
    expect(events.indexOf("timer")).toBeGreaterThan(-1);
    expect(events.indexOf("timer")).toBeLessThan(events.length - 1);
    expect(events.filter((e) => e.startsWith("render"))).toEqual([
      "render 0",
      "render 1",
      "render 2",
      "render 3",
      "render 4",
    ]);
  });

  it("a render that never ends holds up the others for a while, not for ever", async () => {
    const queue = new RenderQueue(1, 50);
    void queue.run(() => new Promise(() => {}));
    await expect(queue.run(() => Promise.resolve("next"))).resolves.toBe("next");
  });

  it("a failed render does not stop the ones after it", async () => {
    const queue = new RenderQueue();
    const failed = queue.run(() => Promise.reject(new Error("bad page")));
    const next = queue.run(() => Promise.resolve("ok"));
    await expect(failed).rejects.toThrow("bad page");
    await expect(next).resolves.toBe("ok");
  });
});
