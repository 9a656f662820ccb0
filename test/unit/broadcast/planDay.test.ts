import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { airsOn, findOverlaps, planDay, validateSlot } from '../../../src/broadcast/planDay'
import type { BroadcastSlot, SlotInstance, Weekday } from '../../../src/broadcast/types'
import { isoWithOffset } from '../../../src/lib/viDate'
import { SLOTS, TIME_ZONE, WEEK } from './fixtures/slots'
import { NODE_FLAGS } from '../../../scripts/lib/processes'

const hhmm = (d: Date) => isoWithOffset(d, TIME_ZONE).slice(11, 16)
const brief = (i: SlotInstance) => `${i.slot.slug} ${hhmm(i.start)}–${hhmm(i.end)} ${i.durationSeconds}`

describe('planDay over a realistic week (Asia/Ho_Chi_Minh)', () => {
  it.each([
    // Monday: no morning replay (Tue–Sat), traffic week not started yet (validFrom 01/12).
    [WEEK[0], ['sang 05:30–06:00 1800', 'chieu 17:00–17:30 1800', 'tiep-song 19:00–19:45 2700']],
    // Tuesday: first day of the traffic week (validFrom is inclusive).
    [WEEK[1], ['phat-lai-sang 05:10–05:30 1200', 'sang 05:30–06:00 1800', 'an-toan-giao-thong 11:00–11:15 900', 'chieu 17:00–17:30 1800', 'tiep-song 19:00–19:45 2700']],
    // Wednesday: the afternoon programme is off (datesOff).
    [WEEK[2], ['phat-lai-sang 05:10–05:30 1200', 'sang 05:30–06:00 1800', 'an-toan-giao-thong 11:00–11:15 900', 'tiep-song 19:00–19:45 2700']],
    // Thursday: last day of the traffic week (validTo is inclusive). No morning replay: Wednesday's
    // afternoon programme did not air (datesOff), and an older one must not be replayed as if it had.
    [WEEK[3], ['sang 05:30–06:00 1800', 'an-toan-giao-thong 11:00–11:15 900', 'chieu 17:00–17:30 1800', 'tiep-song 19:00–19:45 2700']],
    // Friday: the traffic week is over.
    [WEEK[4], ['phat-lai-sang 05:10–05:30 1200', 'sang 05:30–06:00 1800', 'chieu 17:00–17:30 1800', 'tiep-song 19:00–19:45 2700']],
    // Saturday: the night programme crosses midnight, one hour long.
    [WEEK[5], ['phat-lai-sang 05:10–05:30 1200', 'sang 05:30–06:00 1800', 'tiep-song 19:00–19:45 2700', 'dem-thu-bay 23:30–00:30 3600']],
    // Sunday: the Saturday-night slot belongs to Saturday, not here; music until 24:00.
    [WEEK[6], ['tiep-song 19:00–19:45 2700', 'nhac-toi 22:00–00:00 7200']],
  ])('%s', (date, expected) => {
    const plan = planDay(SLOTS, date, TIME_ZONE)
    expect(plan.map(brief)).toEqual(expected)
    expect(plan.every((i) => i.date === date)).toBe(true)
  })

  it('sorts by start whatever the input order', () => {
    const reversed = [...SLOTS].reverse()
    expect(planDay(reversed, WEEK[1], TIME_ZONE).map((i) => i.slot.slug)).toEqual(planDay(SLOTS, WEEK[1], TIME_ZONE).map((i) => i.slot.slug))
  })

  it('puts "24:00" at midnight of the next day', () => {
    const [, music] = planDay(SLOTS, '2026-12-06', TIME_ZONE)
    expect(music.start.toISOString()).toBe('2026-12-06T15:00:00.000Z')
    expect(music.end.toISOString()).toBe('2026-12-06T17:00:00.000Z')
    expect(isoWithOffset(music.end, TIME_ZONE)).toBe('2026-12-07T00:00:00+07:00')
  })

  it('ends a slot that crosses midnight on the next day', () => {
    const night = planDay(SLOTS, '2026-12-05', TIME_ZONE).at(-1)!
    expect(night.slot.slug).toBe('dem-thu-bay')
    expect(isoWithOffset(night.start, TIME_ZONE)).toBe('2026-12-05T23:30:00+07:00')
    expect(isoWithOffset(night.end, TIME_ZONE)).toBe('2026-12-06T00:30:00+07:00')
  })

  it('counts duration from instants across a DST change (Europe/Paris, 29/03/2026)', () => {
    const slot: BroadcastSlot = { slug: 'dem', name: 'Đêm', kind: 'local', days: [0], start: '01:30', end: '03:30' }
    const [instance] = planDay([slot], '2026-03-29', 'Europe/Paris')
    expect(instance.start.toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(instance.end.toISOString()).toBe('2026-03-29T01:30:00.000Z')
    expect(instance.durationSeconds).toBe(3600)
  })

  it('skips a slot with unusable times instead of failing the whole day', () => {
    const broken: BroadcastSlot = { slug: 'hong', name: 'Hỏng', kind: 'local', days: [2], start: '25:00', end: '05:00' }
    expect(planDay([broken, ...SLOTS], WEEK[1], TIME_ZONE).map((i) => i.slot.slug)).not.toContain('hong')
  })

  it.each([
    ['2026-11-30', false], // day before validFrom
    ['2026-12-01', true], // validFrom
    ['2026-12-03', true], // validTo
    ['2026-12-04', false], // day after validTo
  ])('airsOn traffic week on %s: %s', (date, expected) => {
    expect(airsOn(SLOTS.find((s) => s.slug === 'an-toan-giao-thong')!, date)).toBe(expected)
  })

  it('gives identical results under TZ=UTC and TZ=America/New_York', async () => {
    const run = promisify(execFile)
    const script = fileURLToPath(new URL('./fixtures/planWeek.ts', import.meta.url))
    const cwd = fileURLToPath(new URL('../../../', import.meta.url))
    const outputs = await Promise.all(
      ['UTC', 'America/New_York'].map(async (TZ) => {
        const { stdout } = await run(process.execPath, [...NODE_FLAGS, script], { cwd, env: { ...process.env, TZ }, timeout: 20_000 })
        return JSON.parse(stdout) as { processOffsetMinutes: number; plan: unknown; overlaps: unknown }
      }),
    )
    const [utc, newYork] = outputs
    // The children really ran in different zones…
    expect(utc.processOffsetMinutes).toBe(0)
    expect(newYork.processOffsetMinutes).toBe(240)
    // …and planned the same instants.
    expect(newYork.plan).toEqual(utc.plan)
    expect(newYork.overlaps).toEqual(utc.overlaps)
    expect((utc.plan as { start: string }[][])[1][0]).toEqual({ slot: 'phat-lai-sang', date: '2026-12-01', start: '2026-11-30T22:10:00.000Z', end: '2026-11-30T22:30:00.000Z', seconds: 1200 })
  })
})

const slot = (slug: string, days: Weekday[], start: string, end: string, extra: Partial<BroadcastSlot> = {}): BroadcastSlot => ({
  slug,
  name: slug.toUpperCase(),
  kind: 'local',
  days,
  start,
  end,
  ...extra,
})

describe('findOverlaps', () => {
  it('describes a clash in Vietnamese', () => {
    expect(findOverlaps([slot('x', [2], '05:10', '05:30'), slot('y', [2], '05:20', '05:40')])).toEqual([
      { a: 'x', b: 'y', weekday: 2, message: 'Khung giờ "X" (05:10–05:30) trùng với "Y" (05:20–05:40) vào Thứ Ba' },
    ])
  })

  it.each([
    ['touching end == start', [slot('a', [1], '05:10', '05:30'), slot('b', [1], '05:30', '06:00')], []],
    ['different weekdays', [slot('a', [1], '05:10', '05:30'), slot('b', [2], '05:10', '05:30')], []],
    ['one inside the other', [slot('a', [3], '05:00', '07:00'), slot('b', [3], '05:30', '06:00')], [3]],
    ['shared weekdays reported Monday first', [slot('a', [0, 1, 5], '05:00', '06:00'), slot('b', [0, 1, 5], '05:30', '06:30')], [1, 5, 0]],
    [
      'validity periods apart',
      [slot('a', [1], '05:00', '06:00', { validTo: '2026-11-30' }), slot('b', [1], '05:00', '06:00', { validFrom: '2026-12-01' })],
      [],
    ],
    [
      'validity periods meeting on one shared Monday',
      [slot('a', [1], '05:00', '06:00', { validTo: '2026-11-30' }), slot('b', [1], '05:00', '06:00', { validFrom: '2026-11-30' })],
      [1],
    ],
    [
      'validity periods intersecting only on a Monday, slots on Tuesday',
      [slot('a', [2], '05:00', '06:00', { validTo: '2026-11-30' }), slot('b', [2], '05:00', '06:00', { validFrom: '2026-11-30' })],
      [],
    ],
    ['crossing midnight into the next day', [slot('a', [1], '23:30', '00:30'), slot('b', [2], '00:00', '00:20')], [2]],
    ['Saturday night into Sunday', [slot('a', [6], '23:30', '00:30'), slot('b', [0], '00:10', '01:00')], [0]],
    ['"24:00" touching next-day "00:00"', [slot('a', [0], '22:00', '24:00'), slot('b', [1], '00:00', '01:00')], []],
    ['"24:00" clashing with a crossing slot', [slot('a', [0], '22:00', '24:00'), slot('b', [0], '23:00', '00:30')], [0]],
    ['the realistic week', SLOTS, []],
  ] as [string, BroadcastSlot[], Weekday[]][])('%s', (_label, slots, weekdays) => {
    expect(findOverlaps(slots).map((o) => o.weekday)).toEqual(weekdays)
  })

  it('names the days where a crossing slot meets the next day', () => {
    const [overlap] = findOverlaps([slot('a', [1], '23:30', '00:30'), slot('b', [2], '00:00', '00:20')])
    expect(overlap.message).toBe('Khung giờ "A" (23:30–00:30) trùng với "B" (00:00–00:20) vào Thứ Ba')
  })
})

describe('validateSlot', () => {
  it.each([
    ['a valid local slot', slot('ok', [1], '05:10', '05:30'), []],
    ['a valid crossing slot', slot('ok', [6], '23:30', '00:30'), []],
    ['a valid "24:00" end', slot('ok', [0], '22:00', '24:00'), []],
    ['bad start', slot('x', [1], '5:10', '05:30'), ['Giờ bắt đầu "5:10" không hợp lệ: cần dạng HH:MM, từ 00:00 đến 23:59.']],
    ['"24:00" as start', slot('x', [1], '24:00', '05:30'), ['Giờ bắt đầu "24:00" không hợp lệ: cần dạng HH:MM, từ 00:00 đến 23:59.']],
    ['bad end', slot('x', [1], '05:10', '25:00'), ['Giờ kết thúc "25:00" không hợp lệ: cần dạng HH:MM, từ 00:00 đến 24:00.']],
    ['start == end', slot('x', [1], '05:10', '05:10'), ['Giờ bắt đầu và giờ kết thúc trùng nhau (05:10).']],
    ['no days', slot('x', [], '05:10', '05:30'), ['Chưa chọn ngày phát nào trong tuần.']],
    ['bad weekday', slot('x', [7 as Weekday], '05:10', '05:30'), ['Ngày trong tuần không hợp lệ (chỉ từ Chủ Nhật đến Thứ Bảy).']],
    [
      'validTo before validFrom',
      slot('x', [1], '05:10', '05:30', { validFrom: '2026-12-05', validTo: '2026-12-01' }),
      ['Ngày kết thúc hiệu lực (2026-12-01) trước ngày bắt đầu hiệu lực (2026-12-05).'],
    ],
    ['malformed validity and day off', slot('x', [1], '05:10', '05:30', { validFrom: '2026-02-30', datesOff: ['02/12/2026'] }), [
      'Ngày bắt đầu hiệu lực "2026-02-30" không hợp lệ (cần dạng YYYY-MM-DD).',
      'Ngày nghỉ "02/12/2026" không hợp lệ (cần dạng YYYY-MM-DD).',
    ]],
    ['rebroadcast without source', slot('x', [2], '05:10', '05:30', { kind: 'rebroadcast' }), ['Khung phát lại chưa chọn khung giờ nguồn.']],
    ['rebroadcast with empty source', slot('x', [2], '05:10', '05:30', { kind: 'rebroadcast', rebroadcast: { sourceSlug: ' ', dayOffset: -1 } }), ['Khung phát lại chưa chọn khung giờ nguồn.']],
    ['rebroadcast of itself the same day', slot('x', [2], '05:10', '05:30', { kind: 'rebroadcast', rebroadcast: { sourceSlug: 'x', dayOffset: 0 } }), ['Khung phát lại không thể phát lại chính nó trong cùng ngày.']],
    ['valid rebroadcast', slot('x', [2], '05:10', '05:30', { kind: 'rebroadcast', rebroadcast: { sourceSlug: 'chieu', dayOffset: -1 } }), []],
    ['relay without URL', slot('x', [2], '19:00', '19:45', { kind: 'relay' }), ['Khung tiếp sóng cần địa chỉ luồng bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.']],
    ['relay with rtmp URL', slot('x', [2], '19:00', '19:45', { kind: 'relay', relay: { url: 'rtmp://radio.example.vn/live' } }), ['Khung tiếp sóng cần địa chỉ luồng bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.']],
    ['valid relay', slot('x', [2], '19:00', '19:45', { kind: 'relay', relay: { url: 'http://radio.example.vn:8000/live' } }), []],
    // new URL() strips these, so only the raw string shows the extra M3U line they would add.
    ...(['\n', '\r\n', '\t', '\u2028', ' '] as const).map((sep) => [
      `relay URL containing ${JSON.stringify(sep)}`,
      slot('x', [2], '19:00', '19:45', { kind: 'relay', relay: { url: `https://radio.example.vn/live${sep}http://evil.example/ad.mp3` } }),
      ['Khung tiếp sóng cần địa chỉ luồng bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.'],
    ]),
    ['music without clips', slot('x', [0], '22:00', '24:00', { kind: 'music', music: { clipIds: [] } }), ['Khung phát nhạc chưa có bản nhạc nào.']],
  ] as [string, BroadcastSlot, string[]][])('%s', (_label, input, errors) => {
    expect(validateSlot(input)).toEqual(errors)
  })
})
