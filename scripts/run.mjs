/**
 * `node --conditions=production scripts/run.mjs <file.ts> [args…]`: runs one of Loa's TypeScript
 * entry points (the server, the worker, a script) bundled by esbuild under plain Node, instead of
 * through the tsx loader, which doubles the time to load Payload and Next (scripts/lib/bundle.mjs).
 * The script sees the same process.argv as under `node --import tsx <file.ts> [args…]`.
 * Plain JavaScript so that no loader is needed to run it.
 */
import path from 'node:path'
import { runEntry } from './lib/bundle.mjs'

const [script, ...args] = process.argv.slice(2)
if (!script) {
  console.error('Cách dùng: node --conditions=production scripts/run.mjs <tệp.ts> [tham số…]')
  process.exit(2)
}
const source = path.resolve(script)
process.argv = [process.argv[0], source, ...args]
await runEntry(source)
