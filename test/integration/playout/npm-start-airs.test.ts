import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { freePort, freshDatabaseUrl, ROOT } from '../../support/loaServer'
import { recordMount, toneWindows } from '../../support/airRecording'

/**
 * Issue 10's "done when", as a newcomer does it: `npm start` on an empty database with Liquidsoap
 * and Icecast installed and nothing configured seeds the demo, starts the embedded Icecast and the
 * playout, and the station is heard through the site at /nghe-truc-tiep (the page's player and the
 * stream behind it), whatever the hour: a programme, or the demo's music between slots.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'loa-npm-start-air-'))
let npm: ChildProcess | null = null
let log = ''

afterAll(async () => {
  if (npm && npm.exitCode === null) {
    npm.kill('SIGTERM')
    await new Promise((resolve) => {
      const timer = setTimeout(() => (npm?.kill('SIGKILL'), resolve(null)), 20_000)
      npm?.on('exit', () => (clearTimeout(timer), resolve(null)))
    })
  }
  rmSync(workDir, { recursive: true, force: true })
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('npm start airs the demo schedule', () => {
  it('a newcomer hears the station at /nghe-truc-tiep', async () => {
    const port = await freePort()
    const icecastPort = await freePort()
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: freshDatabaseUrl(workDir).databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOA_DATA_DIR: workDir,
      LOA_MEDIA_DIR: path.join(workDir, 'media'),
      LOA_ICECAST_PORT: String(icecastPort),
      LOA_ADMIN_PASSWORD: 'npm-start-air-password-1',
      NEXT_TELEMETRY_DISABLED: '1',
    }
    // As a newcomer's shell has it: not inside another npm script, no playout switch or Icecast set.
    for (const name of ['npm_lifecycle_event', 'LOA_EXIT_WITH_PARENT', 'LOA_PLAYOUT', 'ICECAST_URL', 'ICECAST_PUBLIC_URL']) delete env[name]
    npm = spawn('npm', ['start'], { cwd: ROOT, env })
    npm.stdout?.on('data', (chunk) => (log += chunk))
    npm.stderr?.on('data', (chunk) => (log += chunk))

    const base = `http://127.0.0.1:${port}`
    // The demo seed renders the programmes of the last two days: minutes on a busy machine.
    const deadline = Date.now() + 420_000
    for (;;) {
      if (npm.exitCode !== null) throw new Error(`npm start exited ${npm.exitCode}:\n${log}`)
      if (Date.now() > deadline) throw new Error(`not on air in time:\n${log.slice(-6000)}`)
      const ready = await fetch(`${base}/readyz`).then((r) => r.status === 200).catch(() => false)
      if (ready && log.includes('Đang phát lên')) break
      await sleep(1000)
    }

    const page = await fetch(`${base}/nghe-truc-tiep`)
    expect(page.status).toBe(200)
    const html = await page.text()
    const player = html.match(/<audio[^>]*\ssrc="([^"]+)"/)
    expect(player, html.slice(0, 2000)).not.toBeNull()
    const streamUrl = new URL(player![1].replace(/&amp;/g, '&'), base).toString()
    expect(new URL(streamUrl).origin).toBe(base)

    // What the player plays, through the site: sound, not silence.
    const recording = await recordMount(streamUrl, 10)
    const windows = toneWindows(recording.samples)
    const heard = windows.filter((hz) => hz !== null).length / Math.max(1, windows.length)
    console.log(`[npm start] ${windows.length} windows recorded from ${streamUrl}; ${(heard * 100).toFixed(0)} % with sound`)
    expect(windows.length, log.slice(-4000)).toBeGreaterThan(100)
    expect(heard, log.slice(-4000)).toBeGreaterThan(0.8)
  }, 600_000)
})
