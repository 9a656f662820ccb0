/**
 * `npm run bench:launch [-- N]`: how long Loa takes to start under the tsx loader and bundled
 * (scripts/run.mjs), N runs each (default 5), interleaved so that both see the same machine load:
 * the production server until /readyz answers 200, and `schedule:export` until it exits, each on a
 * copy of one seeded database (news only). Prints every run, the medians and their ratio. Needs a
 * Next build (`npm run build`).
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const RUNS = Number(process.argv[2] || 5)
const VARIANTS = {
  tsx: ['--conditions=production', '--import', 'tsx'],
  bundle: ['--conditions=production', path.join(ROOT, 'scripts', 'run.mjs')],
}
const baseEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', LOA_ADMIN_EMAIL: 'bench@loa.local', LOA_ADMIN_PASSWORD: 'bench-password-123' }
const dirEnv = (dir) => ({ ...baseEnv, DATABASE_URL: `file:${path.join(dir, 'loa.db')}`, LOA_DATA_DIR: dir, LOA_MEDIA_DIR: path.join(dir, 'media') })

const template = mkdtempSync(path.join(tmpdir(), 'loa-bench-launch-'))
const seeded = spawnSync(process.execPath, [...VARIANTS.bundle, 'scripts/seed.ts', '--without-audio'], { cwd: ROOT, env: dirEnv(template), encoding: 'utf8' })
if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}${seeded.stderr}`)

let port = 41000 + Math.floor(Math.random() * 1000)
const exited = (child) => new Promise((resolve) => child.once('exit', (code) => resolve(code)))

async function once(kind, flags) {
  const dir = mkdtempSync(path.join(tmpdir(), 'loa-bench-launch-run-'))
  cpSync(template, dir, { recursive: true })
  const env = { ...dirEnv(dir), PORT: String(++port), HOST: '127.0.0.1' }
  const started = Date.now()
  try {
    if (kind === 'server') {
      const child = spawn(process.execPath, [...flags, 'src/server.ts'], { cwd: ROOT, env, stdio: 'ignore' })
      for (;;) {
        if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((response) => response.status === 200, () => false)
        if (ready) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      const seconds = (Date.now() - started) / 1000
      child.kill('SIGTERM')
      await exited(child)
      return seconds
    }
    const code = await exited(spawn(process.execPath, [...flags, 'scripts/schedule-export.ts'], { cwd: ROOT, env, stdio: 'ignore' }))
    if (code !== 0) throw new Error(`schedule-export exited with ${code}`)
    return (Date.now() - started) / 1000
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const results = {}
for (const kind of ['server', 'script']) {
  for (let run = 0; run < RUNS; run++) {
    // Alternating which goes first, so neither always meets the other's leftovers.
    const order = run % 2 ? ['bundle', 'tsx'] : ['tsx', 'bundle']
    for (const name of order) {
      const seconds = await once(kind, VARIANTS[name])
      ;(results[`${kind} ${name}`] ??= []).push(seconds)
      console.log(`${kind} ${name}: ${seconds.toFixed(2)} s (load ${loadavg()[0].toFixed(1)})`)
    }
  }
}
rmSync(template, { recursive: true, force: true })
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
for (const [name, values] of Object.entries(results)) console.log(`${name}: median ${median(values).toFixed(2)} s (${values.map((v) => v.toFixed(1)).join(', ')})`)
for (const kind of ['server', 'script']) console.log(`${kind}: tsx/bundle ${(median(results[`${kind} tsx`]) / median(results[`${kind} bundle`])).toFixed(2)}×`)
