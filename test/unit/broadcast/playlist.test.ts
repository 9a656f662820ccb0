import { describe, expect, it } from 'vitest'
import { planDay } from '../../../src/broadcast/planDay'
import { buildPlaylist, playlistToM3u, type ProgrammeSummary, withAbsoluteUrls } from '../../../src/broadcast/playlist'
import { absoluteUrl } from '../../../src/lib/publicUrls'
import type { BroadcastSlot, PlaylistEntry } from '../../../src/broadcast/types'
import { SLOTS, TIME_ZONE } from './fixtures/slots'

const STATION = { name: 'Đài Truyền thanh xã Yên Lạc', timeZone: TIME_ZONE }
const GENERATED_AT = new Date('2026-11-30T20:00:00Z')
const TUESDAY = '2026-12-01'

const ready = (slotSlug: string, date: string, durationSeconds = 1795.2): ProgrammeSummary => ({
  slotSlug,
  date,
  status: 'ready',
  url: `/media/programmes/${slotSlug}-${date}.mp3`,
  durationSeconds,
  sha256: `sha-${slotSlug}-${date}`,
})
const pending = (slotSlug: string, date: string, status: ProgrammeSummary['status']): ProgrammeSummary => ({ slotSlug, date, status, url: null, durationSeconds: null, sha256: null })
/** Assembled once, now being rebuilt (or failed to rebuild): its earlier file is still in place. */
const rebuilding = (slotSlug: string, date: string, status: ProgrammeSummary['status']): ProgrammeSummary => ({ ...ready(slotSlug, date), status })

const tuesday = (programmes: ProgrammeSummary[]) =>
  buildPlaylist({ station: STATION, date: TUESDAY, instances: planDay(SLOTS, TUESDAY, TIME_ZONE), programmes, generatedAt: GENERATED_AT })

const replay = (programmes: ProgrammeSummary[]) => tuesday(programmes).entries.find((e) => e.slot === 'phat-lai-sang')!

