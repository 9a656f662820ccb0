import { describe, expect, it } from 'vitest'
import { type AirLayerState, airSwitchLog, deadAirFallback } from '../../../src/broadcast/deadAir'
import type { Playlist, PlaylistEntry } from '../../../src/broadcast/types'

const T = (hhmm: string) => `2026-12-01T${hhmm}:00+07:00`
const entry = (slot: string, kind: PlaylistEntry['kind'], from: string, to: string, extra: Partial<PlaylistEntry> = {}): PlaylistEntry => ({
  slot, kind, title: `Khung ${slot}`, start: T(from), end: T(to), status: kind === 'relay' ? 'relay' : 'ready', url: kind === 'relay' ? 'http://tinh/stream' : `/media/p/${slot}.mp3`, durationSeconds: 600, sha256: 'x', ...extra,
})
const day = (entries: PlaylistEntry[]): Playlist => ({ station: 'x', timeZone: 'Asia/Ho_Chi_Minh', date: '2026-12-01', generatedAt: T('00:00'), entries })
const DAY = day([
  entry('sang', 'local', '05:00', '05:30'),
  entry('nhac', 'music', '05:30', '05:45'),
  entry('tinh', 'relay', '06:00', '07:00'),
  entry('chieu', 'local', '17:00', '17:30'),
  entry('thieu', 'local', '05:45', '05:55', { status: 'missing', url: null }),
])

describe('deadAirFallback: what stands in for a dead relay', () => {
  it.each([
    ['the station filler, whenever there is one', [DAY], '06:00', '/m/filler.mp3', { kind: 'filler', file: '/m/filler.mp3' }],
    ['else the latest local or music programme before the relay (not a missing one)', [DAY], '06:00', null, { kind: 'programme', url: '/media/p/nhac.mp3', title: 'Khung nhac' }],
    ['not a programme that has not aired yet', [DAY], '05:10', null, { kind: 'programme', url: '/media/p/sang.mp3', title: 'Khung sang' }],
    ['yesterday\'s when today has none yet', [day([entry('hom-qua', 'local', '18:00', '18:30', { start: '2026-11-30T18:00:00+07:00', end: '2026-11-30T18:30:00+07:00' })]), day([entry('tinh', 'relay', '06:00', '07:00')])], '06:00', null, { kind: 'programme', url: '/media/p/hom-qua.mp3', title: 'Khung hom-qua' }],
    ['nothing: silence', [day([entry('tinh', 'relay', '06:00', '07:00')])], '06:00', null, null],
  ])('%s', (_why, playlists, at, filler, expected) => {
    expect(deadAirFallback(playlists as Playlist[], new Date(T(at as string)), filler as string | null)).toEqual(expected)
  })
})

describe('airSwitchLog: the engine\'s switches as log lines', () => {
  const run = (lines: string[], seconds = 15) => {
    let state: AirLayerState = null
    const out: (string | null)[] = []
    for (const line of lines) {
      const logged = airSwitchLog(state, line, seconds)
      if (!logged) {
        out.push('(not a switch)')
        continue
      }
      state = logged.layer
      out.push(logged.message)
    }
    return out
  }
  it.each([
    ['a relay that cannot be reached, then comes', ['LOA-LAYER deadair unreachable', 'LOA-LAYER relay'], ['Mất sóng tiếp âm (không kết nối được): chuyển sang nguồn dự phòng, vẫn thử kết nối lại', 'Tiếp âm đã có lại tín hiệu: phát lại tiếp âm']],
    ['a relay lost, without a fallback file: silence', ['LOA-LAYER relay', 'LOA-LAYER silence lost', 'LOA-LAYER relay'], [null, 'Mất sóng tiếp âm (mất tín hiệu): chuyển sang im lặng, vẫn thử kết nối lại', 'Tiếp âm đã có lại tín hiệu: phát lại tiếp âm']],
    ['a silent relay, with the station\'s seconds', ['LOA-LAYER relay', 'LOA-LAYER deadair silent'], [null, 'Mất sóng tiếp âm (im lặng quá 15 giây): chuyển sang nguồn dự phòng, vẫn thử kết nối lại']],
    ['slot changes are not dead air', ['LOA-LAYER programme', 'LOA-LAYER relay', 'LOA-LAYER silence ', 'LOA-LAYER filler'], [null, null, null, null]],
    ['a relay slot starting after a programme is not a "return"', ['LOA-LAYER deadair lost', 'LOA-LAYER programme', 'LOA-LAYER relay'], ['Mất sóng tiếp âm (mất tín hiệu): chuyển sang nguồn dự phòng, vẫn thử kết nối lại', null, null]],
    ['other engine lines are ignored', ['LOA-ON-AIR /m/a.mp3', '2026/12/01 [loa_air:3] Switch to loa_relay_live', 'LOA-LAYER bogus'], ['(not a switch)', '(not a switch)', '(not a switch)']],
  ])('%s', (_why, lines, expected) => expect(run(lines)).toEqual(expected))
})
