import { describe, expect, it } from "vitest";
import { findMissingPackages } from "../scripts/cluster/missing-packages";

describe("npm run cluster on a machine without nginx or PostgreSQL", () => {
  it("names the Debian packages and the apt command, and installs nothing", () => {
    const missing = findMissingPackages({
      needPostgres: true,
      nginxBin: "/nonexistent/nginx",
      postgresBin: null,
    });
    expect(missing?.packages).toEqual(["nginx", "postgresql-15"]);
    expect(missing?.message).toContain("apt-get install -y nginx postgresql-15");
    expect(missing?.message).toContain("Nothing was installed");
  });

  it("does not ask for PostgreSQL when XUNWEN_DATABASE_URL names a database", () => {
    const missing = findMissingPackages({
      needPostgres: false,
      nginxBin: "/nonexistent/nginx",
      postgresBin: null,
    });
    expect(missing?.packages).toEqual(["nginx"]);
  });
});
