import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Playlist, PlaylistEntry } from '../../../src/broadcast/types'
import { type AirEngine, startAirScheduler } from '../../../src/playout/airScheduler'

/**
 * Loa's side of playout against a recording engine and fake timers: what it sends to Liquidsoap,
 * and when. The real engine is in test/integration/playout.
 */
const T0 = new Date('2026-12-01T05:10:00+07:00').getTime()
const at = (s: number) => new Date(T0 + s * 1000).toISOString()
const entry = (slot: string, from: number, to: number, extra: Partial<PlaylistEntry> = {}): PlaylistEntry => ({
  slot, kind: 'local', title: slot, start: at(from), end: at(to), status: 'ready', url: `/media/p/${slot}.mp3`, durationSeconds: null, sha256: 'x', ...extra,
})
const playlistOf = (entries: PlaylistEntry[]): Playlist => ({ station: 'x', timeZone: 'Asia/Ho_Chi_Minh', date: '2026-12-01', generatedAt: at(0), entries })

let calls: string[]
let failNext = false
const engine: AirEngine = {
  play: async (file, cue) => {
    if (failNext) {
      failNext = false
      throw new Error('socket gone')
    }
    calls.push(`${((Date.now() - T0) / 1000).toFixed(1)} play ${file} in=${cue.inSeconds.toFixed(1)} out=${cue.outSeconds}`)
  },
  relay: async (url) => void calls.push(`${((Date.now() - T0) / 1000).toFixed(1)} relay ${url}`),
  stop: async () => void calls.push(`${((Date.now() - T0) / 1000).toFixed(1)} stop`),
}
const withDeadAir: AirEngine = { ...engine, deadAir: async (file) => void calls.push(`${((Date.now() - T0) / 1000).toFixed(1)} deadair ${file}`) }

