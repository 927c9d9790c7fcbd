import { defineConfig } from "vitest/config";

// One root config; each package is a project. The "@ccdc/source" export condition makes
// workspace packages resolve to their TypeScript source, so tests need no build.
const shared = {
  resolve: { conditions: ["@ccdc/source"] },
  ssr: { resolve: { conditions: ["@ccdc/source"] } },
};

// CI asks for a machine-readable summary too (.ci/run prints "N passed, N failed" from it).
const jsonReport = process.env.CCDC_TEST_JSON;

export default defineConfig({
  test: {
    ...(jsonReport ? { reporters: ["default", "json"], outputFile: { json: jsonReport } } : {}),
    projects: [
      { ...shared, test: { name: "plan", root: "packages/plan", include: ["src/**/*.test.ts"] } },
      { ...shared, test: { name: "dsl", root: "packages/dsl", include: ["src/**/*.test.ts"] } },
      {
        ...shared,
        test: { name: "engine", root: "packages/engine", include: ["src/**/*.test.ts"] },
      },
      { ...shared, test: { name: "cli", root: "packages/cli", include: ["src/**/*.test.ts"] } },
      {
        ...shared,
        test: { name: "e2e", root: "test", include: ["**/*.test.ts"], testTimeout: 60000 },
      },
    ],
  },
});
