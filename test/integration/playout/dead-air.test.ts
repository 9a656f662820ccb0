import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFfmpegBinaries } from '../../../src/audio/binaries'
import { generateTone } from '../../../src/audio/testAudio'
import { type AirLayerState, airSwitchLog } from '../../../src/broadcast/deadAir'
import type { Playlist, PlaylistEntry } from '../../../src/broadcast/types'
import { fileForUrl, startAirScheduler } from '../../../src/playout/airScheduler'
import { type EmbeddedIcecast, startEmbeddedIcecast } from '../../../src/playout/icecast'
import { deadAirCommand, playCommand, relayCommand, type RunningLiquidsoap, STOP_COMMAND, startLiquidsoap } from '../../../src/playout/liquidsoap'
import { mountIsLive, nearHz, recordMount, toneWindows, windowStartMs } from '../../support/airRecording'

/**
 * Dead air on a relay, end to end: real Liquidsoap and Icecast, Loa's scheduler, and a stand-in
 * for the provincial stream that the test controls (refuses connections, streams a tone in real
 * time, stalls, streams pure silence). The Icecast mount is recorded as a listener hears it; the
 * relay's tone (1320 Hz) and the station filler's (440 Hz) show when each is on air. N = 3 s here
 * (the station default is 15): the fallback must be on air within N + 5 s of the relay failing,
 * the relay back once its stream returns, and every switch logged with its reason.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'loa-deadair-'))
const media = path.join(dir, 'media')
const N = 3
const RELAY_HZ = 1320
const FILLER_HZ = 440

type Mode = 'refuse' | 'tone' | 'stall' | 'silence'
// What the provincial stream does, seconds after the slot start T0; the slot is [0, SLOT_END).
const PHASES: { from: number; mode: Mode }[] = [
  { from: 0, mode: 'refuse' },
  { from: 7, mode: 'tone' },
  { from: 17, mode: 'stall' },
  { from: 28, mode: 'tone' },
  { from: 37, mode: 'silence' },
  { from: 48, mode: 'tone' },
]
const SLOT_END = 57
const LEAD_SECONDS = 5
const TAIL_SECONDS = 3

let icecast: EmbeddedIcecast
let liquidsoap: RunningLiquidsoap
let relayServer: http.Server
let mode: Mode = 'refuse'
const engineLog: string[] = []
const switchLog: { ms: number; line: string }[] = []

/**
 * The provincial stream: MP3 paced at its own bitrate (a 1 s burst first, as a real server sends
 * its buffer), so a stall is a stall. Every connection follows the current mode.
 */