beforeEach(() => {
  calls = []
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

const run = async (playlist: Playlist, startAt: number, untilSeconds: number, refreshMs = 30_000, extra: { engine?: AirEngine; fillerFile?: string | null } = {}) => {
  vi.setSystemTime(T0 + startAt * 1000)
  const scheduler = startAirScheduler({ engine, loadPlaylists: async () => [playlist], resolveFile: (url) => `/srv${url}`, refreshMs, ...extra })
  await vi.advanceTimersByTimeAsync((untilSeconds - startAt) * 1000)
  scheduler.stop()
}

describe('startAirScheduler', () => {
  it('plays each slot at its start (a fresh engine is already silent), replaces back to back, stops before a gap and after the last', async () => {
    const playlist = playlistOf([entry('a', 0, 60), entry('b', 60, 90), entry('c', 120, 150, { kind: 'relay', status: 'relay', url: 'http://tinh/live' })])
    await run(playlist, -5, 200)
    expect(calls).toEqual([
      '0.0 play /srv/media/p/a.mp3 in=0.0 out=60',
      '60.0 play /srv/media/p/b.mp3 in=0.0 out=30',
      '90.0 stop',
      '120.0 relay http://tinh/live',
      '150.0 stop',
    ])
  })

  it('started mid-programme, starts the file at the right position; a refresh does not restart it', async () => {
    await run(playlistOf([entry('a', 0, 600)]), 75, 200, 10_000)
    expect(calls).toEqual(['75.0 play /srv/media/p/a.mp3 in=75.0 out=600'])
  })

  it('keeps silent in a slot whose programme is missing, and retries the engine after a failure', async () => {
    failNext = true
    await run(playlistOf([entry('a', 0, 30), entry('b', 30, 60, { status: 'missing', url: null })]), -1, 70)
    // The failed start at 0.0 is retried a second later, from where the slot now is.
    expect(calls).toEqual(['1.0 play /srv/media/p/a.mp3 in=1.0 out=30', '30.0 stop'])
  })

  it('names the dead-air fallback before each relay: the filler, else the latest local programme, else none', async () => {
    const relay = { kind: 'relay' as const, status: 'relay' as const, url: 'http://tinh/live' }
    await run(playlistOf([entry('a', 0, 60), entry('c', 60, 90, relay)]), -1, 95, 30_000, { engine: withDeadAir, fillerFile: '/srv/media/audio/nen.mp3' })
    await run(playlistOf([entry('a', 0, 60), entry('c', 60, 90, relay)]), -1, 95, 30_000, { engine: withDeadAir })
    await run(playlistOf([entry('c', 60, 90, relay)]), 50, 95, 30_000, { engine: withDeadAir })
    expect(calls.filter((call) => !call.includes('play') && !call.includes('stop'))).toEqual([
      '60.0 deadair /srv/media/audio/nen.mp3',
      '60.0 relay http://tinh/live',
      '60.0 deadair /srv/media/p/a.mp3',
      '60.0 relay http://tinh/live',
      '60.0 deadair null',
      '60.0 relay http://tinh/live',
    ])
  })
})

describe('startAirScheduler: emergencies ("Phát ngay")', () => {
  const emergencyEngine: AirEngine = {
    ...engine,
    emergency: async (file, cue) => void calls.push(`${((Date.now() - T0) / 1000).toFixed(1)} emergency ${file} in=${cue.inSeconds.toFixed(1)}`),
    emergencyStop: async () => void calls.push(`${((Date.now() - T0) / 1000).toFixed(1)} emergency-stop`),
  }
  const notice = (releasedAt: number | null, stoppedAt: number | null = null) => ({
    id: '7', title: 'Bão', url: '/media/audio/bao.mp3', durationSeconds: 20, validFrom: null, validTo: null,
    releasedAt: releasedAt === null ? null : new Date(T0 + releasedAt * 1000), stoppedAt: stoppedAt === null ? null : new Date(T0 + stoppedAt * 1000),
  })
  const runWith = async (startAt: number, untilSeconds: number, notices: (now: number) => ReturnType<typeof notice>[], repeatHours = 2) => {
    vi.setSystemTime(T0 + startAt * 1000)
    const scheduler = startAirScheduler({
      engine: emergencyEngine,
      loadPlaylists: async () => [playlistOf([entry('a', 0, 600)])],
      loadEmergencies: async () => ({ notices: notices((Date.now() - T0) / 1000), repeatHours }),
      resolveFile: (url) => `/srv${url}`,
    })
    await vi.advanceTimersByTimeAsync((untilSeconds - startAt) * 1000)
    scheduler.stop()
  }

  it('seen at the next 2 s poll, plays from the top, then the slot resumes at the position due then (not where it was cut)', async () => {
    // Released at 100.5 s; the poll at 102 s sees it.
    await runWith(-1, 200, (now) => [notice(now >= 100.5 ? 100.5 : null)])
    expect(calls).toEqual(['0.0 play /srv/media/p/a.mp3 in=0.0 out=600', '101.0 emergency /srv/media/audio/bao.mp3 in=0.0', '121.0 play /srv/media/p/a.mp3 in=121.0 out=600'])
  })

  it('a stop ends it within a poll; the slot resumes at its position', async () => {
    await runWith(-1, 200, (now) => [notice(now >= 100.5 ? 100.5 : null, now >= 110.2 ? 110.2 : null)])
    expect(calls).toEqual([
      '0.0 play /srv/media/p/a.mp3 in=0.0 out=600',
      '101.0 emergency /srv/media/audio/bao.mp3 in=0.0',
      expect.stringMatching(/^11[01]\.\d play \/srv\/media\/p\/a\.mp3 in=11[01]\.\d out=600$/),
      expect.stringMatching(/^11[01]\.\d emergency-stop$/),
    ])
  })

  it('a restart well into an airing resumes the recording at its position; repeats come every N hours', async () => {
    await runWith(-30 + 0.001, 10, () => [notice(-45)], 0.5)
    expect(calls[0]).toMatch(/^-30\.0 emergency \/srv\/media\/audio\/bao\.mp3 in=15\.0$/)
    expect(calls[1]).toBe('-25.0 stop')
  })
})

describe('what the as-run log is told of each item', () => {
  it('gives the engine the plan of each item: slot, title, kind, planned times, source, and why a fallback airs', async () => {
    const plans: unknown[] = []
    const recording: AirEngine = {
      play: async (_file, _cue, plan) => void plans.push(['play', plan]),
      relay: async (_url, plan) => void plans.push(['relay', plan]),
      stop: async (plan) => void plans.push(['stop', plan ?? null]),
    }
    const note = 'Không có chương trình "a" ngày 30/11/2026; phát lại bản ngày 29/11/2026'
    const playlist = playlistOf([
      entry('a', 0, 30, { kind: 'rebroadcast', status: 'fallback', note, url: '/media/p/a%20b.mp3' }),
      entry('b', 30, 60, { status: 'missing', url: null, note: 'Chưa dựng xong' }),
      entry('c', 60, 90, { kind: 'relay', status: 'relay', url: 'http://tinh/live' }),
    ])
    await run(playlist, -1, 95, 30_000, { engine: recording })
    expect(plans).toEqual([
      ['play', { slot: 'a', title: 'a', kind: 'rebroadcast', plannedStart: at(0), plannedEnd: at(30), source: 'p/a b.mp3', fallback: note }],
      ['stop', { slot: 'b', title: 'b', kind: 'local', plannedStart: at(30), plannedEnd: at(60), fallback: 'Chưa dựng xong' }],
      ['relay', { slot: 'c', title: 'c', kind: 'relay', plannedStart: at(60), plannedEnd: at(90), source: 'http://tinh/live' }],
      // The gap after the last slot is not an item of the log.
      ['stop', null],
    ])
  })
})
