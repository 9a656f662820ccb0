/**
 * `next build` only when the sources changed since the last build: a hash of everything the build
 * reads is kept in .next/loa-build-hash. Used by `npm start` and by the test setup.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run } from './lib/processes'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const INPUTS = ['src', 'payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json']
const HASH_FILE = path.join(root, '.next', 'loa-build-hash')

function listFiles(entry: string): string[] {
  const full = path.join(root, entry)
  if (!existsSync(full)) return []
  if (statSync(full).isFile()) return [entry]
  return readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

export function sourceHash(): string {
  const hash = createHash('sha256')
  for (const file of INPUTS.flatMap(listFiles)) {
    hash.update(file)
    hash.update(readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

export async function buildIfNeeded(): Promise<'built' | 'up-to-date'> {
  const wanted = sourceHash()
  const current = existsSync(HASH_FILE) ? readFileSync(HASH_FILE, 'utf8').trim() : ''
  if (current === wanted && existsSync(path.join(root, '.next', 'BUILD_ID'))) return 'up-to-date'
  console.log('[build] Mã nguồn đã thay đổi, đang build giao diện (next build, khoảng 1 phút)…')
  const started = Date.now()
  await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
  })
  writeFileSync(HASH_FILE, wanted + '\n')
  console.log(`[build] Xong sau ${((Date.now() - started) / 1000).toFixed(1)} s`)
  return 'built'
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(`[build] ${await buildIfNeeded()}`)
}
