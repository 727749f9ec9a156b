import { getSearchEngine } from "@/lib/search/serve/get-search-engine";

export const dynamic = "force-dynamic";

const MAX_PREFIX_CHARS = 50;
const DEFAULT_LIMIT = 8;
const MAX_LIMIT = 20;

/** GET /api/suggest?q=复工&limit=8 → { q, suggestions: string[] } */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams;
  const q = Array.from((params.get("q") ?? "").trim())
    .slice(0, MAX_PREFIX_CHARS)
    .join("");
  const limitRaw = Number.parseInt(params.get("limit") ?? "", 10);
  const limit =
    Number.isFinite(limitRaw) && limitRaw > 0 ? Math.min(limitRaw, MAX_LIMIT) : DEFAULT_LIMIT;
  const suggestions = q ? (await getSearchEngine()).suggest(q, limit) : [];
  return Response.json({ q, suggestions }, { headers: { "Cache-Control": "public, max-age=300" } });
}
