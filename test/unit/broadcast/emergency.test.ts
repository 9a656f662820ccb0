import { describe, expect, it } from 'vitest'
import { type EmergencyNotice, emergencyState } from '../../../src/broadcast/emergency'
import { planDay } from '../../../src/broadcast/planDay'
import { buildPlaylist, playlistToM3u } from '../../../src/broadcast/playlist'
import { SLOTS, TIME_ZONE } from './fixtures/slots'

const STATION = { name: 'Đài Truyền thanh xã Yên Lạc', timeZone: TIME_ZONE }
const TUESDAY = '2026-12-01'
/** Tuesday 01/12/2026 14:00 local. */
const NOW = new Date('2026-12-01T07:00:00Z')
const hours = (h: number) => new Date(NOW.getTime() + h * 3600_000)

const notice = (id: string, extra: Partial<EmergencyNotice> = {}): EmergencyNotice => ({
  id,
  title: `Bão số ${id}`,
  url: `/media/audio/khan-${id}.mp3`,
  durationSeconds: 42.5,
  validFrom: hours(-1),
  validTo: hours(6),
  ...extra,
})

const playlistFor = (emergencies: EmergencyNotice[], date = TUESDAY, now = NOW) =>
  buildPlaylist({ station: STATION, date, instances: planDay(SLOTS, date, TIME_ZONE), programmes: [], generatedAt: now, emergencies })

const emergencyIds = (emergencies: EmergencyNotice[], date?: string) =>
  playlistFor(emergencies, date).entries.filter((e) => e.kind === 'emergency').map((e) => e.slot)

describe('emergencyState', () => {
  it.each([
    ['valid, recorded', { validFrom: hours(-1), validTo: hours(1), hasRecording: true }, 'waiting'],
    ['open-ended, recorded', { validFrom: null, validTo: null, hasRecording: true }, 'waiting'],
    ['valid from an ISO string (the admin form)', { validFrom: hours(-1).toISOString(), validTo: null, hasRecording: true }, 'waiting'],
    ['valid, no recording', { validFrom: hours(-1), validTo: hours(1), hasRecording: false }, 'no-recording'],
    ['starts later', { validFrom: hours(1), validTo: hours(2), hasRecording: true }, 'not-yet'],
    ['ended', { validFrom: hours(-3), validTo: hours(-1), hasRecording: true }, 'expired'],
    ['ends exactly now (inclusive)', { validFrom: null, validTo: NOW, hasRecording: true }, 'waiting'],
  ] as const)('%s → %s', (_label, validity, state) => {
    expect(emergencyState(validity, NOW)).toBe(state)
  })
})

describe('buildPlaylist: emergencies', () => {
  it('puts a valid emergency first, as an immediate entry flagged to interrupt, before the slots', () => {
    const playlist = playlistFor([notice('1')])
    expect(playlist.entries[0]).toEqual({
      slot: 'khan-cap-1',
      kind: 'emergency',
      title: 'KHẨN CẤP: Bão số 1',
      start: '2026-12-01T14:00:00+07:00',
      end: '2026-12-01T20:00:00+07:00',
      status: 'ready',
      url: '/media/audio/khan-1.mp3',
      durationSeconds: 42.5,
      sha256: null,
      interrupt: true,
      note: 'Phát ngay, ngắt chương trình đang phát',
    })
    // The scheduled airings are all still there, after it, unflagged.
    expect(playlist.entries.slice(1).map((e) => e.slot)).toEqual(planDay(SLOTS, TUESDAY, TIME_ZONE).map((i) => i.slot.slug))
    expect(playlist.entries.slice(1).every((e) => e.interrupt === undefined)).toBe(true)
  })

  it.each([
    ['valid now', [notice('a')], TUESDAY, ['khan-cap-a']],
    ['not yet valid', [notice('b', { validFrom: hours(1) })], TUESDAY, []],
    ['expired', [notice('c', { validFrom: hours(-5), validTo: hours(-1) })], TUESDAY, []],
    ['open-ended', [notice('d', { validFrom: null, validTo: null })], TUESDAY, ['khan-cap-d']],
    ['valid now, still valid tomorrow: in tomorrow’s list too', [notice('e', { validTo: hours(30) })], '2026-12-02', ['khan-cap-e']],
    ['valid now, ends tonight: not in tomorrow’s list', [notice('f')], '2026-12-02', []],
    ['oldest first', [notice('late', { validFrom: hours(-1) }), notice('early', { validFrom: hours(-2) })], TUESDAY, ['khan-cap-early', 'khan-cap-late']],
  ] as [string, EmergencyNotice[], string, string[]][])('%s', (_label, notices, date, expected) => {
    expect(emergencyIds(notices, date)).toEqual(expected)
  })

  it('lists a valid emergency without a recording as missing, saying it must be recorded', () => {
    const entry = playlistFor([notice('2', { url: null, durationSeconds: null })]).entries[0]
    expect(entry).toMatchObject({ kind: 'emergency', status: 'missing', url: null, interrupt: true })
    expect(entry.note).toContain('chưa có bản ghi âm')
  })

  it('an open-ended emergency runs to the end of the playlist’s day', () => {
    expect(playlistFor([notice('3', { validTo: null })]).entries[0].end).toBe('2026-12-02T00:00:00+07:00')
  })
})

