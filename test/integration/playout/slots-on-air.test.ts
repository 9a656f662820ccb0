import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../../src/audio/testAudio'
import type { Playlist, PlaylistEntry } from '../../../src/broadcast/types'
import { fileForUrl, startAirScheduler } from '../../../src/playout/airScheduler'
import { type EmbeddedIcecast, startEmbeddedIcecast } from '../../../src/playout/icecast'
import { playCommand, relayCommand, type RunningLiquidsoap, STOP_COMMAND, startLiquidsoap } from '../../../src/playout/liquidsoap'
import { mountIsLive, nearHz, recordMount, toneWindows, windowStartMs } from '../../support/airRecording'

/**
 * Real Liquidsoap and a real Icecast on free loopback ports, driven by Loa's scheduler from a
 * playlist whose slots start seconds ahead. The Icecast mount is recorded as a listener hears it
 * and each slot's tone is found in the recording: slot starts within 1 s of the system clock, and
 * no programme runs into the next slot or into the silence after its slot.
 *
 * Recording time → wall clock: each decoded chunk arrives no earlier than it aired, so the origin
 * of the recording is the minimum over chunks of (arrival − position). Transport delays only make
 * a measured start later, never earlier, so the bound is conservative.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'loa-playout-'))
const media = path.join(dir, 'media')

// Slot layout, seconds after T0.
type Slot = { slot: string; from: number; to: number; hz: number | null; kind: 'file' | 'relay' | 'missing'; fileSeconds?: number }
const SLOTS: Slot[] = [
  // A 12 s programme in a 6 s slot: it must be cut when the next slot starts.
  { slot: 'a', from: 0, to: 6, hz: 440, kind: 'file', fileSeconds: 12 },
  // Back to back; 8 s in a 5 s slot followed by a gap: it must stop at the slot end.
  { slot: 'b', from: 6, to: 11, hz: 880, kind: 'file', fileSeconds: 8 },
  // The provincial station's stream.
  { slot: 'c', from: 14, to: 18, hz: 1320, kind: 'relay' },
  // A programme that was never built: silence, the schedule goes on.
  { slot: 'd', from: 18, to: 20, hz: null, kind: 'missing' },
  { slot: 'e', from: 20, to: 23, hz: 660, kind: 'file', fileSeconds: 6 },
]
const LEAD_SECONDS = 6
const TAIL_SECONDS = 3

let icecast: EmbeddedIcecast
let liquidsoap: RunningLiquidsoap
let relayServer: http.Server
const engineLog: string[] = []

/** A stream server standing in for the provincial station: the tone, sent as fast as it is read. */
async function startRelayServer(file: string): Promise<string> {
  relayServer = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'audio/mpeg' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => relayServer.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(relayServer.address() as AddressInfo).port}/tinh.mp3`
}

const near = (hz: number | null, expected: number) => nearHz(hz, expected)

let T0 = 0
let frames: (number | null)[] = []
let origin = 0
/** Wall-clock ms of window w's start. */
const at = (w: number) => windowStartMs(origin, w)

beforeAll(async () => {
  const toneFile = async (name: string, hz: number, seconds: number) => generateTone(path.join(media, 'tones', name), { seconds, frequency: hz, levelDb: -18, kind: 'sine' })
  for (const slot of SLOTS) if (slot.kind === 'file') await toneFile(`${slot.slot}.mp3`, slot.hz!, slot.fileSeconds!)
  const relayUrl = await startRelayServer(await toneFile('relay.mp3', 1320, 60))

  icecast = await startEmbeddedIcecast({ dir: path.join(dir, 'icecast') })
  liquidsoap = await startLiquidsoap({
    settings: { controlSocket: path.join(dir, 'ls.sock'), icecast: icecast.target, stationName: 'Đài xã thử' },
    scriptFile: path.join(dir, 'loa.liq'),
    onLine: (line) => engineLog.push(line),
  })
  await mountIsLive(icecast.listenUrl)

  T0 = Math.ceil(Date.now() / 1000) * 1000 + LEAD_SECONDS * 1000
  const iso = (s: number) => new Date(T0 + s * 1000).toISOString()
  const entries: PlaylistEntry[] = SLOTS.map((s) => ({
    slot: s.slot,
    kind: s.kind === 'relay' ? 'relay' : 'local',
    title: `Khung ${s.slot}`,
    start: iso(s.from),
    end: iso(s.to),
    status: s.kind === 'relay' ? 'relay' : s.kind === 'missing' ? 'missing' : 'ready',
    url: s.kind === 'relay' ? relayUrl : s.kind === 'missing' ? null : `/media/tones/${s.slot}.mp3`,
    durationSeconds: s.fileSeconds ?? null,
    sha256: null,
  }))
  const playlist: Playlist = { station: 'Đài xã thử', timeZone: 'Asia/Ho_Chi_Minh', date: iso(0).slice(0, 10), generatedAt: new Date().toISOString(), entries }

  const scheduler = startAirScheduler({
    engine: {
      play: (file, cue) => liquidsoap.command(playCommand(file, cue)),
      relay: (url) => liquidsoap.command(relayCommand(url)),
      stop: () => liquidsoap.command(STOP_COMMAND),
    },
    loadPlaylists: async () => [playlist],
    resolveFile: (url) => fileForUrl(url, media),
    log: (line) => engineLog.push(`[loa ${new Date().toISOString()}] ${line}`),
  })
  const seconds = (T0 - Date.now()) / 1000 + SLOTS[SLOTS.length - 1].to + TAIL_SECONDS
  const recording = await recordMount(icecast.listenUrl, seconds)
  scheduler.stop()
  frames = toneWindows(recording.samples)
  origin = recording.originMs
})

afterAll(async () => {
  await liquidsoap?.stop()
  await icecast?.stop()
  relayServer?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('playout: slots on air through Liquidsoap and Icecast', () => {
  it('starts every slot within 1 s of its time', () => {
    const errors: Record<string, number> = {}
    for (const slot of SLOTS.filter((s) => s.hz !== null)) {
      const start = T0 + slot.from * 1000
      // The first run of 3 windows of this slot's tone at or after 2 s before its start.
      const first = frames.findIndex((_hz, w) => at(w) >= start - 2000 && [0, 1, 2].every((k) => near(frames[w + k] ?? null, slot.hz!)))
      expect(first, `tone of slot ${slot.slot} not found\n${engineLog.slice(-30).join('\n')}`).toBeGreaterThanOrEqual(0)
      errors[slot.slot] = Math.round(at(first) - start)
    }
    console.log(`[playout test] slot start error, ms (recording origin ±50 ms window): ${JSON.stringify(errors)}`)
    for (const [slot, ms] of Object.entries(errors)) expect(Math.abs(ms), `slot ${slot} started ${ms} ms off\n${engineLog.slice(-30).join('\n')}`).toBeLessThanOrEqual(1000)
  })

  it('never lets a programme run past its slot: cut at the next slot, stopped before a gap', () => {
    const overruns: Record<string, number> = {}
    for (const slot of SLOTS.filter((s) => s.hz !== null)) {
      const end = T0 + slot.to * 1000
      // The last run of 3 windows of the tone (a window straddling a cut reads as some other pitch).
      let last = -1
      for (let w = 2; w < frames.length; w++) if ([0, 1, 2].every((k) => near(frames[w - k], slot.hz!))) last = w
      expect(last, `tone of slot ${slot.slot} not found`).toBeGreaterThan(0)
      const overrunMs = Math.round(at(last + 1) - end)
      overruns[slot.slot] = overrunMs
      expect(overrunMs, `slot ${slot.slot} ran ${overrunMs} ms past its end`).toBeLessThanOrEqual(1000)
    }
    console.log(`[playout test] last tone window end minus slot end, ms: ${JSON.stringify(overruns)}`)
    // The gap after slot b and the missing slot d are silent on air.
    const silentShare = (from: number, to: number) => {
      const inside = frames.filter((_, w) => at(w) >= T0 + from * 1000 && at(w + 1) <= T0 + to * 1000)
      return inside.filter((hz) => hz === null).length / inside.length
    }
    expect(silentShare(12, 14)).toBeGreaterThanOrEqual(0.95)
    expect(silentShare(19, 20)).toBeGreaterThanOrEqual(0.95)
  })
})
