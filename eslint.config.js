// ESLint flat config: type-aware rules for every package.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/.tsc/**",
      "**/node_modules/**",
      "packages/web/vite.config.ts",
      "eslint.config.js",
      "scratch/**",
      "**/.scratch/**",
      // A test run's generated shard files (scripts/run-tests.mjs), left behind only by an interrupted run.
      ".test-shards-*/**",
      // Hand-written declarations of plain .mjs scripts (type-checked by tsc through the tests that import them).
      "**/*.d.mts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": [
        "error",
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "it", "describe", "suite"] },
          ],
        },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Plain JavaScript launchers and scripts: lint without type information.
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The core stays pure: it runs unchanged in Node, browsers, worker pools and distributed workers.
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^node:", message: "packages/core must stay pure: no node:* imports." },
            {
              regex: "^(fs|path|os|child_process|worker_threads|http|https|crypto)$",
              message: "packages/core must stay pure.",
            },
            {
              regex: "^(react|react-dom|hono|piscina|bullmq|better-sqlite3|commander)",
              message: "packages/core must stay pure.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...["fetch", "process", "Buffer", "window", "document", "Worker", "require", "setTimeout", "setInterval"].map(
          (name) => ({ name, message: "packages/core must stay pure (no I/O, timers, DOM or workers)." }),
        ),
      ],
    },
  },
  {
    files: ["packages/web/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: reactHooks.configs.recommended.rules,
  },
);
