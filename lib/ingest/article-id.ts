import { createHash } from "node:crypto";
import { normalizeText } from "../text/normalize";

/**
 * Article ids are derived from what the article is, never from file order, so shared links keep
 * working across rebuilds: the URL when there is one, else the normalised title and text.
 */
export function toArticleId(parts: { url: string | null; title: string; body: string }): string {
  return toArticleIdOfNormalized({
    url: parts.url,
    title: normalizeText(parts.title),
    body: normalizeText(parts.body),
  });
}

/** toArticleId of a title and body that are normalised already. */
export function toArticleIdOfNormalized(parts: {
  url: string | null;
  title: string;
  body: string;
}): string {
  const basis = parts.url ?? `${parts.title}\n${parts.body}`;
  return createHash("sha256").update(basis).digest("base64url").slice(0, 12);
}

/** The id for a second, different article found at an already used URL. */
export function toDisambiguatedId(id: string, title: string): string {
  return createHash("sha256")
    .update(`${id}\n${normalizeText(title)}`)
    .digest("base64url")
    .slice(0, 12);
}