async function startRelayServer(tone: Buffer, silence: Buffer, secondsEach: number): Promise<string> {
  relayServer = http.createServer((req, res) => {
    if (mode === 'refuse') {
      req.socket.destroy()
      return
    }
    res.writeHead(200, { 'Content-Type': 'audio/mpeg' })
    const positions = { tone: 0, silence: 0 }
    // Each file at its own bitrate.
    const rate = (mode: Mode) => (mode === 'silence' ? silence : tone).length / secondsEach
    let credit = rate(mode)
    const timer = setInterval(() => {
      if (mode === 'refuse') {
        clearInterval(timer)
        res.destroy()
        return
      }
      if (mode === 'stall') return
      credit += rate(mode) / 10
      const source = mode === 'silence' ? silence : tone
      const key = mode === 'silence' ? 'silence' : 'tone'
      const bytes = Math.floor(credit)
      credit -= bytes
      const from = positions[key] % source.length
      const chunk = source.subarray(from, Math.min(source.length, from + bytes))
      positions[key] += chunk.length
      res.write(chunk)
    }, 100)
    res.on('close', () => clearInterval(timer))
  })
  await new Promise<void>((resolve) => relayServer.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(relayServer.address() as AddressInfo).port}/tinh.mp3`
}

const near = (hz: number | null, expected: number) => nearHz(hz, expected)

let T0 = 0
let frames: (number | null)[] = []
let origin = 0
const at = (w: number) => windowStartMs(origin, w)
/** Wall-clock ms when `hz` is first heard (6 windows in a row) at or after `fromMs`, or null. */
function firstHeard(hz: number, fromMs: number): number | null {
  const w = frames.findIndex((_, i) => at(i) >= fromMs && [0, 1, 2, 3, 4, 5].every((k) => near(frames[i + k] ?? null, hz)))
  return w < 0 ? null : at(w)
}

beforeAll(async () => {
  const toneFile = await generateTone(path.join(media, 'relay.mp3'), { seconds: 90, frequency: RELAY_HZ, levelDb: -18, kind: 'sine' })
  const fillerFile = await generateTone(path.join(media, 'filler.mp3'), { seconds: 20, frequency: FILLER_HZ, levelDb: -18, kind: 'sine' })
  const silenceFile = path.join(media, 'silence.mp3')
  const { ffmpeg } = resolveFfmpegBinaries()
  const made = spawnSync(ffmpeg, ['-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=mono', '-t', '90', '-c:a', 'libmp3lame', '-b:a', '64k', silenceFile])
  if (made.status !== 0) throw new Error(`silence: ${made.stderr}`)
  const relayUrl = await startRelayServer(readFileSync(toneFile), readFileSync(silenceFile), 90)

  icecast = await startEmbeddedIcecast({ dir: path.join(dir, 'icecast') })
  let layer: AirLayerState = null
  liquidsoap = await startLiquidsoap({
    settings: { controlSocket: path.join(dir, 'ls.sock'), icecast: icecast.target, stationName: 'Đài xã thử', deadAirSeconds: N },
    scriptFile: path.join(dir, 'loa.liq'),
    onLine: (line) => {
      engineLog.push(line)
      const logged = airSwitchLog(layer, line, N)
      if (!logged) return
      layer = logged.layer
      if (logged.message) switchLog.push({ ms: Date.now(), line: logged.message })
    },
  })
  await mountIsLive(icecast.listenUrl)

  T0 = Math.ceil(Date.now() / 1000) * 1000 + LEAD_SECONDS * 1000
  const iso = (s: number) => new Date(T0 + s * 1000).toISOString()
  const entries: PlaylistEntry[] = [
    { slot: 'tinh', kind: 'relay', title: 'Tiếp âm Đài tỉnh', start: iso(0), end: iso(SLOT_END), status: 'relay', url: relayUrl, durationSeconds: null, sha256: null },
  ]
  const playlist: Playlist = { station: 'Đài xã thử', timeZone: 'Asia/Ho_Chi_Minh', date: iso(0).slice(0, 10), generatedAt: new Date().toISOString(), entries }
  for (const phase of PHASES) setTimeout(() => (mode = phase.mode), T0 + phase.from * 1000 - Date.now())

  const scheduler = startAirScheduler({
    engine: {
      play: (file, cue) => liquidsoap.command(playCommand(file, cue)),
      relay: (url) => liquidsoap.command(relayCommand(url)),
      deadAir: (file) => liquidsoap.command(deadAirCommand(file)),
      stop: () => liquidsoap.command(STOP_COMMAND),
    },
    loadPlaylists: async () => [playlist],
    resolveFile: (url) => fileForUrl(url, media),
    fillerFile,
    log: (line) => engineLog.push(`[loa ${new Date().toISOString()}] ${line}`),
  })
  const seconds = (T0 - Date.now()) / 1000 + SLOT_END + TAIL_SECONDS
  const recording = await recordMount(icecast.listenUrl, seconds)
  scheduler.stop()
  frames = toneWindows(recording.samples)
  origin = recording.originMs
})

afterAll(async () => {
  await liquidsoap?.stop()
  await icecast?.stop()
  relayServer?.closeAllConnections()
  relayServer?.close()
  rmSync(dir, { recursive: true, force: true })
})

const tail = () => `\n${engineLog.slice(-40).join('\n')}\n${switchLog.map((s) => `${((s.ms - T0) / 1000).toFixed(1)} ${s.line}`).join('\n')}`

describe('playout: dead air on a relay', () => {
  it(`switches to the filler within N + 5 s when the relay cannot be reached, drops or is silent, and back when it returns`, () => {
    const measured: Record<string, number> = {}
    for (const [index, phase] of PHASES.entries()) {
      const from = T0 + phase.from * 1000
      const until = T0 + (PHASES[index + 1]?.from ?? SLOT_END) * 1000
      const hz = phase.mode === 'tone' ? RELAY_HZ : FILLER_HZ
      const heard = firstHeard(hz, from)
      expect(heard, `${hz} Hz not heard after ${phase.mode} at ${phase.from} s${tail()}`).not.toBeNull()
      const ms = Math.round(heard! - from)
      measured[`${phase.mode}@${phase.from}s`] = ms
      // Dead air: on the fallback within N + 5 s. The relay's return: before the next phase.
      if (phase.mode !== 'tone') expect(ms, `fallback after ${phase.mode} took ${ms} ms${tail()}`).toBeLessThanOrEqual((N + 5) * 1000)
      else expect(heard!, `relay back too late${tail()}`).toBeLessThan(until)
    }
    console.log(`[dead-air test] N = ${N} s; from the stream's change to the new source on air, ms: ${JSON.stringify(measured)}`)
  })

  it('logs each switch with its reason, in Vietnamese', () => {
    const lines = switchLog.map((s) => s.line)
    const order = ['không kết nối được', 'đã có lại tín hiệu', 'mất tín hiệu', 'đã có lại tín hiệu', `im lặng quá ${N} giây`, 'đã có lại tín hiệu']
    let from = 0
    for (const reason of order) {
      const found = lines.findIndex((line, i) => i >= from && line.includes(reason))
      expect(found, `"${reason}" not logged after line ${from}${tail()}`).toBeGreaterThanOrEqual(0)
      from = found + 1
    }
  })

  it('does not air the fallback once the relay slot is over', () => {
    const after = frames.filter((_, w) => at(w) >= T0 + SLOT_END * 1000 + 1000 && at(w + 1) <= T0 + (SLOT_END + TAIL_SECONDS) * 1000)
    expect(after.length).toBeGreaterThan(10)
    expect(after.filter((hz) => hz === null).length / after.length, tail()).toBeGreaterThanOrEqual(0.95)
  })
})
