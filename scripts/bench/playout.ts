/**
 * Playout benchmark: `npm run bench:playout` (`-- --minutes 2` for a quick run; default 10).
 *
 * A schedule of short slots (20–40 s programmes of distinct tones, some back to back, some cut by
 * the next slot and some ending early, a relay of a local fake provincial stream every sixth slot (the fourth first),
 * gaps) aired by the real Liquidsoap and an embedded Icecast, driven by Loa's air scheduler in a
 * Node process of its own (scripts/bench/playoutDriver.ts). The mount is recorded with ffmpeg as a
 * listener hears it and each slot's tone is found in the recording, as the on-air test does
 * (test/integration/playout/slots-on-air.test.ts): slot-start error p50/p95/max. /proc is sampled
 * every second for CPU (user+sys) and RSS of Liquidsoap and of Loa's process.
 *
 * Baseline, in the same run and the same processes: the minute before the first slot, Liquidsoap
 * already encodes and sends silence to Icecast and the scheduler already holds the playlist, but
 * nothing airs. The MP3 encode of the air signal is paid whatever plays, so the ratio of Liquidsoap's
 * CPU on air to that idle CPU is what airing the schedule (decoding files, the relay, switching)
 * costs on top of simply being on air. Linux only (/proc).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createReadStream, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateTone } from '../../src/audio/testAudio'
import type { Playlist, PlaylistEntry } from '../../src/broadcast/types'
import { startEmbeddedIcecast } from '../../src/playout/icecast'
import { mountIsLive, nearHz, recordMount, toneWindows, windowStartMs } from '../../test/support/airRecording'
import { NODE_FLAGS } from '../lib/processes'

const argMinutes = process.argv.indexOf('--minutes')
const MINUTES = argMinutes > 0 ? Number(process.argv[argMinutes + 1]) : 10
if (!(MINUTES > 0 && MINUTES <= 120)) throw new Error('--minutes: a number of minutes, 0 < N <= 120')
const BASELINE_SECONDS = Math.min(60, Math.max(20, MINUTES * 6))
const LEAD_SECONDS = 5
const TAIL_SECONDS = 4
const TARGET_MAX_ERROR_MS = 1000
// Neighbouring tones differ by a third or more (the detector's tolerance is 12 %).
const TONES = [330, 440, 587, 784, 1046, 1397]
const RELAY_HZ = 1760
const log = (line: string) => console.log(`[bench] ${line}`)
const dir = mkdtempSync(path.join(tmpdir(), 'loa-bench-playout-'))
const media = path.join(dir, 'media')

type Slot = { slot: string; from: number; to: number; hz: number; kind: 'file' | 'relay'; fileSeconds: number }

/** The schedule, seconds after T0: deterministic, so runs compare. */
function slotsFor(totalSeconds: number): Slot[] {
  const slots: Slot[] = []
  let t = 0
  let fileIndex = 0
  for (let i = 0; ; i++) {
    const length = 20 + ((i * 7) % 21)
    if (t + length > totalSeconds) break
    const relay = i % 6 === 3
    slots.push({
      slot: `s${String(i).padStart(2, '0')}`,
      from: t,
      to: t + length,
      kind: relay ? 'relay' : 'file',
      hz: relay ? RELAY_HZ : TONES[fileIndex++ % TONES.length],
      // Every other programme is longer than its slot (cut at its end), the others end early.
      fileSeconds: i % 2 === 0 ? length + 6 : length - 4,
    })
    // A gap after every third slot; the others are back to back.
    t += length + (i % 3 === 2 ? 5 + (i % 4) * 2 : 0)
  }
  return slots
}

// ---- /proc sampling ---------------------------------------------------------------------------
const CLK_TCK = 100 // sysconf(_SC_CLK_TCK) on Linux
type Sample = { at: number; cpuSeconds: number; rssKb: number; hwmKb: number }
function sample(pid: number): Sample | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    // Fields 14 and 15 of stat (utime, stime), counted from after the command name.
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLK_TCK
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0)
    return { at: performance.now(), cpuSeconds, rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') }
  } catch {
    return null
  }
}
class Sampler {
  samples: Sample[] = []
  constructor(readonly pid: number) {}
  take() {
    const s = sample(this.pid)
    if (s) this.samples.push(s)
  }
  /** CPU seconds, % of one core, RSS peak/mean (MB) over [from, to] (performance.now() ms). */
  between(from: number, to: number) {
    const inside = this.samples.filter((s) => s.at >= from && s.at <= to)
    const first = inside[0]
    const last = inside[inside.length - 1]
    const cpu = last.cpuSeconds - first.cpuSeconds
    const wall = (last.at - first.at) / 1000
    return {
      cpuSeconds: cpu,
      corePercent: (cpu / wall) * 100,
      rssPeakMb: Math.max(...inside.map((s) => s.rssKb)) / 1024,
      rssMeanMb: inside.reduce((sum, s) => sum + s.rssKb, 0) / inside.length / 1024,
    }
  }
}

