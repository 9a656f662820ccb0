import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort, freshDatabaseUrl, ROOT, runScript } from '../support/loaServer'

/**
 * `docker stop` sends SIGTERM to the main process, here npm. The whole tree (npm, sh, start.ts, the
 * web server, the worker and any ffmpeg) must be gone soon after, and the port free for a restart.
 */
type Proc = { pid: number; ppid: number; state: string; cmdline: string }

function processTable(): Proc[] {
  const table: Proc[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const afterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ')
      table.push({ pid: Number(entry), state: afterName[0], ppid: Number(afterName[1]), cmdline })
    } catch {
      // exited while we looked
    }
  }
  return table
}

function descendantsOf(root: number): Proc[] {
  const table = processTable()
  const found: Proc[] = []
  const queue = [root]
  while (queue.length > 0) {
    const parent = queue.shift() as number
    for (const proc of table) if (proc.ppid === parent) (found.push(proc), queue.push(proc.pid))
  }
  return found
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let started: { npm: ChildProcess; workDir: string; tree: () => Proc[] } | null = null

afterEach(async () => {
  // Whatever the outcome, leave no Loa process behind for the rest of the suite.
  if (!started) return
  for (const proc of started.tree()) if (alive(proc.pid)) process.kill(proc.pid, 'SIGKILL')
  if (started.npm.exitCode === null) started.npm.kill('SIGKILL')
  rmSync(started.workDir, { recursive: true, force: true })
  started = null
})

async function npmStart() {
  const workDir = mkdtempSync(path.join(tmpdir(), 'loa-start-'))
  const port = await freePort()
  const { databaseUrl } = freshDatabaseUrl(workDir)
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOA_DATA_DIR: workDir,
    LOA_MEDIA_DIR: path.join(workDir, 'media'),
    LOA_ADMIN_PASSWORD: 'start-stop-password-1',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  // Not inherited from a test run that was itself started by npm.
  delete env.npm_lifecycle_event
  delete env.LOA_EXIT_WITH_PARENT
  // Seeded beforehand without audio (start's own seed then has nothing to do): generating the demo
  // audio takes minutes on a busy machine and is not what this test is about.
  await runScript('scripts/seed.ts', ['--without-audio'], { ...env, NODE_ENV: 'production' })
  let log = ''
  const npm = spawn('npm', ['start'], { cwd: ROOT, env })
  npm.stdout?.on('data', (chunk) => (log += chunk))
  npm.stderr?.on('data', (chunk) => (log += chunk))
  const seen = new Map<number, Proc>()
  const tree = () => {
    for (const proc of descendantsOf(npm.pid as number)) seen.set(proc.pid, proc)
    return [...seen.values()]
  }
  started = { npm, workDir, tree }
  const deadline = Date.now() + 240_000
  for (;;) {
    if (npm.exitCode !== null) throw new Error(`npm start exited ${npm.exitCode}:\n${log}`)
    if (Date.now() > deadline) throw new Error(`not ready:\n${log}`)
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status === 200).catch(() => false)
    const procs = tree()
    if (ready && procs.some((p) => p.cmdline.includes('src/worker/index.ts'))) break
    await sleep(500)
  }
  const procs = tree()
  const startTs = procs.find((p) => p.cmdline.includes('scripts/start.ts')) as Proc
  expect(startTs).toBeDefined()
  expect(procs.some((p) => p.cmdline.includes('src/server.ts'))).toBe(true)
  return { npm, port, tree, startTs, output: () => log }
}

async function expectAllGone(npmPid: number, tree: () => Proc[], port: number, output: () => string) {
  const deadline = Date.now() + 15_000
  let left: Proc[] = []
  while (Date.now() < deadline) {
    left = [{ pid: npmPid, ppid: 0, state: '', cmdline: 'npm start' }, ...tree()].filter((proc) => alive(proc.pid))
    if (left.length === 0) break
    await sleep(250)
  }
  expect(left.map((proc) => `${proc.pid} ${proc.cmdline}`), output()).toEqual([])
  expect(await portIsFree(port)).toBe(true)
}

describe('npm start stops as a whole', () => {
  it('SIGTERM to the npm process stops the web server and the worker and frees the port', async () => {
    const { npm, port, tree, output } = await npmStart()
    process.kill(npm.pid as number, 'SIGTERM')
    await expectAllGone(npm.pid as number, tree, port, output)
    expect(output()).toContain('[loa] Đã dừng.')
  }, 300_000)

  it('SIGKILL to start.ts: the web server and the worker notice and stop by themselves', async () => {
    const { npm, port, tree, startTs, output } = await npmStart()
    process.kill(startTs.pid, 'SIGKILL')
    await expectAllGone(npm.pid as number, tree, port, output)
    expect(output()).toContain('[loa] Đã dừng.')
  }, 300_000)
})
