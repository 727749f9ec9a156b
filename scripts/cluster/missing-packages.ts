import fs from "node:fs";
import { findPostgresBin } from "../../lib/store/pg/local-postgres";
import { NGINX_BIN } from "./start-nginx";

/**
 * What the cluster needs from Debian and does not find: nginx, and PostgreSQL's server binaries
 * unless XUNWEN_DATABASE_URL names a running database. Nothing is installed here: the cluster
 * names the packages and the apt command, and stops.
 */

export interface MissingPackages {
  packages: string[];
  message: string;
}

export function findMissingPackages(options: {
  needPostgres: boolean;
  nginxBin?: string;
  postgresBin?: string | null;
}): MissingPackages | null {
  const { nginxBin = NGINX_BIN, postgresBin = findPostgresBin() } = options;
  const packages: string[] = [];
  if (!fs.existsSync(nginxBin)) packages.push("nginx");
  if (options.needPostgres && !postgresBin) packages.push("postgresql-15");
  if (packages.length === 0) return null;
  const message = [
    `The cluster needs these Debian packages: ${packages.join(", ")}. Nothing was installed.`,
    `Install them, e.g.: sudo apt-get install -y ${packages.join(" ")}`,
    ...(options.needPostgres
      ? ["(or set XUNWEN_DATABASE_URL to a PostgreSQL database you run elsewhere)"]
      : []),
  ].join("\n");
  return { packages, message };
}
