import { defineConfig } from 'vitest/config'

/** Browser tests in Debian's Chromium (npm run test:e2e). They need /usr/bin/chromium. */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    pool: 'forks',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/setup/buildOnce.ts', 'test/setup/seedTemplates.ts'],
    // A seeded server, then programmes assembled with ffmpeg: on a busy 2-core machine over two
    // minutes. The limits catch hangs, not slowness (as in vitest.config.ts).
    hookTimeout: 300_000,
    testTimeout: 120_000,
    maxWorkers: 1,
  },
})