describe('buildPlaylist', () => {
  it('Tuesday: 05:10 plays its own morning programme of Monday afternoon, one entry per airing, nothing dropped', () => {
    const playlist = tuesday([ready('chieu', '2026-11-30'), ready('phat-lai-sang', TUESDAY, 1195.2), ready('sang', TUESDAY, 1790), pending('chieu', TUESDAY, 'assembling')])
    expect(playlist).toMatchObject({ station: STATION.name, timeZone: TIME_ZONE, date: TUESDAY, generatedAt: '2026-11-30T20:00:00.000Z' })
    expect(playlist.entries).toEqual<PlaylistEntry[]>([
      {
        slot: 'phat-lai-sang', kind: 'rebroadcast', title: 'Phát lại chương trình chiều', start: '2026-12-01T05:10:00+07:00', end: '2026-12-01T05:30:00+07:00',
        status: 'ready', url: '/media/programmes/phat-lai-sang-2026-12-01.mp3', durationSeconds: 1195.2, sha256: 'sha-phat-lai-sang-2026-12-01',
      },
      {
        slot: 'sang', kind: 'local', title: 'Chương trình buổi sáng', start: '2026-12-01T05:30:00+07:00', end: '2026-12-01T06:00:00+07:00',
        status: 'ready', url: '/media/programmes/sang-2026-12-01.mp3', durationSeconds: 1790, sha256: 'sha-sang-2026-12-01',
      },
      {
        slot: 'an-toan-giao-thong', kind: 'local', title: 'Tuần lễ an toàn giao thông', start: '2026-12-01T11:00:00+07:00', end: '2026-12-01T11:15:00+07:00',
        status: 'missing', url: null, durationSeconds: null, sha256: null, note: 'Chưa có chương trình cho khung giờ này',
      },
      {
        slot: 'chieu', kind: 'local', title: 'Chương trình buổi chiều', start: '2026-12-01T17:00:00+07:00', end: '2026-12-01T17:30:00+07:00',
        status: 'missing', url: null, durationSeconds: null, sha256: null, note: 'Chương trình đang được dựng',
      },
      {
        slot: 'tiep-song', kind: 'relay', title: 'Tiếp sóng Đài tỉnh', start: '2026-12-01T19:00:00+07:00', end: '2026-12-01T19:45:00+07:00',
        status: 'relay', url: 'https://radio.example.vn/live/kenh1', durationSeconds: null, sha256: null,
      },
    ])
  })

  it.each([
    ['planned', 'Chương trình đang chờ dựng lại; tạm phát bản đã dựng trước đó'],
    ['assembling', 'Chương trình đang được dựng lại; tạm phát bản đã dựng trước đó'],
    ['failed', 'Dựng lại thất bại, cần kỹ thuật viên kiểm tra; tạm phát bản đã dựng trước đó'],
  ] as const)('plays the earlier file of a programme being rebuilt (%s) instead of leaving silence, and says so', (status, note) => {
    const entries = tuesday([rebuilding('sang', TUESDAY, status), ready('chieu', '2026-11-30'), rebuilding('phat-lai-sang', TUESDAY, status)]).entries
    expect(entries.find((e) => e.slot === 'sang')).toMatchObject({ status: 'ready', url: '/media/programmes/sang-2026-12-01.mp3', sha256: 'sha-sang-2026-12-01', note })
    expect(entries.find((e) => e.slot === 'phat-lai-sang')).toMatchObject({ status: 'ready', url: '/media/programmes/phat-lai-sang-2026-12-01.mp3', note })
  })

  it('does not play the file of a programme marked for rebuild: missing, with the reason as its note', () => {
    const reason = 'Khung giờ đã đổi từ 05:30–06:00 thành 05:30–05:50; cần dựng lại'
    // Marked after it was built (status back to planned) and marked while it was being built.
    for (const status of ['planned', 'ready'] as const) {
      const entries = tuesday([
        { ...ready('sang', TUESDAY), status, rebuildReason: reason },
        ready('chieu', '2026-11-30'),
        { ...ready('phat-lai-sang', TUESDAY), status, rebuildReason: 'Tệp âm thanh "Tin lũ" đã bị xóa; cần dựng lại' },
      ]).entries
      expect(entries.find((e) => e.slot === 'sang')).toMatchObject({ status: 'missing', url: null, sha256: null, durationSeconds: null, note: reason })
      expect(entries.find((e) => e.slot === 'phat-lai-sang')).toMatchObject({ status: 'missing', url: null, note: 'Tệp âm thanh "Tin lũ" đã bị xóa; cần dựng lại' })
    }
  })

  it('says when the morning programme was built from the most recent ready edition before the airing', () => {
    const entry = replay([
      ready('phat-lai-sang', TUESDAY, 1199),
      pending('chieu', '2026-11-30', 'failed'),
      ready('chieu', '2026-11-26'),
      ready('chieu', '2026-11-27', 1700),
      ready('chieu', TUESDAY), // same day: not aired yet at 05:10, must not be used
      ready('sang', '2026-11-30'), // another slot
    ])
    expect(entry).toMatchObject({ status: 'fallback', url: '/media/programmes/phat-lai-sang-2026-12-01.mp3', durationSeconds: 1199, sha256: 'sha-phat-lai-sang-2026-12-01' })
    expect(entry.note).toBe('Không có chương trình "chieu" ngày 30/11/2026; phát lại bản ngày 27/11/2026')
  })

  it.each([
    ['no programme of the source at all', [ready('sang', '2026-11-30')]],
    ['only a same-day edition', [ready('chieu', TUESDAY)]],
    ['only editions not ready', [pending('chieu', '2026-11-30', 'planned'), pending('chieu', '2026-11-27', 'failed')]],
  ])('rebroadcast is missing with %s', (_label, programmes) => {
    expect(replay(programmes)).toMatchObject({
      status: 'missing',
      url: null,
      durationSeconds: null,
      note: 'Không có chương trình "chieu" nào sẵn sàng để phát lại (cần bản ngày 30/11/2026)',
    })
  })

  // Issue #9: Monday's 1,677 s afternoon file in Tuesday's 1,200 s slot ran 7 min 57 s into the relay.
  it.each([
    ['no morning programme yet', [ready('chieu', '2026-11-30', 1677)], 'Bản phát lại chưa sẵn sàng: chưa có chương trình cho khung giờ này'],
    ['its morning programme still planned', [ready('chieu', '2026-11-30', 1677), pending('phat-lai-sang', TUESDAY, 'planned')], 'Bản phát lại chưa sẵn sàng: chương trình chưa được dựng'],
    ['its morning programme failed', [ready('chieu', '2026-11-30', 1677), pending('phat-lai-sang', TUESDAY, 'failed')], 'Bản phát lại chưa sẵn sàng: dựng chương trình thất bại, cần kỹ thuật viên kiểm tra'],
  ] as const)('never plays the source file (1,677 s, longer than the 1,200 s slot) at 05:10: %s -> missing', (_label, programmes, note) => {
    const entry = replay([...programmes])
    expect(entry).toMatchObject({ status: 'missing', url: null, durationSeconds: null, sha256: null, note })
  })

  it.each([
    ['planned', 'Chương trình chưa được dựng'],
    ['assembling', 'Chương trình đang được dựng'],
    ['failed', 'Dựng chương trình thất bại, cần kỹ thuật viên kiểm tra'],
    ['ready', 'Chương trình đã dựng nhưng thiếu tệp âm thanh'], // ready without a URL
  ] as const)('local programme %s -> missing with a note', (status, note) => {
    const entry = tuesday([pending('sang', TUESDAY, status)]).entries.find((e) => e.slot === 'sang')!
    expect(entry).toMatchObject({ status: 'missing', url: null, note })
  })

  it('handles relay and rebroadcast slots missing their configuration', () => {
    const broken: BroadcastSlot[] = [
      { slug: 'r', name: 'R', kind: 'relay', days: [2], start: '20:00', end: '20:30' },
      { slug: 'p', name: 'P', kind: 'rebroadcast', days: [2], start: '21:00', end: '21:30' },
    ]
    const playlist = buildPlaylist({ station: STATION, date: TUESDAY, instances: planDay(broken, TUESDAY, TIME_ZONE), programmes: [], generatedAt: GENERATED_AT })
    expect(playlist.entries.map((e) => [e.status, e.note])).toEqual([
      ['missing', 'Khung tiếp sóng chưa có địa chỉ luồng'],
      ['missing', 'Khung phát lại chưa chọn khung giờ nguồn'],
    ])
  })
})

