import { defineConfig } from 'vitest/config'

/** Browser tests in Debian's Chromium (npm run test:e2e). They need /usr/bin/chromium. */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    pool: 'forks',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/setup/buildOnce.ts'],
    hookTimeout: 120_000,
    testTimeout: 120_000,
    maxWorkers: 1,
  },
})
