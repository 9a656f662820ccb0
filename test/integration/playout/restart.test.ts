import { type ChildProcessWithoutNullStreams, execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFfmpegBinaries } from '../../../src/audio/binaries'
import { type EmbeddedIcecast, startEmbeddedIcecast } from '../../../src/playout/icecast'
import { localParts } from '../../../src/lib/viDate'

/**
 * Restart safety, end to end: the real `npm run playout` (scripts/playout.mjs) on a SQLite database
 * with one local slot under way, airing to an Icecast started here (ICECAST_URL). The programme is a
 * sweep whose pitch tells its position (200 Hz + 7 Hz per second of the slot), so the recording of
 * the mount shows when the programme is heard again after a restart and where in it: the position
 * due at that moment. Recording time → wall clock as in emergency.test.ts (conservative: transport
 * delays make a measured "heard" later, never earlier).
 */
const ROOT = path.resolve(__dirname, '../../..')
const dir = mkdtempSync(path.join(tmpdir(), 'loa-restart-'))
const media = path.join(dir, 'media')
const RATE = 8000
const WINDOW = 400 // 50 ms
const SWEEP = { from: 200, perSecond: 7, seconds: 420 }
const RESTARTS = 3
const RESTART_LIMIT_MS = 10_000

let icecast: EmbeddedIcecast
let payload: Payload
let env: NodeJS.ProcessEnv
/** The slot's start: the sweep's second 0. */
let T0 = 0
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Playout = { child: ChildProcessWithoutNullStreams; output: string[]; startedAt: number; exited: Promise<void> }
const playouts: Playout[] = []

function startPlayout(): Playout {
  // LOA_TEST_PLAYOUT_NICE (e.g. -15, as root): measure as on a station PC where playout has the CPU first.
  const nice = process.env.LOA_TEST_PLAYOUT_NICE
  // What `npm run playout` runs.
  const command = [process.execPath, '--conditions=production', 'scripts/playout.mjs']
  const child = nice ? spawn('nice', ['-n', nice, ...command], { cwd: ROOT, env }) : spawn(command[0], command.slice(1), { cwd: ROOT, env })
  const output: string[] = []
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n').filter(Boolean)))
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  // LOA_TEST_PLAYOUT_LOG=<folder>: each playout's whole output, to see where a slow restart spent its time.
  const logDir = process.env.LOA_TEST_PLAYOUT_LOG
  if (logDir) child.on('exit', () => writeFileSync(path.join(logDir, `playout-${child.pid}.log`), output.join('\n') + '\n'))
  const playout = { child, output, startedAt: Date.now(), exited }
  playouts.push(playout)
  return playout
}

async function kill(playout: Playout) {
  playout.child.kill('SIGKILL')
  await playout.exited
}

/** Liquidsoap processes started by this playout process (setpriv execs Liquidsoap in place). */
function liquidsoapChildren(pid: number): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const [, comm, rest] = /^\d+ \((.*)\) (.*)$/.exec(stat.trim()) ?? []
      const ppid = Number(rest?.split(' ')[1])
      if (comm === 'liquidsoap' && ppid === pid && !/^Z/.test(rest ?? '')) found.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return found
}