describe('withAbsoluteUrls (the JSON devices get)', () => {
  it('makes programme URLs absolute on the public origin, leaves relays and missing entries as they are', () => {
    const playlist = tuesday([ready('phat-lai-sang', TUESDAY, 1195.4), ready('sang', TUESDAY, 1790.4)])
    const published = withAbsoluteUrls(playlist, (url) => absoluteUrl('https://loa.example.vn', url))
    expect(published.entries.map((entry) => [entry.slot, entry.url])).toEqual([
      ['phat-lai-sang', 'https://loa.example.vn/media/programmes/phat-lai-sang-2026-12-01.mp3'],
      ['sang', 'https://loa.example.vn/media/programmes/sang-2026-12-01.mp3'],
      ['an-toan-giao-thong', null],
      ['chieu', null],
      ['tiep-song', 'https://radio.example.vn/live/kenh1'],
    ])
    // The M3U lists the very same addresses.
    const m3uUrls = playlistToM3u(playlist, (url) => absoluteUrl('https://loa.example.vn', url)).split('\n').filter((line) => line && !line.startsWith('#'))
    expect(m3uUrls).toEqual(published.entries.flatMap((entry) => (entry.url ? [entry.url] : [])))
    // The playlist it was made from is not changed (it may be cached or reused).
    expect(playlist.entries[0].url).toBe('/media/programmes/phat-lai-sang-2026-12-01.mp3')
  })
})

