import fs from "node:fs";
import path from "node:path";
import { type NextServer, startNextServer } from "../../scripts/next-server";

/**
 * A second production server for the hostile-content tests, on its own loopback port and index.
 * It reuses the `.next` build made by global-setup.ts (never builds or deletes it itself).
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
export type HostileServer = NextServer;

export async function startServerOn(indexDir: string, timeoutMs = 120_000): Promise<HostileServer> {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")))
    throw new Error(
      ".next is missing: run the e2e suite (its global setup builds it) or `npx next build`",
    );
  return startNextServer({
    root: ROOT,
    indexDir,
    readyPath: "/api/suggest?q=%E6%81%B6",
    timeoutMs,
  });
}
