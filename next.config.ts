import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // nodejieba is a native addon: it must be required at run time, never bundled.
  serverExternalPackages: ["nodejieba", "flexsearch"],
};

export default nextConfig;