// Recording and tone detection: the on-air tests' own (test/support/airRecording).
const near = (hz: number | null, expected: number) => nearHz(hz, expected)
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

let driver: ChildProcess | null = null
let relayServer: http.Server | null = null
let stopIcecast: (() => Promise<void>) | null = null
const timers: NodeJS.Timeout[] = []
try {
  const slots = slotsFor(MINUTES * 60)
  log(`${slots.length} slots over ${MINUTES} min (${slots.filter((s) => s.kind === 'relay').length} relays), baseline ${BASELINE_SECONDS} s; files in ${dir}`)
  const tones = [...new Set(slots.filter((s) => s.kind === 'file').map((s) => `${s.hz}:${s.fileSeconds}`))]
  for (const key of tones) {
    const [hz, seconds] = key.split(':').map(Number)
    await generateTone(path.join(media, 'tones', `${hz}-${seconds}.mp3`), { seconds, frequency: hz, levelDb: -18, kind: 'sine' })
  }
  const relayFile = await generateTone(path.join(media, 'relay.mp3'), { seconds: 60, frequency: RELAY_HZ, levelDb: -18, kind: 'sine' })
  // The provincial station's stream, standing in: the tone, sent as fast as it is read.
  relayServer = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'audio/mpeg' })
    createReadStream(relayFile).pipe(res)
  })
  await new Promise<void>((resolve) => relayServer!.listen(0, '127.0.0.1', resolve))
  const relayUrl = `http://127.0.0.1:${(relayServer.address() as AddressInfo).port}/tinh.mp3`

  const icecast = await startEmbeddedIcecast({ dir: path.join(dir, 'icecast') })
  stopIcecast = icecast.stop

  // The playlist is in place before the driver starts: T0 leaves time to start and the baseline.
  const startupAllowanceSeconds = 20
  const T0 = Math.ceil(Date.now() / 1000) * 1000 + (startupAllowanceSeconds + BASELINE_SECONDS + LEAD_SECONDS) * 1000
  const iso = (s: number) => new Date(T0 + s * 1000).toISOString()
  const entries: PlaylistEntry[] = slots.map((s) => ({
    slot: s.slot,
    kind: s.kind === 'relay' ? 'relay' : 'local',
    title: `Khung ${s.slot}`,
    start: iso(s.from),
    end: iso(s.to),
    status: s.kind === 'relay' ? 'relay' : 'ready',
    url: s.kind === 'relay' ? relayUrl : `/media/tones/${s.hz}-${s.fileSeconds}.mp3`,
    durationSeconds: s.kind === 'relay' ? null : s.fileSeconds,
    sha256: null,
  }))
  const playlist: Playlist = { station: 'Đài xã (bench)', timeZone: 'Asia/Ho_Chi_Minh', date: iso(0).slice(0, 10), generatedAt: new Date().toISOString(), entries }
  const playlistFile = path.join(dir, 'playlist.json')
  writeFileSync(playlistFile, JSON.stringify(playlist))
  mkdirSync(path.join(dir, 'playout'), { recursive: true })

  const spawned = spawn(process.execPath, [...NODE_FLAGS, path.join(import.meta.dirname, 'playoutDriver.ts'), JSON.stringify({ controlSocket: path.join(dir, 'playout', 'ls.sock'), scriptFile: path.join(dir, 'playout', 'loa.liq'), icecast: icecast.target, playlistFile, mediaDir: media })], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  driver = spawned
  const liquidsoapPid = await new Promise<number>((resolve, reject) => {
    spawned.on('message', (m: { liquidsoapPid?: number }) => m.liquidsoapPid && resolve(m.liquidsoapPid))
    spawned.on('exit', (code) => reject(new Error(`the playout driver exited (${code})`)))
  })
  await mountIsLive(icecast.listenUrl, 30_000)
  if (Date.now() > T0 - (BASELINE_SECONDS + LEAD_SECONDS) * 1000) throw new Error('start-up took longer than its allowance; run again on a quieter machine')
  const samplers = { liquidsoap: new Sampler(liquidsoapPid), loa: new Sampler(spawned.pid!) }
  const takeAll = () => {
    for (const sampler of Object.values(samplers)) sampler.take()
  }
  timers.push(setInterval(takeAll, 1000))

  // Wait for the baseline window, then record from just before T0 to after the last slot.
  const baselineFrom = T0 - (BASELINE_SECONDS + LEAD_SECONDS) * 1000
  await new Promise((resolve) => setTimeout(resolve, baselineFrom - Date.now()))
  takeAll()
  const baselineStart = performance.now()
  await new Promise((resolve) => setTimeout(resolve, T0 - LEAD_SECONDS * 1000 - Date.now()))
  takeAll()
  const baselineEnd = performance.now()
  log(`baseline done; airing ${slots.length} slots from ${new Date(T0).toISOString()}`)
  const airStart = performance.now() + LEAD_SECONDS * 1000
  const recording = await recordMount(icecast.listenUrl, (T0 - Date.now()) / 1000 + slots[slots.length - 1].to + TAIL_SECONDS)
  takeAll()
  const airEnd = performance.now()

  const frames = toneWindows(recording.samples)
  const at = (w: number) => windowStartMs(recording.originMs, w)
  const errors: { slot: Slot; ms: number | null }[] = slots.map((slot) => {
    const start = T0 + slot.from * 1000
    const first = frames.findIndex((_hz, w) => at(w) >= start - 2000 && at(w) < T0 + slot.to * 1000 && [0, 1, 2].every((k) => near(frames[w + k] ?? null, slot.hz)))
    return { slot, ms: first < 0 ? null : Math.round(at(first) - start) }
  })
  const found = errors.filter((e): e is { slot: Slot; ms: number } => e.ms !== null)
  const missed = errors.filter((e) => e.ms === null)
  if (missed.length > 0) {
    driver.send('log')
    const tail = await new Promise<string[]>((resolve) => driver!.once('message', (m: { log?: string[] }) => resolve(m.log ?? [])))
    log(`tone not found for ${missed.map((e) => e.slot.slot).join(', ')}; engine log tail:\n${tail.join('\n')}`)
  }
  if (found.length === 0) throw new Error('no slot was heard on the mount')
  const abs = found.map((e) => Math.abs(e.ms)).sort((a, b) => a - b)
  const files = found.filter((e) => e.slot.kind === 'file').map((e) => e.ms)
  const relays = found.filter((e) => e.slot.kind === 'relay').map((e) => e.ms)
  const firstSlot = found[0]

  console.log('')
  log(`slot-start error as heard on the mount, |ms| over ${found.length}/${slots.length} slots: p50 ${percentile(abs, 50)}, p95 ${percentile(abs, 95)}, max ${abs[abs.length - 1]}   target max <= ${TARGET_MAX_ERROR_MS}  ${abs[abs.length - 1] <= TARGET_MAX_ERROR_MS && missed.length === 0 ? 'OK' : 'MISS'}`)
  log(`  signed, ms: files ${JSON.stringify(files)}; relays ${JSON.stringify(relays)} (first slot ${firstSlot.ms})`)
  const wallAir = (airEnd - airStart) / 1000
  for (const [name, sampler] of Object.entries(samplers)) {
    const idle = sampler.between(baselineStart, baselineEnd)
    const air = sampler.between(airStart, airEnd)
    const label = name === 'liquidsoap' ? 'Liquidsoap' : "Loa's process (scheduler)"
    log(`${label}: on air ${air.cpuSeconds.toFixed(1)} s CPU in ${wallAir.toFixed(0)} s = ${air.corePercent.toFixed(1)} % of one core; RSS peak ${air.rssPeakMb.toFixed(1)} MB, mean ${air.rssMeanMb.toFixed(1)} MB`)
    log(`  baseline (idle, silence on air, ${BASELINE_SECONDS} s): ${idle.corePercent.toFixed(1)} % of one core, RSS mean ${idle.rssMeanMb.toFixed(1)} MB; ratio CPU on air / idle ${(air.corePercent / idle.corePercent).toFixed(2)}`)
  }
} finally {
  for (const timer of timers) clearInterval(timer)
  if (driver && driver.exitCode === null) {
    const exited = new Promise((resolve) => driver!.once('exit', resolve))
    driver.send('stop')
    await exited
  }
  relayServer?.close()
  await stopIcecast?.()
  rmSync(dir, { recursive: true, force: true })
}
