import pg from "pg";
import { clientConfig } from "./connect";
import { MANIFEST_CHANNEL } from "./write-index-run";

/**
 * LISTEN xunwen_manifest on a dedicated connection, as a wake-up for the follower. It must be a
 * direct connection: a pooler in transaction mode hands the session to others and LISTEN is lost.
 * A notification sent while disconnected is lost too, so every (re)connect wakes the follower as
 * well; a dropped connection is re-made with exponential backoff (0.5 s up to 30 s), forever.
 */

export interface ManifestListener {
  listening(): boolean;
  stop(): Promise<void>;
}

const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

export function listenForManifests(url: string, wake: () => void): ManifestListener {
  let client: pg.Client | null = null;
  let up = false;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;
  let backoff = FIRST_BACKOFF_MS;

  const scheduleReconnect = () => {
    up = false;
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, backoff);
    backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
  };

  const connect = async () => {
    const c = new pg.Client(clientConfig(url));
    client = c;
    const lost = () => {
      if (client !== c) return;
      client = null;
      scheduleReconnect();
    };
    c.on("error", lost);
    c.on("end", lost);
    c.on("notification", (n) => {
      if (n.channel === MANIFEST_CHANNEL) wake();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${MANIFEST_CHANNEL}`);
      if (stopped) return void c.end().catch(() => {});
      backoff = FIRST_BACKOFF_MS;
      up = true;
      wake(); // whatever was published while not listening
    } catch {
      lost();
      c.end().catch(() => {});
    }
  };

  void connect();
  return {
    listening: () => up,
    async stop() {
      stopped = true;
      up = false;
      if (retry) clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
