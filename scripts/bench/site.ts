/**
 * npm run bench:site — the public site under load, every figure against a baseline measured in the same run.
 *
 * Seeds a temporary SQLite database with 5,000 published articles and starts Loa's production
 * server, then measures with autocannon (32 connections, BENCH_SECONDS each):
 * - cached: an article and the home page, against the same bytes served as static files by Express
 *   (targets: ratio >= 0.5, p99 <= 100 ms);
 * - tracking parameters: the article with a unique ?fbclid=… on every request (target: ratio >= 0.5
 *   to the plain article);
 * - after an edit: one article edited every second (REST, as the admin) while the 32 clients read it
 *   and its category page (target: p99 <= 100 ms, and the edits visible);
 * - cold: the article rendered on every request (LOA_PAGE_CACHE=off), against the same measured on
 *   "today's" renderer, Next's app router, from BENCH_BASELINE_REV (default 42b3d58, the last
 *   commit where Next rendered the public pages), checked out and built in a temporary worktree
 *   (target: >= 4x its requests/s). BENCH_BASELINE_REV=none skips it.
 * Both cold servers run under --cpu-prof; the CPU time of one request is split by where it is spent
 * (database, Payload, Lexical, React, Next, the rest) from the profiles.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import express from 'express'
import { buildIfNeeded } from '../build-if-needed'
import { NODE_FLAGS } from '../lib/processes'

const ARTICLES = Number(process.env.BENCH_ARTICLES || 5000)
const CONNECTIONS = 32
const SECONDS = Number(process.env.BENCH_SECONDS || 10)
const BASELINE_REV = process.env.BENCH_BASELINE_REV || '42b3d58'
const ROOT = process.cwd()
const log = (line: string) => console.log(`[bench] ${line}`)

const workDir = mkdtempSync(path.join(tmpdir(), 'loa-bench-site-'))
const ADMIN = { email: 'bench@loa.local', password: 'bench-password-123' }
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(workDir, 'loa.db')}`,
  LOA_DATA_DIR: workDir,
  LOA_MEDIA_DIR: path.join(workDir, 'media'),
  LOA_ADMIN_EMAIL: ADMIN.email,
  LOA_ADMIN_PASSWORD: ADMIN.password,
  HOST: '127.0.0.1',
}
let nextPort = 3900 + Math.floor(Math.random() * 80)

function runNode(args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`))))
  })
}

type Server = { base: string; stop: () => Promise<void> }

/** A production server from `dir` (this checkout or the baseline's), ready when /readyz says so. */
async function startServer(dir: string, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Server> {
  const port = String(nextPort++)
  const child = spawn(process.execPath, [...nodeArgs, '--conditions=production', path.join(dir, 'scripts/run.mjs'), 'src/server.ts'], {
    cwd: dir,
    env: { ...env, PORT: port, ...extraEnv },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const base = `http://127.0.0.1:${port}`
  const started = Date.now()
  while (Date.now() - started < 120_000) {
    if (await fetch(`${base}/readyz`).then((r) => r.ok, () => false)) break
    if (child.exitCode !== null) throw new Error(`server in ${dir} exited ${child.exitCode}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    base,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

type Figures = { rps: number; p50: number; p99: number; errors: number }

async function measure(url: string, options: { uniqueQuery?: (n: number) => string; paths?: string[]; seconds?: number } = {}): Promise<Figures> {
  let counter = 0
  const pathname = new URL(url).pathname
  const requests = options.uniqueQuery
    ? [{ setupRequest: (request: Record<string, unknown>) => ({ ...request, path: `${pathname}?${options.uniqueQuery?.(counter++)}` }) }]
    : options.paths?.map((p) => ({ path: p }))
  const result = await autocannon({ url, connections: CONNECTIONS, duration: options.seconds ?? SECONDS, requests } as autocannon.Options)
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

const row = (figures: Figures) => `${figures.rps.toFixed(0).padStart(6)} req/s p50 ${figures.p50} ms p99 ${figures.p99} ms errors ${figures.errors}`

// ---- CPU profile: where a render's time goes ----

type ProfileNode = { id: number; callFrame: { url: string; functionName: string }; hitCount?: number; children?: number[] }
type CpuProfile = { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

// Next's server bundle (.next/server/chunks) holds React, Lexical, Payload and Loa's pages compiled
// together; its chunk names keep the package names, which these patterns read too.
const PLACES: [string, RegExp][] = [
  ['database (SQLite, Drizzle)', /libsql|drizzle|better-sqlite|db-sqlite|db_sqlite/],
  ['Lexical conversion', /lexical/],
  ['React rendering', /react-dom|react-server|\/react\/|[_/]react[_@/.-]/],
  ['Next pipeline', /\/next\/dist\/|[_/]next[_@/]|\.next\/server\/(?:app|pages)/],
  ['Payload (queries, access, hooks)', /\/payload\/dist\/|@payloadcms\/|[_/]payload[_@/]|payloadcms/],
  ['Loa', /loa-bundles|\/src\/|\[project\]/],
]

/**
 * Self CPU time by place, in ms per request, from the .cpuprofile files written by --cpu-prof: only
 * the samples of the last `windowSeconds` before the profile ends (the load, not the start-up).
 */
function profileByPlace(dir: string, requests: number, windowSeconds: number): Map<string, number> {
  const totals = new Map<string, number>()
  const unplaced = new Map<string, number>()
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile
    const byId = new Map(profile.nodes.map((node) => [node.id, node]))
    const microsById = new Map<number, number>()
    const from = profile.endTime - windowSeconds * 1e6
    let at = profile.startTime
    profile.samples.forEach((id, index) => {
      at += profile.timeDeltas[index] ?? 0
      if (at >= from) microsById.set(id, (microsById.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0))
    })
    for (const [id, micros] of microsById) {
      const node = byId.get(id)
      const name = node?.callFrame.functionName ?? ''
      if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
        if (name === '(garbage collector)') totals.set('garbage collection', (totals.get('garbage collection') ?? 0) + micros)
        continue
      }
      const url = node?.callFrame.url ?? ''
      const place = PLACES.find(([, pattern]) => pattern.test(url))?.[0] ?? (url.startsWith('node:') || url === '' ? 'Node (HTTP, streams, zlib)' : 'other packages')
      totals.set(place, (totals.get(place) ?? 0) + micros)
      if (place === 'other packages') unplaced.set(url, (unplaced.get(url) ?? 0) + micros)
    }
  }
  const heaviest = [...unplaced].sort((a, b) => b[1] - a[1]).slice(0, 4)
  for (const [url, micros] of heaviest) log(`  (other packages: ${path.basename(url)} ${(micros / 1000 / requests).toFixed(1)} ms per request)`)
  return new Map([...totals].map(([place, micros]) => [place, micros / 1000 / requests]))
}

/** The cold article on one server under --cpu-prof: figures and the profile per request. */
async function coldRun(dir: string, articlePath: string, name: string) {
  const profileDir = path.join(workDir, `profile-${name}`)
  mkdirSync(profileDir)
  const server = await startServer(dir, { LOA_PAGE_CACHE: 'off' }, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`])
  const warmUp = await measure(`${server.base}${articlePath}`, { seconds: 3 }) // the JIT warms up
  const figures = await measure(`${server.base}${articlePath}`)
  const requests = warmUp.rps * 3 + figures.rps * SECONDS
  await server.stop()
  // The profile's last seconds: the warm-up, the measure and the stop (a second at most).
  return { figures, profile: profileByPlace(profileDir, requests, 3 + SECONDS + 1) }
}

/** "Today's" renderer: the baseline revision in a temporary worktree, built once. */
function prepareBaseline(): string | null {
  if (BASELINE_REV === 'none') return null
  const dir = path.join(workDir, 'baseline')
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, BASELINE_REV], { cwd: ROOT, stdio: 'ignore' })
  } catch {
    log(`baseline ${BASELINE_REV} not available (no git history?): cold baseline skipped`)
    return null
  }
  log(`baseline ${BASELINE_REV}: copying node_modules (hard links) and building Next…`)
  execFileSync('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')])
  rmSync(path.join(dir, 'node_modules/.cache'), { recursive: true, force: true })
  execFileSync(process.execPath, ['--conditions=production', '--import', 'tsx', 'scripts/build-if-needed.ts'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } })
  return dir
}

