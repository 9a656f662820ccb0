import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { NODE_FLAGS } from '../../scripts/lib/processes'

/**
 * Starts Loa's real production server (src/server.ts behind Express, Next, Payload) on a fresh
 * database: a temporary SQLite file, or a fresh database on the MongoDB server named by
 * LOA_TEST_MONGODB_URL when that is set, so the same suite exercises both adapters.
 */
export type LoaServer = {
  baseUrl: string
  databaseUrl: string
  /** Path of the SQLite file; undefined on MongoDB. */
  sqliteFile?: string
  workDir: string
  env: NodeJS.ProcessEnv
  /** What scripts/seed.ts printed ('' without a seed). */
  seedOutput: string
  output: () => string
  stop: () => Promise<number | null>
}

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const ADMIN = { email: 'admin@test.loa', password: 'admin-test-password-1' }

export function freshDatabaseUrl(workDir: string): { databaseUrl: string; sqliteFile?: string } {
  const mongo = process.env.LOA_TEST_MONGODB_URL
  if (mongo) {
    const url = new URL(mongo)
    url.pathname = `/loa_test_${randomBytes(4).toString('hex')}`
    return { databaseUrl: url.toString() }
  }
  const sqliteFile = path.join(workDir, 'loa.db')
  return { databaseUrl: `file:${sqliteFile}`, sqliteFile }
}

export function usingMongo(): boolean {
  return Boolean(process.env.LOA_TEST_MONGODB_URL)
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], { cwd: ROOT, env })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${script} exited ${code}:\n${output}`))))
  })
}

/** A script run to its end, however it ends: its exit code and everything it printed (stdout and stderr). */
export function runScriptToExit(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], { cwd: ROOT, env })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })))
}

async function waitForReady(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(`${baseUrl}/readyz`)
      if (response.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${output()}`)
}

export const SEED_MODE_ARGS = { news: ['--without-audio'], full: ['--aired-days', '0'], demo: [] } as const

/**
 * A database and media folder seeded once for the whole run by the global setup
 * (test/setup/seedTemplates.ts), copied instead of seeding again: the same content, without a
 * seed process (and, for 'full', 20-odd seconds of generated and measured audio) per test file.
 * SQLite only; MongoDB runs seed each time.
 */
function seedTemplate(seed: 'news' | 'full' | 'demo'): { dir: string; output: string } | null {
  const root = process.env.LOA_TEST_SEED_TEMPLATES
  if (!root || usingMongo() || seed === 'demo') return null
  const dir = path.join(root, seed)
  return existsSync(path.join(dir, 'loa.db')) ? { dir, output: `(seed ${seed} copied from ${dir})` } : null
}

/**
 * seed: 'news' (articles, users; fast), 'full' (also the radio: generated audio, schedule), 'demo'
 * (what `npm start` seeds: also the programmes that aired in the last days, rendered; seconds per
 * programme), or none. seedArgs go to scripts/seed.ts (e.g. --now, --aired-days).
 */
export async function startLoaServer({
  seed = 'news',
  seedArgs = [],
  env: extraEnv = {},
}: { seed?: 'news' | 'full' | 'demo' | false; seedArgs?: string[]; env?: Record<string, string> } = {}): Promise<LoaServer> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'loa-test-'))
  const { databaseUrl, sqliteFile } = freshDatabaseUrl(workDir)
  const port = await freePort()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOA_DATA_DIR: workDir,
    LOA_MEDIA_DIR: path.join(workDir, 'media'),
    LOA_VIEW_FLUSH_MS: '1000',
    LOA_ADMIN_EMAIL: ADMIN.email,
    LOA_ADMIN_PASSWORD: ADMIN.password,
    ...extraEnv,
  }
  const template = seed && seedArgs.length === 0 ? seedTemplate(seed) : null
  if (template) cpSync(template.dir, workDir, { recursive: true })
  const seedOutput = template ? template.output : seed ? await runScript('scripts/seed.ts', [...SEED_MODE_ARGS[seed], ...seedArgs], env) : ''
  let log = ''
  const child = spawn(process.execPath, [...NODE_FLAGS, 'src/server.ts'], { cwd: ROOT, env })
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const baseUrl = `http://127.0.0.1:${port}`
  const output = () => log
  await waitForReady(baseUrl, child, output)
  return {
    baseUrl,
    databaseUrl,
    sqliteFile,
    workDir,
    env,
    seedOutput,
    output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          rmSync(workDir, { recursive: true, force: true })
          return resolve(child.exitCode)
        }
        child.once('exit', (code) => {
          rmSync(workDir, { recursive: true, force: true })
          resolve(code)
        })
        child.kill('SIGTERM')
      }),
  }
}
