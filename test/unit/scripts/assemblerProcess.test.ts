import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { ASSEMBLER_NODE_FLAGS } from '../../../scripts/lib/processes'

/**
 * The process that assembles programmes (`npm run assemble`, the worker) stays small (issue 13,
 * item 8; `npm run bench:assemble` prints the figure for a real assembly): it starts with the V8
 * flags that keep the young generation small, and opening Payload on SQLite loads neither the image
 * library (sharp), nor the MongoDB driver, nor the mail library, none of which it uses.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..')
const dir = mkdtempSync(path.join(tmpdir(), 'loa-assembler-process-'))
const entry = path.join(dir, 'opens-payload.ts')
const cacheRoot = path.join(ROOT, 'node_modules', '.cache', 'loa-bundles')

const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>
/** The node flags an npm script puts before scripts/run.mjs. */
const nodeFlagsOf = (name: string) => /\bnode ((?:--\S+ )*)scripts\/run\.mjs /.exec(scripts[name])?.[1].trim().split(' ') ?? []

// What scripts/assemble.ts and the worker do first: open Payload (the database migrated). Then it
// reports which packages are loaded, the young generation's size and the peak RSS so far.
writeFileSync(
  entry,
  `import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { getHeapSpaceStatistics } from 'node:v8'
import { openPayload } from ${JSON.stringify(path.join(ROOT, 'src/boot/openPayload.ts'))}
const { payload } = await openPayload({ key: 'assembler-process-test' })
const packages = Object.keys(createRequire(import.meta.url).cache).map((file) => /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file)?.[1])
const newSpace = getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0
const peakKb = Number(/VmHWM:\\s+(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1])
console.log(JSON.stringify({ packages: [...new Set(packages)].filter(Boolean), newSpaceMb: newSpace / 1048576, peakMb: peakKb / 1024 }))
await payload.destroy()
process.exit(0)
`,
)

afterAll(() => {
  for (const name of readdirSync(cacheRoot).filter((n) => n.includes(path.basename(dir)))) rmSync(path.join(cacheRoot, name), { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
})

describe('the assembling process (npm run assemble, the worker)', () => {
  it('is started with the memory flags, by npm run assemble, npm run worker and npm start alike', () => {
    expect(nodeFlagsOf('assemble')).toEqual(expect.arrayContaining(ASSEMBLER_NODE_FLAGS))
    expect(nodeFlagsOf('worker')).toEqual(nodeFlagsOf('assemble'))
    // npm start runs the worker with ASSEMBLER_NODE_FLAGS (scripts/start.ts).
    expect(readFileSync(path.join(ROOT, 'scripts/start.ts'), 'utf8')).toMatch(/'worker', process\.execPath, \[\.\.\.ASSEMBLER_NODE_FLAGS,/)
  })

  it('opens Payload on SQLite without sharp, the MongoDB driver or nodemailer, and under 200 MB', async () => {
    const work = mkdtempSync(path.join(dir, 'station-'))
    const { stdout } = await promisify(execFile)(process.execPath, [...nodeFlagsOf('assemble'), 'scripts/run.mjs', entry], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: `file:${path.join(work, 'loa.db')}`, LOA_DATA_DIR: work, LOA_MEDIA_DIR: path.join(work, 'media'), LOA_LOG_LEVEL: 'error' },
      timeout: 120_000,
    })
    const report = JSON.parse(stdout.trim().split('\n').at(-1) as string) as { packages: string[]; newSpaceMb: number; peakMb: number }
    // The list is of CommonJS packages (sharp, mongoose, mongodb and nodemailer are): one the assembler uses.
    expect(report.packages).toContain('fluent-ffmpeg')
    expect(report.packages).not.toContain('sharp')
    expect(report.packages).not.toContain('mongoose')
    expect(report.packages).not.toContain('mongodb')
    expect(report.packages).not.toContain('nodemailer')
    // --max-semi-space-size=1: two 1 MB semi-spaces, where V8's default grows to 32 MB.
    expect(report.newSpaceMb).toBeLessThanOrEqual(2)
    expect(report.peakMb).toBeLessThanOrEqual(200)
  })
})
