import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    pool: 'forks',
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    globalSetup: ['test/setup/buildOnce.ts'],
    hookTimeout: 120_000,
    testTimeout: 60_000,
    // Each integration file starts its own production server (about 400 MB); two at a time fit
    // the 2-core CI machine.
    maxWorkers: 2,
  },
})
