/**
 * `npm run playout` (and the playout `npm start` runs): src/playout/index.ts bundled with esbuild
 * and run by plain Node (scripts/lib/bundle.mjs, as scripts/run.mjs runs the server, the worker
 * and the scripts). Under the tsx loader opening the database took 16–28 s instead of 6–7 s on a
 * busy 2-core machine, and a playout restarted after a kill must be back on air within 10 s.
 * Plain JavaScript so that no loader is needed to run it.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { bundledEntry, root } from './lib/bundle.mjs'

const source = path.join(root, 'src', 'playout', 'index.ts')
let entry
try {
  entry = pathToFileURL(await bundledEntry(source)).href
} catch (error) {
  // No esbuild (it comes with tsx): run the sources through tsx, slower to start.
  console.log(`[playout] Không đóng gói được mã phát sóng (${error instanceof Error ? error.message : error}); chạy bằng tsx.`)
  const { register } = await import('tsx/esm/api')
  register()
  entry = pathToFileURL(source).href
}
await import(entry)
