import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * What a replica's follower knows of the database, written by the primary process (which follows
 * the database) and read by the workers' /api/health. A file beside the index link, not inside
 * it: the link points at a build folder, and the builds folder is pruned on every publish. No pg
 * import here, so routes that read it keep pg out of Next's bundle.
 */

export const replicaStatusSchema = z.object({
  databaseReachable: z.boolean().nullable(),
  /** When the follower last asked the database (ISO). */
  checkedAt: z.string().nullable(),
  lastError: z.string().nullable(),
  /** The database's latest manifest as last seen, and when it was published. */
  dbManifest: z.string().nullable(),
  dbPublishedAt: z.string().nullable(),
  /** The manifest the local folder holds (what the workers load). */
  localManifest: z.string().nullable(),
  /** Whether the LISTEN connection is up (else only polling finds new manifests). */
  listening: z.boolean(),
});

export type ReplicaStatus = z.infer<typeof replicaStatusSchema>;

export function replicaStatusFile(indexDir: string): string {
  return path.join(path.dirname(path.resolve(indexDir)), "replica-status.json");
}

/** Written to a temporary file and renamed, so a reader never sees half of it. */
export function writeReplicaStatus(indexDir: string, status: ReplicaStatus): void {
  const file = replicaStatusFile(indexDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(status, null, 1));
  fs.renameSync(tmp, file);
}

export function readReplicaStatus(indexDir: string): ReplicaStatus | null {
  try {
    const raw: unknown = JSON.parse(fs.readFileSync(replicaStatusFile(indexDir), "utf8"));
    const parsed = replicaStatusSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
