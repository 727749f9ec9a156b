/**
 * A worker thread's eval source: it runs the TypeScript file at `url` the way scripts run (through
 * tsx's loader, which each thread registers for itself).
 */
export function workerBootstrap(url: URL): string {
  return `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
}
