import { statSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../../src/audio/testAudio'
import { type AirLayerState, airSwitchLog } from '../../../src/broadcast/deadAir'
import type { ReleasedEmergency } from '../../../src/broadcast/emergencyAirings'
import type { Playlist, PlaylistEntry } from '../../../src/broadcast/types'
import { asRunSecret } from '../../../src/lib/asRunSecret'
import { fileForUrl, startAirScheduler } from '../../../src/playout/airScheduler'
import { type EmbeddedIcecast, startEmbeddedIcecast } from '../../../src/playout/icecast'
import { deadAirCommand, EMERGENCY_STOP_COMMAND, emergencyCommand, playCommand, relayCommand, type RunningLiquidsoap, startLiquidsoap, stopCommand } from '../../../src/playout/liquidsoap'
import { ADMIN, type LoaServer, startLoaServer } from '../../support/loaServer'
import { api, login } from '../../support/rest'

/**
 * The as-run log on air: real Liquidsoap, Icecast and Loa server. Liquidsoap reports each item to
 * the server with the secret the server keeps in its data folder (the embedded default), and the
 * log shows what aired: a programme cut at its slot's end, a music programme that ends before its
 * slot does, a relay interrupted by an emergency and rejoined after it, without the relay's
 * return being taken for dead air ("mất tín hiệu") in the as-run log or the dead-air log.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'loa-asrun-'))
const media = path.join(dir, 'media')
const LEAD = 6
// Seconds after T0.
const A = { start: 0, end: 6, file: 10 }
const B = { start: 6, end: 12, file: 4 }
const C = { start: 13, end: 27 }
const RELEASE_AT = 17
const EMERGENCY_SECONDS = 4
const TAIL = 3

let server: LoaServer
let icecast: EmbeddedIcecast
let liquidsoap: RunningLiquidsoap
let relayServer: http.Server
let T0 = 0
let releasedAt: Date | null = null
const engineLog: string[] = []
const deadAirLog: string[] = []
let rows: Record<string, any>[] = []

/**
 * The provincial stream: MP3 at its own pace after a 3 s burst (as Icecast's burst-on-connect). It
 * answers a reconnection 1.5 s late (a slow network): the relay's return after the emergency must
 * not count as dead air meanwhile (it used to air the fallback and log "mất sóng").
 */
async function startRelayServer(tone: Buffer, seconds: number): Promise<string> {
  const rate = tone.length / seconds
  let connections = 0
  relayServer = http.createServer(async (_req, res) => {
    if (++connections > 1) await new Promise((resolve) => setTimeout(resolve, 1500))
    res.writeHead(200, { 'Content-Type': 'audio/mpeg' })
    let sent = Math.floor(rate * 3)
    res.write(tone.subarray(0, sent))
    const timer = setInterval(() => {
      const next = Math.min(tone.length, sent + Math.floor(rate / 10))
      res.write(tone.subarray(sent, next))
      sent = next
    }, 100)
    res.on('close', () => clearInterval(timer))
  })
  await new Promise<void>((resolve) => relayServer.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(relayServer.address() as AddressInfo).port}/tinh.mp3`
}

let relayUrl = ''
const dataDir = path.join(dir, 'data')

// The server (seeded) and the engine start side by side; the schedule runs in the next hook.
beforeAll(async () => {
  const startServer = async () => {
    server = await startLoaServer({ seed: 'news', env: { LOA_DATA_DIR: dataDir } })
  }
  const startEngine = async () => {
    await generateTone(path.join(media, 'a.mp3'), { seconds: A.file, frequency: 440, levelDb: -18, kind: 'sine' })
    await generateTone(path.join(media, 'b.mp3'), { seconds: B.file, frequency: 660, levelDb: -18, kind: 'sine' })
    await generateTone(path.join(media, 'khan.mp3'), { seconds: EMERGENCY_SECONDS, frequency: 2500, levelDb: -18, kind: 'sine' })
    const relayTone = await generateTone(path.join(dir, 'relay.mp3'), { seconds: 60, frequency: 1320, levelDb: -18, kind: 'sine' })
    relayUrl = await startRelayServer(readFileSync(relayTone), 60)
    icecast = await startEmbeddedIcecast({ dir: path.join(dir, 'icecast') })
  }
  await Promise.all([startServer(), startEngine()])
  let layer: AirLayerState = null
  liquidsoap = await startLiquidsoap({
    settings: {
      controlSocket: path.join(dir, 'ls.sock'),
      icecast: icecast.target,
      stationName: 'Đài xã thử',
      deadAirSeconds: 3,
      // The secret in the server's data folder, made by whichever side needs it first.
      asRun: { url: `${server.baseUrl}/api/as-run/report`, secret: asRunSecret(dataDir), runId: 'onair0001' },
    },
    scriptFile: path.join(dir, 'loa.liq'),
    onLine: (line) => {
      engineLog.push(line)
      const logged = airSwitchLog(layer, line, 3)
      if (!logged) return
      layer = logged.layer
      if (logged.message) deadAirLog.push(logged.message)
    },
  })
})

beforeAll(async () => {
  T0 = Math.ceil(Date.now() / 1000) * 1000 + LEAD * 1000
  const iso = (s: number) => new Date(T0 + s * 1000).toISOString()
  const entries: PlaylistEntry[] = [
    { slot: 'a', kind: 'local', title: 'Thời sự', start: iso(A.start), end: iso(A.end), status: 'ready', url: '/media/a.mp3', durationSeconds: A.file, sha256: null },
    { slot: 'b', kind: 'music', title: 'Ca nhạc', start: iso(B.start), end: iso(B.end), status: 'ready', url: '/media/b.mp3', durationSeconds: B.file, sha256: null },
    { slot: 'c', kind: 'relay', title: 'Tiếp âm Đài tỉnh', start: iso(C.start), end: iso(C.end), status: 'relay', url: relayUrl, durationSeconds: null, sha256: null },
  ]
  const playlist: Playlist = { station: 'Đài xã thử', timeZone: 'Asia/Ho_Chi_Minh', date: iso(0).slice(0, 10), generatedAt: new Date().toISOString(), entries }
  const notice = (): ReleasedEmergency => ({
    id: '1',
    title: 'Tin khẩn thử',
    url: '/media/khan.mp3',
    durationSeconds: EMERGENCY_SECONDS,
    validFrom: new Date(T0 - 60_000),
    validTo: new Date(T0 + 3600_000),
    releasedAt,
    stoppedAt: null,
  })
  const scheduler = startAirScheduler({
    engine: {
      play: (file, cue, plan) => liquidsoap.command(playCommand(file, cue, plan)),
      relay: (url, plan) => liquidsoap.command(relayCommand(url, plan)),
      deadAir: (file) => liquidsoap.command(deadAirCommand(file)),
      stop: (plan) => liquidsoap.command(stopCommand(plan)),
      emergency: (file, cue, plan) => liquidsoap.command(emergencyCommand(file, cue, plan)),
      emergencyStop: () => liquidsoap.command(EMERGENCY_STOP_COMMAND),
    },
    loadPlaylists: async () => [playlist],
    loadEmergencies: async () => ({ notices: [notice()], repeatHours: 2 }),
    resolveFile: (url) => fileForUrl(url, media),
    // The dead-air fallback would be the latest local programme: it must not air after the emergency.
    log: (line) => engineLog.push(`[loa ${new Date().toISOString()}] ${line}`),
  })
  const release = setTimeout(() => (releasedAt = new Date()), T0 + RELEASE_AT * 1000 - Date.now())
  await new Promise((resolve) => setTimeout(resolve, T0 + (C.end + TAIL) * 1000 - Date.now()))
  scheduler.stop()
  clearTimeout(release)
  const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  rows = (await api(admin, 'GET', '/as-run?depth=0&limit=100&sort=actualStart')).json.docs
})

afterAll(async () => {
  await liquidsoap?.stop()
  await icecast?.stop()
  relayServer?.closeAllConnections()
  relayServer?.close()
  await server?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : NaN)
const tail = () => `\n${rows.map((r) => `${((ms(r.actualStart) - T0) / 1000).toFixed(2)}–${((ms(r.actualEnd) - T0) / 1000).toFixed(2)} ${r.kind} ${r.slot} ${r.title} ${r.endReason} ${r.interruptedBy ?? ''} ${r.fallbackReason ?? ''}`).join('\n')}\n${engineLog.slice(-30).join('\n')}`

describe('playout: the as-run log', () => {
  it('keeps the secret it made in the data folder, readable by Loa alone', () => {
    expect(statSync(path.join(dataDir, 'asrun-secret')).mode & 0o777).toBe(0o600)
  })

  it('shows each slot starting within 1 s of its planned start, and how it ended', () => {
    const first = (slot: string) => rows.find((r) => r.slot === slot && r.kind !== 'filler')
    const starts: Record<string, number> = {}
    for (const [slot, planned] of [['a', A.start], ['b', B.start], ['c', C.start]] as const) {
      const row = first(slot)
      expect(row, `no as-run row for slot ${slot}${tail()}`).toBeDefined()
      starts[slot] = ms(row!.actualStart) - (T0 + planned * 1000)
      expect(ms(row!.plannedStart), tail()).toBe(T0 + planned * 1000)
      expect(Math.abs(starts[slot]), `slot ${slot} started ${starts[slot]} ms off${tail()}`).toBeLessThanOrEqual(1000)
    }
    console.log(`[as-run test] actual − planned start, ms: ${JSON.stringify(starts)}`)
    expect(first('a'), tail()).toMatchObject({ kind: 'local', title: 'Thời sự', source: 'a.mp3', endReason: 'slot-end', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
    expect(Math.abs(ms(first('a')!.actualEnd) - (T0 + A.end * 1000)), tail()).toBeLessThanOrEqual(1000)
    expect(first('b'), tail()).toMatchObject({ kind: 'music', endReason: 'completed' })
    expect(Math.abs(first('b')!.durationSeconds - B.file), tail()).toBeLessThanOrEqual(0.5)
  })

  it('records the emergency and the relay it interrupted, then the relay again until its slot ends', () => {
    const relays = rows.filter((r) => r.slot === 'c')
    const emergency = rows.find((r) => r.kind === 'emergency')
    expect(emergency, tail()).toMatchObject({ title: 'Tin khẩn thử', source: 'khan.mp3', endReason: 'completed', slot: null, plannedStart: null })
    expect(ms(emergency!.actualStart) - releasedAt!.getTime(), tail()).toBeLessThanOrEqual(5000)
    expect(relays.map((r) => [r.kind, r.endReason, r.interruptedBy ?? null]), tail()).toEqual([
      ['relay', 'interrupted', 'Tin khẩn thử'],
      ['relay', 'slot-end', null],
    ])
    expect(Math.abs(ms(relays[0].actualEnd) - ms(emergency!.actualStart)), tail()).toBeLessThanOrEqual(200)
  })

  it('does not take the relay’s return after the emergency for dead air', () => {
    expect(rows.filter((r) => r.kind === 'filler' || r.fallbackReason), tail()).toEqual([])
    expect(deadAirLog, tail()).toEqual([])
  })
})
