import { watch } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { MANIFEST_FILE, manifestSchema } from "./index-manifest";

/**
 * Serves whatever build the index link points at, switching to a newly published build without a
 * restart. The link is resolved with realpath once per load and every file is read from that real
 * build folder, so a swap during a load can never mix two builds. After the first load, callers
 * never wait: at most once per `checkIntervalMs` a request triggers a cheap realpath check (with
 * `watchLink`, a change of the link triggers one at once), and a new build is loaded in the background while the old one keeps serving, then the reference is
 * swapped. Callers hold their own reference, so in-flight requests finish on the old build, which
 * is garbage once they are done. A build that fails to load is logged once and the old one stays.
 */

export interface LoadedBuild<T> {
  value: T;
  /** The real build folder every file was read from. */
  dir: string;
  /** The manifest's buildId, or the folder name for an index without a manifest. */
  buildId: string;
  /** When the build was made (the manifest's builtAt), or null without a manifest. */
  builtAt: string | null;
  loadedAt: Date;
}

export interface IndexWatcherOptions<T> {
  /** The published link (e.g. data/index) or a plain index folder. */
  link: string;
  load: (realDir: string) => Promise<T>;
  checkIntervalMs?: number;
  /** Also notice a new build as soon as the link changes (fs.watch on its folder), not only at a
   * request's check: saves up to `checkIntervalMs` of an add's way to the searcher. */
  watchLink?: boolean;
  log?: (message: string) => void;
  now?: () => number;
  /** A build that only merged segments (its manifest's mergeOnly) is switched to no sooner than
   * this long after the last switch: it answers as the served build does, and a swap right after
   * another one lands on the garbage and first renders of the first (default 0: at once). */
  mergeSettleMs?: number;
}

/** How many times a load is retried when the link moved meanwhile (its build may be deleted). */
const RETRIES = 3;

interface BuildInfo {
  buildId: string;
  builtAt: string | null;
  mergeOnly: boolean;
}

async function readBuild(dir: string): Promise<BuildInfo> {
  try {
    const parsed = manifestSchema.safeParse(
      JSON.parse(await fs.readFile(path.join(dir, MANIFEST_FILE), "utf8")),
    );
    if (parsed.success) {
      const { buildId, builtAt, mergeOnly = false } = parsed.data;
      return { buildId, builtAt, mergeOnly };
    }
  } catch {
    /* an index written without the CLI has no manifest */
  }
  return { buildId: path.basename(dir), builtAt: null, mergeOnly: false };
}

export class IndexWatcher<T> {
  private current: LoadedBuild<T> | null = null;
  private first: Promise<LoadedBuild<T>> | null = null;
  private refreshing = false;
  private lastCheck = -Infinity;
  private lastSwitch = -Infinity;
  /** A published build that failed to load: not retried until the link points elsewhere. */
  private failedDir: string | null = null;
  private readonly interval: number;
  private readonly log: (message: string) => void;
  private readonly now: () => number;

  constructor(private readonly options: IndexWatcherOptions<T>) {
    this.interval = options.checkIntervalMs ?? 1000;
    this.log = options.log ?? ((m) => console.error(`[xunwen] ${m}`));
    this.now = options.now ?? Date.now;
    if (options.watchLink) this.watchLink();
  }

  private watchLink(): void {
    const name = path.basename(this.options.link);
    try {
      const watcher = watch(path.dirname(this.options.link), (_, file) => {
        if (file === name && this.current) this.checkForNewBuild(true);
      });
      // Without events (a folder that goes, a file system without them) the checks still run.
      watcher.on("error", () => watcher.close());
      watcher.unref();
    } catch {
      // No folder to watch yet: requests' checks find the first build.
    }
  }

  /** The build being served. Only the very first call waits for a load (and rethrows its error). */
  async get(): Promise<LoadedBuild<T>> {
    if (this.current) {
      this.checkForNewBuild();
      return this.current;
    }
    if (!this.first) {
      // A failed first load (no index yet) is not cached: the next call tries again.
      this.first = this.loadLatest().finally(() => (this.first = null));
      this.first.then(
        (b) => this.install(b),
        () => {},
      );
    }
    return this.first;
  }

  /** The served build without triggering anything, or null before the first load. */
  peek(): LoadedBuild<T> | null {
    return this.current;
  }

  /** Resolves the link, loads that build, and retries if the link moved while loading failed. */
  private async loadLatest(): Promise<LoadedBuild<T>> {
    for (let attempt = 1; ; attempt++) {
      const dir = await fs.realpath(this.options.link);
      try {
        const { buildId, builtAt } = await readBuild(dir);
        const value = await this.options.load(dir);
        return { value, dir, buildId, builtAt, loadedAt: new Date() };
      } catch (error) {
        const now = await fs.realpath(this.options.link).catch(() => dir);
        if (now === dir || attempt >= RETRIES)
          throw Object.assign(error as Error, { buildDir: dir });
      }
    }
  }

  /** `loadStartedAt`: when loading it began, for the log line (how long it took, and how long
   * after its publication the swap came). */
  private install(build: LoadedBuild<T>, loadStartedAt?: number): void {
    const previous = this.current;
    this.current = build;
    this.failedDir = null;
    const t = this.now();
    this.lastSwitch = t;
    if (!previous) return;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const timing =
      loadStartedAt === undefined
        ? ""
        : ` loaded in ${seconds(t - loadStartedAt)}` +
          (build.builtAt ? `, ${seconds(t - Date.parse(build.builtAt))} after it was built` : "");
    this.log(
      `switched to index build ${build.buildId} (${build.dir});${timing}; ${previous.buildId} is retired`,
    );
  }

  private checkForNewBuild(now = false): void {
    const t = this.now();
    if (this.refreshing || (!now && t - this.lastCheck < this.interval)) return;
    this.lastCheck = t;
    this.refreshing = true;
    void this.refresh().finally(() => (this.refreshing = false));
  }

  private async refresh(): Promise<void> {
    const dir = await fs.realpath(this.options.link).catch(() => null);
    // A missing link keeps the served build; so does the served or a known-bad build.
    if (!dir || dir === this.current?.dir || dir === this.failedDir) return;
    const startedAt = this.now();
    // Checked again at a later request's check (once per checkIntervalMs).
    const settle = this.options.mergeSettleMs ?? 0;
    if (startedAt - this.lastSwitch < settle && (await readBuild(dir)).mergeOnly) return;
    try {
      this.install(await this.loadLatest(), startedAt);
    } catch (error) {
      const failed = (error as { buildDir?: string }).buildDir ?? dir;
      this.failedDir = failed;
      this.log(
        `cannot load index build ${failed}; still serving ${this.current?.buildId}: ${(error as Error).message}`,
      );
    }
  }
}
