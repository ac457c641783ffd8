/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/setup-text-codec.ts", "<rootDir>/test/setup-property-seed.ts", "<rootDir>/test/setup-cli-sources.ts"],
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // A browser suite whose beforeAll times out while Chromium is still starting (a loaded
  // machine) leaves that browser running after its afterAll: the run must still end with its
  // result, not wait for it until CI's time limit (seen on a machine at load 20).
  forceExit: true,
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  collectCoverageFrom: ["src/core/**/*.ts"],
  coverageReporters: ["text-summary", "lcov"],
  coverageThreshold: {
    "./src/core/": { lines: 95 },
  },
};
