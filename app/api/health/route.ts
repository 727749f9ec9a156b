import {
  getSearchIndexDir,
  loadServedBuild,
  servedIndexHeaders,
} from "@/lib/search/serve/get-search-engine";
import { healthReport } from "@/lib/serve/health-report";
import { readReplicaStatus } from "@/lib/store/pg/replica-status";

export const dynamic = "force-dynamic";

/** GET /api/health: served manifest, database reachability, lag (lib/serve/health-report.ts). */
export async function GET(): Promise<Response> {
  const build = await loadServedBuild();
  const databaseConfigured = Boolean(process.env.XUNWEN_DATABASE_URL?.trim());
  const { status, body } = healthReport({
    served: build && {
      buildId: build.buildId,
      builtAt: build.builtAt,
      articleCount: build.articleCount,
    },
    databaseConfigured,
    status: databaseConfigured ? readReplicaStatus(getSearchIndexDir()) : null,
  });
  return Response.json(body, {
    status,
    headers: { "Cache-Control": "no-store", ...servedIndexHeaders() },
  });
}
