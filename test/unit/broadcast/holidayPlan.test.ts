import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { dayPlan, planDay } from '../../../src/broadcast/planDay'
import { buildPlaylist, playlistToM3u, type ProgrammeSummary } from '../../../src/broadcast/playlist'
import type { BroadcastSlot, Holiday } from '../../../src/broadcast/types'

/**
 * Issue 9, item 7: the 05:10 rebroadcast ignored public holidays, and the morning after a holiday
 * replayed an older programme as a `fallback`. With the station calendar, a holiday stops the
 * station's own slots (relays continue), and a rebroadcast airs only when its source aired.
 * The grid is schedules/default.json: 05:10 Tue–Sat replays the 17:00 Mon–Fri programme.
 */
const FILE = JSON.parse(readFileSync(new URL('../../../schedules/default.json', import.meta.url), 'utf8'))
const SLOTS: BroadcastSlot[] = FILE.slots
const CALENDAR: Holiday[] = FILE.holidays
const TIME_ZONE = 'Asia/Ho_Chi_Minh'
const HOP_XA: Holiday = { name: 'Ngày hội đại đoàn kết', calendar: 'solar', day: 2, month: 12, year: 2026, lengthDays: 1, stops: 'local' }

const slugs = (date: string, holidays: Holiday[]) => planDay(SLOTS, date, TIME_ZONE, holidays).map((instance) => instance.slot.slug)
const RELAYS = ['tiep-song-tinh-sang', 'tiep-song-vov-sang', 'tiep-song-tinh-chieu']
const WEEKDAY = ['phat-lai-sang', 'tiep-song-tinh-sang', 'tiep-song-vov-sang', 'trua', 'chieu', 'tiep-song-tinh-chieu']

describe('planDay with the station calendar', () => {
  it.each([
    // A one-off holiday on Wednesday 02/12/2026: nothing of the station's own airs that day, the
    // 05:10 included; on Thursday 05:10 has nothing to replay (Wednesday 17:00 did not air).
    ['Tuesday before', '2026-12-01', [HOP_XA], WEEKDAY],
    ['the holiday (Wednesday)', '2026-12-02', [HOP_XA], RELAYS],
    ['Thursday after', '2026-12-03', [HOP_XA], WEEKDAY.filter((slug) => slug !== 'phat-lai-sang')],
    ['Friday', '2026-12-04', [HOP_XA], WEEKDAY],
    // Tết Bính Ngọ: 30 Tết (Monday 16/02) to mùng 4 (Friday 20/02). Saturday morning has no
    // rebroadcast: Friday's 17:00 did not air, and an older programme must not be replayed instead.
    ['mùng 1 Tết (Tuesday)', '2026-02-17', CALENDAR, RELAYS],
    ['the Saturday after Tết', '2026-02-21', CALENDAR, ['tiep-song-tinh-sang', 'tiep-song-vov-sang', 'cuoi-tuan', 'tiep-song-tinh-chieu']],
    ['the Monday after Tết', '2026-02-23', CALENDAR, WEEKDAY.filter((slug) => slug !== 'phat-lai-sang')],
    ['the Tuesday after Tết', '2026-02-24', CALENDAR, WEEKDAY],
    // Tết Đinh Mùi ends on a Tuesday (mùng 4, 09/02/2027): Wednesday 05:10 is silent, Thursday's airs.
    ['Wednesday after Tết 2027', '2027-02-10', CALENDAR, WEEKDAY.filter((slug) => slug !== 'phat-lai-sang')],
    ['Thursday after Tết 2027', '2027-02-11', CALENDAR, WEEKDAY],
    // Ngày Chiến thắng and Quốc tế Lao động (Thursday and Friday in 2026), then Saturday.
    ['30/4 (Thursday)', '2026-04-30', CALENDAR, RELAYS],
    ['1/5 (Friday)', '2026-05-01', CALENDAR, RELAYS],
    ['Saturday 2/5', '2026-05-02', CALENDAR, ['tiep-song-tinh-sang', 'tiep-song-vov-sang', 'cuoi-tuan', 'tiep-song-tinh-chieu']],
    // Without a calendar nothing changes.
    ['30/4 without a calendar', '2026-04-30', [], WEEKDAY],
  ])('%s (%s)', (_label, date, holidays, expected) => {
    expect(slugs(date, holidays)).toEqual(expected)
  })

  it('stops the relays too on a holiday that stops everything', () => {
    expect(slugs('2026-12-02', [{ ...HOP_XA, stops: 'all' }])).toEqual([])
  })

  it('says why each airing of the grid does not happen', () => {
    const holiday = dayPlan(SLOTS, '2026-12-02', TIME_ZONE, [HOP_XA])
    expect(holiday.holiday).toEqual({ name: 'Ngày hội đại đoàn kết', stops: 'local' })
    expect(holiday.skipped.map(({ instance, reason }) => `${instance.slot.slug}: ${reason}`)).toEqual([
      'phat-lai-sang: Nghỉ lễ: Ngày hội đại đoàn kết',
      'trua: Nghỉ lễ: Ngày hội đại đoàn kết',
      'chieu: Nghỉ lễ: Ngày hội đại đoàn kết',
    ])
    const after = dayPlan(SLOTS, '2026-12-03', TIME_ZONE, [HOP_XA])
    expect(after.holiday).toBeNull()
    expect(after.skipped.map(({ instance, reason }) => `${instance.slot.slug}: ${reason}`)).toEqual([
      'phat-lai-sang: Không phát lại: khung "Chương trình phát thanh địa phương buổi chiều" không phát ngày 02/12/2026 (nghỉ lễ: Ngày hội đại đoàn kết)',
    ])
  })

  it('also follows a source slot’s own days off', () => {
    const slots = SLOTS.map((slot) => (slot.slug === 'chieu' ? { ...slot, datesOff: ['2026-12-02'] } : slot))
    const after = dayPlan(slots, '2026-12-03', TIME_ZONE)
    expect(after.instances.map((instance) => instance.slot.slug)).not.toContain('phat-lai-sang')
    expect(after.skipped[0].reason).toBe('Không phát lại: khung "Chương trình phát thanh địa phương buổi chiều" không phát ngày 02/12/2026 (ngày nghỉ của khung giờ này)')
  })
})

