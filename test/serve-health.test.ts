import { describe, expect, it } from "vitest";
import { healthReport } from "../lib/serve/health-report";
import type { ReplicaStatus } from "../lib/store/pg/replica-status";

/** /api/health's answer from what the worker serves and what the follower last saw. */

const served = { buildId: "b2", builtAt: "2026-12-03T06:00:00.000Z", articleCount: 12 };
const status = (s: Partial<ReplicaStatus>): ReplicaStatus => ({
  databaseReachable: true,
  checkedAt: "2026-12-03T06:10:00.000Z",
  lastError: null,
  dbManifest: "b2",
  dbPublishedAt: "2026-12-03T06:00:05.000Z",
  localManifest: "b2",
  listening: true,
  ...s,
});
const now = Date.parse("2026-12-03T06:10:00.000Z");

describe("health report", () => {
  it("without a database: the served manifest, no lag, 200", () => {
    const r = healthReport({ served, databaseConfigured: false, status: null, now });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      ok: true,
      manifest: served,
      database: { configured: false, reachable: null, checkedAt: null },
      lagSeconds: null,
    });
  });

  it("current with the database: lag 0", () => {
    const r = healthReport({ served, databaseConfigured: true, status: status({}), now });
    expect(r.body.lagSeconds).toBe(0);
    expect(r.body.database.reachable).toBe(true);
  });

  it("behind: seconds since the newer manifest was published", () => {
    const s = status({ dbManifest: "b3", dbPublishedAt: "2026-12-03T06:09:30.000Z" });
    expect(healthReport({ served, databaseConfigured: true, status: s, now }).body.lagSeconds).toBe(
      30,
    );
  });

  it("database down: still 200 while an index is served, and the reason", () => {
    const s = status({
      databaseReachable: false,
      lastError: "PostgreSQL at h:5432/x is unreachable: ECONNREFUSED",
    });
    const r = healthReport({ served, databaseConfigured: true, status: s, now });
    expect(r.status).toBe(200);
    expect(r.body.database).toMatchObject({
      reachable: false,
      error: expect.stringContaining("unreachable"),
    });
  });

  it("no index served: 503", () => {
    const r = healthReport({ served: null, databaseConfigured: true, status: null, now });
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({ ok: false, manifest: null, lagSeconds: null });
  });
});