describe('playlistToM3u', () => {
  it('writes extended M3U, keeping gaps visible', () => {
    const playlist = tuesday([ready('chieu', '2026-11-26'), ready('phat-lai-sang', TUESDAY, 1195.4), ready('sang', TUESDAY, 1790.4)])
    const m3u = playlistToM3u(playlist, (url) => `https://loa.example.vn${url}`)
    expect(m3u).toBe(
      [
        '#EXTM3U',
        '#PLAYLIST:Đài Truyền thanh xã Yên Lạc – 2026-12-01',
        '# GHI CHÚ: Không có chương trình "chieu" ngày 30/11/2026; phát lại bản ngày 26/11/2026',
        '#EXT-X-LOA-START:2026-12-01T05:10:00+07:00',
        '#EXT-X-LOA-END:2026-12-01T05:30:00+07:00',
        '#EXTINF:1195,05:10–05:30 Phát lại chương trình chiều',
        'https://loa.example.vn/media/programmes/phat-lai-sang-2026-12-01.mp3',
        '#EXT-X-LOA-START:2026-12-01T05:30:00+07:00',
        '#EXT-X-LOA-END:2026-12-01T06:00:00+07:00',
        '#EXTINF:1790,05:30–06:00 Chương trình buổi sáng',
        'https://loa.example.vn/media/programmes/sang-2026-12-01.mp3',
        '# THIẾU: 11:00–11:15 Tuần lễ an toàn giao thông — Chưa có chương trình cho khung giờ này',
        '# THIẾU: 17:00–17:30 Chương trình buổi chiều — Chưa có chương trình cho khung giờ này',
        '#EXT-X-LOA-START:2026-12-01T19:00:00+07:00',
        '#EXT-X-LOA-END:2026-12-01T19:45:00+07:00',
        '#EXTINF:-1,19:00–19:45 Tiếp sóng Đài tỉnh',
        'https://radio.example.vn/live/kenh1',
        '',
      ].join('\n'),
    )
  })

  it('keeps one line per field even if a title contains a line break', () => {
    const playlist = tuesday([])
    playlist.entries = playlist.entries.slice(0, 1).map((e) => ({ ...e, title: 'Phát lại\nchương trình' }))
    expect(playlistToM3u(playlist, (u) => u).split('\n')[2]).toBe(
      '# THIẾU: 05:10–05:30 Phát lại chương trình — Không có chương trình "chieu" nào sẵn sàng để phát lại (cần bản ngày 30/11/2026)',
    )
  })

  it('never writes a line break from data: relay URL, title, station name and note stay one line each', () => {
    const playlist = tuesday([])
    playlist.station = 'Đài\r\n#EXTINF:-1,x\nhttp://evil.example/a.mp3'
    playlist.entries = [
      { ...playlist.entries[4], title: 'Tiếp\u2028sóng\u0085Đài', url: 'https://radio.example.vn/live\nhttp://evil.example/ad.mp3' },
    ]
    const lines = playlistToM3u(playlist, (u) => u).trimEnd().split('\n')
    expect(lines).toHaveLength(6)
    expect(lines.filter((line) => !line.startsWith('#'))).toEqual(['https://radio.example.vn/live http://evil.example/ad.mp3'])
    expect(lines.every((line) => !/[\r\u2028\u0085]/.test(line))).toBe(true)
  })
})

describe('buildPlaylist with a relay URL saved before it was checked', () => {
  it.each(['https://radio.example.vn/live\nhttp://evil.example/ad.mp3', 'https://radio.example.vn/live\r\n#EXTINF:-1,x', 'javascript:alert(1)', ' https://radio.example.vn/live'])(
    '%j is listed as missing, not played',
    (url) => {
      const slots: BroadcastSlot[] = [{ slug: 'r', name: 'R', kind: 'relay', days: [2], start: '20:00', end: '20:30', relay: { url } }]
      const playlist = buildPlaylist({ station: STATION, date: TUESDAY, instances: planDay(slots, TUESDAY, TIME_ZONE), programmes: [], generatedAt: GENERATED_AT })
      expect(playlist.entries[0]).toMatchObject({ status: 'missing', url: null, note: 'Địa chỉ luồng tiếp sóng không hợp lệ, cần kỹ thuật viên sửa' })
      expect(playlistToM3u(playlist, (u) => u)).not.toContain('evil.example')
    },
  )
})