describe('the playlist around a holiday', () => {
  const ready = (slotSlug: string, date: string): ProgrammeSummary => ({ slotSlug, date, status: 'ready', url: `/media/programmes/${date}/${slotSlug}.mp3`, durationSeconds: 1190, sha256: `sha-${slotSlug}-${date}` })
  // Everything that could be replayed is there: Tuesday's afternoon programme, and even a stray
  // morning file for Thursday built before the holiday was added to the calendar.
  const programmes = [ready('chieu', '2026-12-01'), ready('phat-lai-sang', '2026-12-02'), ready('phat-lai-sang', '2026-12-03')]
  const playlistOf = (date: string) => {
    const plan = dayPlan(SLOTS, date, TIME_ZONE, [HOP_XA])
    return buildPlaylist({ station: { name: 'Đài', timeZone: TIME_ZONE }, date, instances: plan.instances, programmes, generatedAt: new Date('2026-12-01T00:00:00Z'), holiday: plan.holiday, skipped: plan.skipped })
  }

  it('on the holiday lists the relays only, names the holiday and lists the silent slots', () => {
    const playlist = playlistOf('2026-12-02')
    expect(playlist.holiday).toEqual({ name: 'Ngày hội đại đoàn kết', stops: 'local' })
    expect(playlist.entries.map((entry) => `${entry.slot} ${entry.status}`)).toEqual(RELAYS.map((slug) => `${slug} relay`))
    expect(playlist.skipped).toEqual([
      { slot: 'phat-lai-sang', kind: 'rebroadcast', title: 'Phát lại chương trình địa phương chiều hôm trước', start: '2026-12-02T05:10:00+07:00', end: '2026-12-02T05:30:00+07:00', reason: 'Nghỉ lễ: Ngày hội đại đoàn kết' },
      expect.objectContaining({ slot: 'trua', start: '2026-12-02T11:00:00+07:00' }),
      expect.objectContaining({ slot: 'chieu', start: '2026-12-02T17:00:00+07:00' }),
    ])
    const m3u = playlistToM3u(playlist, (url) => `https://loa.example.vn${url}`)
    expect(m3u).toContain('# NGHỈ LỄ: Ngày hội đại đoàn kết\n')
    expect(m3u).toContain('# KHÔNG PHÁT: 05:10–05:30 Phát lại chương trình địa phương chiều hôm trước — Nghỉ lễ: Ngày hội đại đoàn kết\n')
    expect(m3u).not.toContain('phat-lai-sang.mp3')
  })

  it('the morning after has no 05:10 entry at all, never a fallback to Tuesday’s programme', () => {
    const playlist = playlistOf('2026-12-03')
    expect(playlist.holiday).toBeUndefined()
    expect(playlist.entries.map((entry) => entry.slot)).toEqual(WEEKDAY.filter((slug) => slug !== 'phat-lai-sang'))
    expect(playlist.entries.some((entry) => entry.status === 'fallback')).toBe(false)
    expect(playlist.skipped?.map((entry) => entry.slot)).toEqual(['phat-lai-sang'])
  })

  it('still falls back to an older programme when the source was due but has no finished file', () => {
    const date = '2026-12-04'
    const plan = dayPlan(SLOTS, date, TIME_ZONE, [HOP_XA])
    const failed: ProgrammeSummary = { slotSlug: 'chieu', date: '2026-12-03', status: 'failed', url: null, durationSeconds: null, sha256: null }
    const playlist = buildPlaylist({ station: { name: 'Đài', timeZone: TIME_ZONE }, date, instances: plan.instances, programmes: [...programmes, failed, ready('phat-lai-sang', date)], generatedAt: new Date('2026-12-03T00:00:00Z') })
    expect(playlist.entries.find((entry) => entry.slot === 'phat-lai-sang')).toMatchObject({
      status: 'fallback',
      note: 'Không có chương trình "chieu" ngày 03/12/2026; phát lại bản ngày 01/12/2026',
    })
  })
})