async function login(base: string): Promise<string> {
  const response = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`login failed: ${response.status}`)
  return token
}

async function main() {
  await buildIfNeeded()
  const started = Date.now()
  await runNode(['scripts/seed.ts', '--without-audio'])
  await runNode(['scripts/bench/seedArticles.ts', String(ARTICLES)])
  log(`seeded ${ARTICLES} extra articles in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  const baselineDir = prepareBaseline()

  const server = await startServer(ROOT)
  const base = server.base
  const home = await (await fetch(`${base}/`)).text()
  const articlePath = /href="(\/tin-tuc\/[^"]+)"/.exec(home)?.[1]
  if (!articlePath) throw new Error('no article link on the home page')
  const article = await (await fetch(`${base}${articlePath}`)).text()
  const categoryPath = /href="(\/chuyen-muc\/[^"]+)"/.exec(article)?.[1]
  if (!categoryPath) throw new Error('no category link on the article page')

  // The baseline: the very same bytes, as static files, from Express on this machine.
  const staticDir = path.join(workDir, 'static')
  mkdirSync(staticDir)
  writeFileSync(path.join(staticDir, 'home.html'), home)
  writeFileSync(path.join(staticDir, 'article.html'), article)
  const staticServer = express().use(express.static(staticDir)).listen(0, '127.0.0.1')
  await new Promise((resolve) => staticServer.once('listening', resolve))
  const staticBase = `http://127.0.0.1:${(staticServer.address() as AddressInfo).port}`

  log(`pages: article ${(article.length / 1024).toFixed(1)} kB, home ${(home.length / 1024).toFixed(1)} kB; ${CONNECTIONS} connections, ${SECONDS} s each`)
  const rows: string[] = []
  let ok = true
  for (const [name, loaUrl, staticUrl] of [
    ['article', `${base}${articlePath}`, `${staticBase}/article.html`],
    ['home', `${base}/`, `${staticBase}/home.html`],
  ]) {
    const baseline = await measure(staticUrl)
    const loa = await measure(loaUrl)
    const ratio = loa.rps / baseline.rps
    const pass = ratio >= 0.5 && loa.p99 <= 100 && loa.errors === 0
    ok &&= pass
    rows.push(`cached ${name.padEnd(8)} static ${row(baseline)} | Loa ${row(loa)} | ratio ${ratio.toFixed(2)} (targets: ratio >= 0.5, p99 <= 100 ms) ${pass ? 'OK' : 'MISSED'}`)
  }
  // A shared link: the same article with a unique tracking parameter on every request.
  const plainArticle = await measure(`${base}${articlePath}`)
  const tracked = await measure(`${base}${articlePath}`, { uniqueQuery: (n) => `fbclid=IwAR${n.toString(36)}&utm_source=facebook` })
  const trackedRatio = tracked.rps / plainArticle.rps
  const trackedPass = trackedRatio >= 0.5 && tracked.errors === 0
  ok &&= trackedPass
  rows.push(`article?fbclid=<unique> ${row(tracked)} | plain article ${plainArticle.rps.toFixed(0)} req/s | ratio ${trackedRatio.toFixed(2)} (target >= 0.5) ${trackedPass ? 'OK' : 'MISSED'}`)

  // After an edit: the article is edited every second while 32 clients read it and its category page.
  const token = await login(base)
  const articleId = /\/luot-xem\/([^.]+)\.gif/.exec(article)?.[1]
  let edits = 0
  const editor = setInterval(() => {
    edits++
    fetch(`${base}/api/articles/${articleId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
      body: JSON.stringify({ summary: `Bản tin đã sửa lần ${edits}.` }),
    }).catch(() => {})
  }, 1000)
  const edited = await measure(base, { paths: [articlePath, categoryPath] })
  clearInterval(editor)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  const shown = (await (await fetch(`${base}${articlePath}`)).text()).includes(`Bản tin đã sửa lần ${edits}.`)
  const editPass = edited.p99 <= 100 && edited.errors === 0 && shown
  ok &&= editPass
  rows.push(`after an edit (${edits} edits, 1/s; article + category page) ${row(edited)} | last edit shown ${shown ? 'yes' : 'NO'} (target p99 <= 100 ms) ${editPass ? 'OK' : 'MISSED'}`)
  staticServer.close()
  await server.stop()

  // Cold: the article rendered on every request, by Loa's renderer and by "today's".
  const loaCold = await coldRun(ROOT, articlePath, 'loa')
  const profiles: [string, Map<string, number>, number][] = [['Loa (react-dom/server in Express)', loaCold.profile, 1000 / loaCold.figures.rps]]
  if (baselineDir) {
    const nextCold = await coldRun(baselineDir, articlePath, 'next')
    const ratio = loaCold.figures.rps / nextCold.figures.rps
    const pass = ratio >= 4 && loaCold.figures.errors === 0
    ok &&= pass
    rows.push(`cold article (page cache off) Next app router (${BASELINE_REV}) ${row(nextCold.figures)}`)
    rows.push(`cold article (page cache off) Loa ${row(loaCold.figures)} | ratio ${ratio.toFixed(2)} (target >= 4) ${pass ? 'OK' : 'MISSED'}`)
    profiles.push([`Next app router (${BASELINE_REV})`, nextCold.profile, 1000 / nextCold.figures.rps])
  } else rows.push(`cold article (page cache off) Loa ${row(loaCold.figures)} (no baseline)`)

  for (const line of rows) log(line)
  for (const [name, profile, msPerRequest] of profiles) {
    const total = [...profile.values()].reduce((sum, ms) => sum + ms, 0)
    log(`profile of a cold article, ${name}: ${total.toFixed(1)} ms CPU per request (${msPerRequest.toFixed(1)} ms wall per request at ${CONNECTIONS} connections)`)
    for (const [place, ms] of [...profile].sort((a, b) => b[1] - a[1])) log(`  ${place.padEnd(34)} ${ms.toFixed(1).padStart(6)} ms  ${((ms / total) * 100).toFixed(0).padStart(3)}%`)
  }
  if (baselineDir) execFileSync('git', ['worktree', 'remove', '--force', baselineDir], { cwd: ROOT, stdio: 'ignore' })
  rmSync(workDir, { recursive: true, force: true })
  process.exit(ok ? 0 : 1)
}

main().catch((error) => {
  console.error(error)
  if (existsSync(path.join(workDir, 'baseline'))) {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', path.join(workDir, 'baseline')], { cwd: ROOT, stdio: 'ignore' })
    } catch {}
  }
  rmSync(workDir, { recursive: true, force: true })
  process.exit(1)
})
