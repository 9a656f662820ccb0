/**
 * `npm start`: build when needed, migrate, seed an empty database, then run the web server and the
 * radio worker in production mode until SIGTERM/SIGINT.
 */
import type { ChildProcess } from 'node:child_process'
import path from 'node:path'
import { loadDotEnv } from '../src/boot/env'
import { EXIT_WITH_PARENT_ENV, exitWithParent } from '../src/boot/exitWithParent'
import { DatabaseUrlError, parseDatabaseUrl } from '../src/db/databaseUrl'
import { playoutUnavailableReason } from '../src/playout/availability'
import { speechStartupLine } from '../src/speech/speechStartup'
import { buildIfNeeded } from './build-if-needed'
import { ASSEMBLER_NODE_FLAGS, run, scriptArgs, startLongRunning } from './lib/processes'

loadDotEnv()
try {
  parseDatabaseUrl(process.env.DATABASE_URL)
} catch (error) {
  if (error instanceof DatabaseUrlError) {
    console.error(`[loa] ${error.message}`)
    process.exit(1)
  }
  throw error
}

// The web server and the worker stop by themselves if this process is killed outright (SIGKILL).
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', [EXIT_WITH_PARENT_ENV]: '1' }

// Under `npm start`, a SIGTERM to npm reaches only the `sh -c` between npm and this process (see
// src/boot/exitWithParent): when that shell is gone, stop as if the signal had come here.
let children: ChildProcess[] = []
let stopping = false
function stopAll(signal: NodeJS.Signals) {
  if (stopping) return
  stopping = true
  for (const child of children) child.kill(signal)
}
process.on('SIGTERM', () => stopAll('SIGTERM'))
process.on('SIGINT', () => stopAll('SIGINT'))
if (process.env.npm_lifecycle_event) {
  exitWithParent((reason) => {
    console.log(`[start] ${reason}: đang dừng máy chủ và máy dựng…`)
    stopAll('SIGTERM')
  })
}
const port = process.env.PORT || '3000'

await buildIfNeeded()
// Migrations run as the seed opens the database (prodMigrations), before the server starts.
await run(process.execPath, scriptArgs('scripts/seed.ts', ['--if-empty']), { env })

// Stopped while building or seeding: nothing long-running to start.
if (stopping) process.exit(143)

children = [
  startLongRunning('web', process.execPath, scriptArgs(path.join('src', 'server.ts')), { env }),
  startLongRunning('worker', process.execPath, [...ASSEMBLER_NODE_FLAGS, ...scriptArgs(path.join('src', 'worker', 'index.ts'))], { env }),
]
// The read-out voice in one line: the provider, the local espeak-ng voice, or why there is none.
console.log(`[loa] ${speechStartupLine(env)}`)
// Playout (Liquidsoap + Icecast) when installed; otherwise one line, and the site and worker run on.
const playoutOff = playoutUnavailableReason(env)
let playout: ChildProcess | null = null
if (playoutOff) console.log(`[loa] ${playoutOff}`)
// Bundled and run without tsx (scripts/playout.mjs): a restarted playout is back on air sooner.
else playout = startLongRunning('playout', process.execPath, ['--conditions=production', path.join('scripts', 'playout.mjs')], { env })

console.log(`[loa] Trang quản trị: http://localhost:${port}/admin  (tài khoản ${process.env.LOA_ADMIN_EMAIL || 'admin@loa.local'};`)
console.log('[loa]   mật khẩu là LOA_ADMIN_PASSWORD nếu đã đặt, nếu không thì mật khẩu in ở lần chạy đầu tiên phía trên.)')

// A playout that fails (a port taken, a broken sound setup) does not take the site down with it.
if (playout) {
  children.push(playout)
  playout.on('exit', () => {
    if (!stopping) console.log('[loa] Phát sóng đã dừng; trang web và máy dựng vẫn chạy (xem nhật ký [playout] phía trên).')
  })
}

for (const child of children.filter((c) => c !== playout)) {
  child.on('exit', (code) => {
    // One part failing takes the others down, so a supervisor restarts the whole set.
    if (!stopping) {
      stopAll('SIGTERM')
      process.exitCode = code ?? 1
    }
  })
}
