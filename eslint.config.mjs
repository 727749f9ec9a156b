import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // `const { body: _body, ...rest } = a` drops a field on purpose.
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { ignoreRestSiblings: true, argsIgnorePattern: "^_" },
      ],
    },
  },
  {
    ignores: [
      "tmp/**",
      ".next/**",
      "node_modules/**",
      "data/**",
      "test/screenshots/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
