import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../../scripts/lib/processes'

/**
 * scripts/run.mjs runs servers and scripts bundled by esbuild instead of through tsx: they must see
 * what they saw under tsx (their own source paths, their arguments), and a changed source must never
 * run from an old bundle, even when several processes start at once (test workers, npm start).
 */
const ROOT = path.resolve(import.meta.dirname, '../../..')
const dir = mkdtempSync(path.join(tmpdir(), 'loa-run-bundled-'))
const entry = path.join(dir, 'entry.ts')
const dep = path.join(dir, 'lib', 'dep.ts')
const cacheEntries = () => readdirSync(path.join(ROOT, 'node_modules', '.cache', 'loa-bundles')).filter((name) => name.includes(path.basename(dir)))

mkdirSync(path.dirname(dep))
writeFileSync(entry, "import { value, where } from './lib/dep'\nconst typed: string = value\nconsole.log(JSON.stringify({ typed, where, url: import.meta.url, argv: process.argv.slice(1) }))\n")
const writeDep = (value: string) => writeFileSync(dep, `export const value = ${JSON.stringify(value)}\nexport const where = import.meta.dirname\n`)

const run = async (...args: string[]) => JSON.parse((await promisify(execFile)(process.execPath, [...NODE_FLAGS, entry, ...args], { cwd: ROOT, timeout: 60_000 })).stdout)

afterAll(() => {
  for (const name of cacheEntries()) rmSync(path.join(ROOT, 'node_modules', '.cache', 'loa-bundles', name), { recursive: true, force: true })
  rmSync(dir, { recursive: true, force: true })
})

describe('scripts run bundled (scripts/run.mjs)', () => {
  it('see their own source paths and the arguments they would see under tsx', async () => {
    writeDep('một')
    expect(await run('--date', '2026-12-01')).toEqual({ typed: 'một', where: path.dirname(dep), url: pathToFileURL(entry).href, argv: [entry, '--date', '2026-12-01'] })
  })

  it('run a changed source, never an old bundle, and reuse the bundle while nothing changed', async () => {
    writeDep('hai')
    expect((await run()).typed).toBe('hai')
    const [key] = cacheEntries().filter((name) => !name.endsWith('.json'))
    const bundles = readdirSync(path.join(ROOT, 'node_modules', '.cache', 'loa-bundles', key))
    expect((await run()).typed).toBe('hai')
    expect(readdirSync(path.join(ROOT, 'node_modules', '.cache', 'loa-bundles', key))).toEqual(bundles)
  })

  it('started several at once right after a change, all run the new source', async () => {
    writeDep('ba')
    const outputs = await Promise.all([1, 2, 3, 4].map(() => run()))
    expect(outputs.map((output) => output.typed)).toEqual(['ba', 'ba', 'ba', 'ba'])
  })
})
