import type { NextConfig } from "next";
import { buildContentSecurityPolicy } from "./lib/content-security-policy";

// Pages get their policy, with a per-request nonce, from proxy.ts; API responses get this one
// (no inline script at all). Two policies on one page would both apply, so pages get only one.
const apiContentSecurityPolicy = buildContentSecurityPolicy({
  nonce: null,
  dev: process.env.NODE_ENV === "development",
});

const nextConfig: NextConfig = {
  // nodejieba and resvg are native addons: they must be required at run time, never bundled.
  serverExternalPackages: ["nodejieba", "flexsearch", "@resvg/resvg-js"],
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: apiContentSecurityPolicy }],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