describe('playlistToM3u: emergencies', () => {
  it('flags the emergency for devices to interrupt, first, with its absolute URL', () => {
    const m3u = playlistToM3u(playlistFor([notice('1')]), (url) => `https://loa.example.vn${url}`)
    const lines = m3u.split('\n')
    expect(lines.slice(2, 7)).toEqual([
      '# GHI CHÚ: Phát ngay, ngắt chương trình đang phát',
      '#EXT-X-LOA-INTERRUPT:YES',
      '#EXT-X-LOA-START:2026-12-01T14:00:00+07:00',
      '#EXT-X-LOA-END:2026-12-01T20:00:00+07:00',
      '#EXTINF:43,14:00–20:00 KHẨN CẤP: Bão số 1',
    ])
    expect(lines[7]).toBe('https://loa.example.vn/media/audio/khan-1.mp3')
    // Only the emergency is flagged.
    expect(m3u.match(/#EXT-X-LOA-INTERRUPT/g)).toHaveLength(1)
  })

  it('shows an emergency without a recording as a gap, not a stream', () => {
    const m3u = playlistToM3u(playlistFor([notice('2', { url: null })]), (url) => url)
    expect(m3u).toContain('# THIẾU: 14:00–20:00 KHẨN CẤP: Bão số 2 — Tin khẩn cấp chưa có bản ghi âm')
    expect(m3u).not.toContain('#EXT-X-LOA-INTERRUPT')
  })

  it('keeps an emergency title with a line break on one line', () => {
    const m3u = playlistToM3u(playlistFor([notice('x', { title: 'Lũ\n#EXTINF:1,x\nhttp://evil' })]), (url) => url)
    expect(m3u.split('\n').filter((line) => line.startsWith('http'))).toEqual(['https://radio.example.vn/live/kenh1'])
  })
})

describe('buildPlaylist: a programme that dropped items says so', () => {
  it.each([
    ['ready, 3 dropped', 'ready', 3, 'Đã bỏ 3 mục không vừa khung giờ (xem chương trình)'],
    ['ready, nothing dropped', 'ready', 0, undefined],
    ['being rebuilt, 1 dropped', 'planned', 1, 'Chương trình đang chờ dựng lại; tạm phát bản đã dựng trước đó; Đã bỏ 1 mục không vừa khung giờ (xem chương trình)'],
  ] as const)('%s', (_label, status, droppedCount, note) => {
    const programme = { slotSlug: 'sang', date: TUESDAY, status, url: '/media/programmes/sang.mp3', durationSeconds: 1790, sha256: 'sha', droppedCount }
    const playlist = buildPlaylist({ station: STATION, date: TUESDAY, instances: planDay(SLOTS, TUESDAY, TIME_ZONE), programmes: [programme], generatedAt: NOW })
    expect(playlist.entries.find((e) => e.slot === 'sang')?.note).toBe(note)
  })
})