async function waitFor<T>(what: string, check: () => T | null | undefined | false, timeoutMs: number, log: () => string = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${log()}`)
    await sleep(100)
  }
}

/**
 * Records the mount for as long as the test runs: a killed playout takes its source off the mount
 * (its listeners are dropped), so each spell on air is a segment of its own, reconnected as soon as
 * the mount is live again.
 */
type Segment = { originMs: number; chunks: Buffer[]; bytes: number }
const segments: Segment[] = []
let recording = true
let recorder: ReturnType<typeof spawn> | null = null

async function mountLive(): Promise<boolean> {
  try {
    const status = (await fetch(icecast.listenUrl.replace(/\/[^/]+$/, '/status-json.xsl')).then((r) => r.json())) as { icestats?: { source?: unknown } }
    return !!status.icestats?.source
  } catch {
    return false
  }
}

async function recordMount() {
  const { ffmpeg } = resolveFfmpegBinaries()
  while (recording) {
    if (!(await mountLive())) {
      await sleep(50)
      continue
    }
    const segment: Segment = { originMs: Infinity, chunks: [], bytes: 0 }
    segments.push(segment)
    recorder = spawn(ffmpeg, ['-nostdin', '-loglevel', 'error', '-i', icecast.listenUrl, '-f', 's16le', '-ac', '1', '-ar', String(RATE), 'pipe:1'])
    recorder.stdout!.on('data', (chunk: Buffer) => {
      const arrival = Date.now()
      segment.chunks.push(chunk)
      segment.bytes += chunk.length
      segment.originMs = Math.min(segment.originMs, arrival - (segment.bytes / 2 / RATE) * 1000)
    })
    await new Promise((resolve) => recorder!.on('exit', resolve))
  }
}

const decoded = new WeakMap<Segment, { bytes: number; samples: Int16Array }>()
function samplesOf(segment: Segment): Int16Array {
  const cached = decoded.get(segment)
  if (cached?.bytes === segment.bytes) return cached.samples
  const all = Buffer.concat(segment.chunks)
  segment.chunks = [all]
  const samples = new Int16Array(all.buffer, all.byteOffset, Math.floor(all.length / 2))
  decoded.set(segment, { bytes: segment.bytes, samples })
  return samples
}

/** Mean frequency over samples [from, to) from zero crossings, or null when silent. */
function hzBetween(samples: Int16Array, from: number, to: number): number | null {
  if (from < 1 || to > samples.length || to <= from) return null
  let crossings = 0
  let energy = 0
  for (let i = from; i < to; i++) {
    energy += samples[i] * samples[i]
    if ((samples[i - 1] < 0) !== (samples[i] < 0)) crossings++
  }
  if (Math.sqrt(energy / (to - from)) / 32768 < 0.01) return null
  return (crossings / 2) * (RATE / (to - from))
}

/** Wall-clock instant of the first run of three audible windows at or after `fromMs`, or null. */
function heardAfter(fromMs: number): number | null {
  for (const segment of segments) {
    if (!Number.isFinite(segment.originMs)) continue
    if (segment.originMs + (segment.bytes / 2 / RATE) * 1000 < fromMs) continue
    const samples = samplesOf(segment)
    const wall = (w: number) => segment.originMs + ((w * WINDOW) / RATE) * 1000
    // Scanned from `fromMs` on only: this runs every 100 ms while the test waits.
    for (let w = Math.max(0, Math.floor((((fromMs - segment.originMs) / 1000) * RATE) / WINDOW)); (w + 3) * WINDOW < samples.length; w++) {
      if (wall(w) < fromMs) continue
      if ([0, 1, 2].every((k) => hzBetween(samples, (w + k) * WINDOW, (w + k + 1) * WINDOW) !== null)) return wall(w)
    }
  }
  return null
}

/** Position heard over the second starting at `wallMs` minus the position due then, seconds (0: on time). */
function sweepError(wallMs: number): number {
  for (const segment of segments) {
    const samples = samplesOf(segment)
    const from = Math.round(((wallMs - segment.originMs) / 1000) * RATE)
    if (from < 1 || from + RATE > samples.length) continue
    const hz = hzBetween(samples, from, from + RATE)
    if (hz === null) return NaN
    return (hz - SWEEP.from) / SWEEP.perSecond - (wallMs + 500 - T0) / 1000
  }
  return NaN
}

/** Milliseconds of silence or missing recording over [fromMs, toMs), in 50 ms windows. */
function gapMs(fromMs: number, toMs: number): number {
  let gap = 0
  for (let t = fromMs; t < toMs; t += 50) {
    const segment = segments.find((s) => t >= s.originMs && t + 50 <= s.originMs + (s.bytes / 2 / RATE) * 1000)
    if (!segment) {
      gap += 50
      continue
    }
    const samples = samplesOf(segment)
    const from = Math.round(((t - segment.originMs) / 1000) * RATE)
    if (hzBetween(samples, from, from + WINDOW) === null) gap += 50
  }
  return gap
}

const tail = (playout: Playout) => `\n--- playout ${playout.child.pid} ---\n${playout.output.slice(-25).join('\n')}`

beforeAll(async () => {
  icecast = await startEmbeddedIcecast({ dir: path.join(dir, 'icecast') })
  env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, 'loa.db')}`,
    LOA_DATA_DIR: dir,
    LOA_MEDIA_DIR: media,
    LOA_LOG_LEVEL: 'error',
    ICECAST_URL: icecast.listenUrl,
    ICECAST_SOURCE_PASSWORD: icecast.target.password,
    LOA_EXIT_WITH_PARENT: '1',
  }
  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, LOA_DATA_DIR: dir, LOA_MEDIA_DIR: media, LOA_LOG_LEVEL: 'error' })
  const { openPayload } = await import('../../../src/boot/openPayload')
  payload = (await openPayload({ key: 'restart-test' })).payload

  // Station time that is not near midnight, so the slot stays within its day.
  const timeZone = localParts(new Date(), 'Asia/Ho_Chi_Minh').hour < 23 ? 'Asia/Ho_Chi_Minh' : 'UTC'
  await payload.updateGlobal({ slug: 'station', data: { timeZone, name: 'Đài xã thử' }, overrideAccess: true })
  T0 = Math.floor(Date.now() / 60_000) * 60_000
  const p = localParts(new Date(T0), timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`
  const end = new Date(T0 + SWEEP.seconds * 1000)
  const e = localParts(end, timeZone)

  const file = path.join(media, 'programmes', date, 'thu.mp3')
  mkdirSync(path.dirname(file), { recursive: true })
  const { ffmpeg } = resolveFfmpegBinaries()
  // Phase 2π(f0·t + k·t²/2): instantaneous frequency f0 + k·t.
  const expr = `0.25*sin(2*PI*(${SWEEP.from}*t+${SWEEP.perSecond / 2}*t*t))`
  execFileSync(ffmpeg, ['-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `aevalsrc=${expr}:s=44100:d=${SWEEP.seconds}`, '-c:a', 'libmp3lame', '-b:a', '128k', file])

  await payload.create({
    collection: 'broadcast-slots',
    data: { name: 'Khung thử', slug: 'thu', kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start: `${pad(p.hour)}:${pad(p.minute)}`, end: `${pad(e.hour)}:${pad(e.minute)}` },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'programmes',
    data: { title: 'Khung thử', date, slotSlug: 'thu', status: 'ready', file: `programmes/${date}/thu.mp3`, durationSeconds: SWEEP.seconds, sha256: 'thu' },
    overrideAccess: true,
  })
  void recordMount()
}, 120_000)

afterAll(async () => {
  recording = false
  recorder?.kill('SIGKILL')
  for (const playout of playouts) if (playout.child.exitCode === null && playout.child.signalCode === null) await kill(playout)
  await payload?.destroy()
  await icecast?.stop()
  rmSync(dir, { recursive: true, force: true })
})

let current: Playout

describe('playout restart safety', () => {
  it('the first start airs the slot at the position due', async () => {
    current = startPlayout()
    const firstHeard = await waitFor('the first start to air', () => heardAfter(current.startedAt), 90_000, () => tail(current))
    await sleep(3000)
    const baseline = sweepError(firstHeard + 1500)
    console.log(`[restart test] first start heard after ${Math.round(firstHeard - current.startedAt)} ms; position error ${baseline.toFixed(2)} s`)
    console.log(`[restart test]   ${current.output.find((line) => line.includes('sẵn sàng sau')) ?? ''}`)
    expect(Math.abs(baseline), tail(current)).toBeLessThanOrEqual(1)
  })

  for (let run = 1; run <= RESTARTS; run++) {
    it(`SIGKILL mid-programme and a restart (${run} of ${RESTARTS}): the slot is heard again within 10 s, at the position due`, async () => {
      const killedAt = Date.now()
      await kill(current)
      current = startPlayout()
      const heard = await waitFor(`restart ${run} to air`, () => heardAfter(current.startedAt), 90_000, () => tail(current))
      await sleep(3500)
      const errors = [heard + 300, heard + 1500].map(sweepError)
      const restartMs = Math.round(heard - current.startedAt)
      console.log(
        `[restart test] restart ${run}: heard ${restartMs} ms after the new process started (${Math.round(heard - killedAt)} ms after the kill); ` +
          `position error ${errors.map((e) => e.toFixed(2)).join('/')} s, slot at ${((heard - T0) / 1000).toFixed(1)} s`,
      )
      console.log(`[restart test]   ${current.output.find((line) => line.includes('sẵn sàng sau')) ?? ''}`)
      // At once ("đã dừng": its pid is gone), or at the lease's expiry when opening the database took longer.
      expect(current.output.join('\n'), tail(current)).toMatch(/Playout trước \(máy [^,]+, tiến trình \d+\) (đã dừng|không còn gia hạn khóa phát sóng): tiếp quản phát sóng/)
      expect(restartMs, tail(current)).toBeLessThanOrEqual(RESTART_LIMIT_MS)
      for (const error of errors) expect(Math.abs(error), tail(current)).toBeLessThanOrEqual(1)
    })
  }

  it('a second playout on the same database says who airs, does not air, and takes over when the first is killed', async () => {
    const first = current
    const second = startPlayout()
    const pid = first.child.pid
    await waitFor('the second playout to say it waits', () => second.output.some((line) => line.includes('Một playout khác đang phát sóng') && line.includes(`tiến trình ${pid}`)), 60_000, () => tail(second))
    const waitingSince = Date.now()
    await sleep(4000)
    // It waits: no Liquidsoap of its own, and the first playout's air goes on without a break.
    expect(liquidsoapChildren(second.child.pid!), tail(second)).toEqual([])
    expect(liquidsoapChildren(first.child.pid!).length, tail(first)).toBe(1)
    expect(gapMs(waitingSince, Date.now() - 1000), tail(second)).toBeLessThanOrEqual(100)
    expect(second.output.join('\n')).not.toMatch(/Đang phát lên/)

    const killedAt = Date.now()
    await kill(first)
    const heard = await waitFor('the second playout to take over', () => heardAfter(killedAt), 60_000, () => tail(second))
    await sleep(3500)
    const errors = [heard + 300, heard + 1500].map(sweepError)
    console.log(`[restart test] takeover by the waiting playout: heard ${Math.round(heard - killedAt)} ms after the kill; position error ${errors.map((e) => e.toFixed(2)).join('/')} s`)
    expect(second.output.join('\n'), tail(second)).toMatch(new RegExp(`Playout trước \\(máy [^,]+, tiến trình ${pid}\\) đã dừng: tiếp quản phát sóng`))
    expect(heard - killedAt, tail(second)).toBeLessThanOrEqual(RESTART_LIMIT_MS)
    for (const error of errors) expect(Math.abs(error), tail(second)).toBeLessThanOrEqual(1)
    current = second
  })

  it('a playout whose lease another playout took stops airing, and airs again when that lease lapses', async () => {
    const playout = current
    // Another machine's playout takes the lease (as after this one hung past its expiry).
    const lapsesAt = Date.now() + 8000
    await payload.update({
      collection: 'assembly-locks',
      where: { key: { equals: 'playout' } },
      data: { owner: 'may-khac:4242:test', expiresAt: new Date(lapsesAt).toISOString() },
      overrideAccess: true,
    })
    const tookAt = Date.now()
    await waitFor('the playout to stop its engine', () => liquidsoapChildren(playout.child.pid!).length === 0, 10_000, () => tail(playout))
    const stoppedAfter = Date.now() - tookAt
    expect(playout.output.join('\n')).toMatch(/Mất quyền phát sóng: playout may-khac:4242:test đang giữ khóa/)
    const offDeadline = Date.now() + 5000
    while ((await mountLive()) && Date.now() < offDeadline) await sleep(100)
    expect(await mountLive(), tail(playout)).toBe(false)
    // Back to waiting, then on air again once the other lease lapses.
    const heard = await waitFor('the playout to air again', () => heardAfter(lapsesAt), 60_000, () => tail(playout))
    await sleep(2500)
    const error = sweepError(heard + 300)
    console.log(`[restart test] lease taken away: engine stopped ${stoppedAfter} ms later; aired again ${Math.round(heard - lapsesAt)} ms after the lease lapsed, position error ${error.toFixed(2)} s`)
    expect(playout.output.join('\n')).toMatch(/Playout trước \(máy may-khac, tiến trình 4242\) không còn gia hạn khóa phát sóng: tiếp quản phát sóng/)
    expect(Math.abs(error), tail(playout)).toBeLessThanOrEqual(1)
  })
})
