import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    pool: 'forks',
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    // Real Liquidsoap and Icecast (Debian packages): npm run test:playout (vitest.playout.config.ts).
    exclude: ['test/integration/playout/**', 'node_modules/**'],
    globalSetup: ['test/setup/buildOnce.ts', 'test/setup/seedTemplates.ts'],
    // Radio tests run ffmpeg and scripts several times over; on a busy 2-core machine a full demo
    // seed or three renders can pass a minute. The limits catch hangs, not slowness.
    hookTimeout: 300_000,
    testTimeout: 180_000,
    // Each integration file starts its own production server (about 400 MB); two at a time fit
    // the 2-core CI machine.
    maxWorkers: 2,
  },
})
