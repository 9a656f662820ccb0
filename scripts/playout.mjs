/**
 * `npm run playout` (and the playout `npm start` runs): src/playout/index.ts bundled with esbuild
 * and run by plain Node (scripts/lib/bundle.mjs, as scripts/run.mjs runs the server, the worker
 * and the scripts). Under the tsx loader opening the database took 16–28 s instead of 6–7 s on a
 * busy 2-core machine, and a playout restarted after a kill must be back on air within 10 s.
 * Plain JavaScript so that no loader is needed to run it.
 */
import { runEntry } from './lib/bundle.mjs'

await runEntry('src/playout/index.ts')
