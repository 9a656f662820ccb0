/**
 * `npm run playout` (and the playout `npm start` runs): src/playout/index.ts bundled with esbuild
 * (node_modules are left out) and run by plain Node. Under the tsx loader, every one of the
 * thousands of modules Payload loads goes through its hooks: opening the database took 16–28 s
 * instead of 6–7 s on a busy 2-core machine, and a playout restarted after a kill must be back on air
 * within 10 s. Plain JavaScript so that no loader is needed to run it.
 *
 * The bundle is made at each start (a fraction of a second) and kept under a folder named by its
 * content hash, written to a temporary folder and renamed, so two playouts starting at once, or a
 * playout started while another runs an older version, never read a half-written bundle.
 */
import { createHash } from 'node:crypto'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// Inside node_modules, so the bundle's imports of packages resolve to the project's node_modules.
const cache = path.join(root, 'node_modules', '.cache', 'loa-playout')

async function bundle() {
  const { build } = await import('esbuild')
  const result = await build({
    entryPoints: [path.join(root, 'src', 'playout', 'index.ts')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outdir: path.join(cache, 'out'),
    write: false,
    logLevel: 'error',
  })
  const hash = createHash('sha256')
  for (const file of result.outputFiles) hash.update(path.basename(file.path)).update(file.contents)
  const dir = path.join(cache, hash.digest('hex').slice(0, 16))
  const exists = await stat(path.join(dir, 'index.js')).then(() => true, () => false)
  if (!exists) {
    const temp = `${dir}.${process.pid}.tmp`
    await mkdir(temp, { recursive: true })
    for (const file of result.outputFiles) await writeFile(path.join(temp, path.basename(file.path)), file.contents)
    try {
      await rename(temp, dir)
    } catch {
      // Another playout renamed the same bundle first.
      await rm(temp, { recursive: true, force: true })
    }
  }
  return path.join(dir, 'index.js')
}

let entry
try {
  entry = pathToFileURL(await bundle()).href
} catch (error) {
  // No esbuild (it comes with tsx): run the sources through tsx, slower to start.
  console.log(`[playout] Không đóng gói được mã phát sóng (${error instanceof Error ? error.message : error}); chạy bằng tsx.`)
  const { register } = await import('tsx/esm/api')
  register()
  entry = pathToFileURL(path.join(root, 'src', 'playout', 'index.ts')).href
}
await import(entry)
