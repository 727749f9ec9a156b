import fs from "node:fs";
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

function findPostgresBinDir(): string | null {
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort().reverse() : [];
  for (const v of versions) if (fs.existsSync(`${root}/${v}/bin/initdb`)) return `${root}/${v}/bin`;
  return null;
}

export function findMissingPackages(options: { needPostgres: boolean }): MissingPackages | null {
  const packages: string[] = [];
  if (!fs.existsSync(NGINX_BIN)) packages.push("nginx");
  if (options.needPostgres && !findPostgresBinDir()) packages.push("postgresql-15");
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
