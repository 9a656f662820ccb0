import { defineConfig } from 'vitest/config'

/**
 * On-air tests with the real Liquidsoap and Icecast (npm run test:playout). They need the Debian
 * packages liquidsoap and icecast2, so they are not part of `npm test`, which runs on Node and npm
 * alone; .ci/run installs both and runs these after it. One file at a time: each measures timing
 * to a fraction of a second against the system clock.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    pool: 'forks',
    include: ['test/integration/playout/**/*.test.ts'],
    hookTimeout: 120_000,
    testTimeout: 120_000,
    maxWorkers: 1,
  },
})
