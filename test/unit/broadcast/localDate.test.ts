import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  formatLocalDateVi,
  formatLocalTime,
  isValidLocalDate,
  parseLocalTime,
  WEEK_MONDAY_FIRST,
  WEEKDAY_NAMES_EN,
  WEEKDAY_NAMES_VI,
  WEEKDAY_SHORT_NAMES_VI,
  weekdayOf,
} from '../../../src/broadcast/localDate'
import { WEEKDAY_OPTIONS } from '../../../src/collections/BroadcastSlots'

describe('addDays', () => {
  it.each([
    ['2026-12-01', 1, '2026-12-02'],
    ['2026-12-01', -1, '2026-11-30'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'], // leap year
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // a DST date in Europe: irrelevant to calendar arithmetic
    ['2026-12-01', 0, '2026-12-01'],
    ['2026-12-01', 365, '2027-12-01'],
  ])('%s %+d -> %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected)
    expect(daysBetween(date, expected)).toBe(n)
  })

  it('rejects malformed input', () => {
    expect(() => addDays('2026-13-01', 1)).toThrow(/Ngày không hợp lệ/)
    expect(() => addDays('2026-12-01', 0.5)).toThrow(/số nguyên/)
  })
})

describe('weekdayOf (0 = Chủ Nhật)', () => {
  it.each([
    ['2026-11-29', 0],
    ['2026-11-30', 1],
    ['2026-12-01', 2],
    ['2026-12-02', 3],
    ['2026-12-03', 4],
    ['2026-12-04', 5],
    ['2026-12-05', 6],
    ['2027-01-01', 5],
    ['2028-02-29', 2],
  ])('%s is %d', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday)
  })
})

describe('isValidLocalDate', () => {
  it.each([
    ['2026-12-01', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-00-10', false],
    ['2026-12-00', false],
    ['2026-1-05', false],
    ['01/12/2026', false],
    ['', false],
    [null, false],
    [20261201, false],
  ])('%o -> %s', (value, ok) => {
    expect(isValidLocalDate(value)).toBe(ok)
  })
})

describe('local times', () => {
  it.each([
    ['00:00', 0],
    ['05:10', 310],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:01', null],
    ['25:00', null],
    ['12:60', null],
    ['5:10', null],
    ['05:10:00', null],
    ['', null],
  ])('parseLocalTime(%s) -> %s', (text, minutes) => {
    expect(parseLocalTime(text)).toBe(minutes)
  })

  it.each([
    [0, '00:00'],
    [310, '05:10'],
    [1439, '23:59'],
    [1440, '24:00'],
  ])('formatLocalTime(%d) -> %s', (minutes, text) => {
    expect(formatLocalTime(minutes)).toBe(text)
    expect(parseLocalTime(text)).toBe(minutes)
  })

  it.each([-1, 1441, 1.5])('formatLocalTime(%d) throws', (minutes) => {
    expect(() => formatLocalTime(minutes)).toThrow()
  })

  it('formats dates the Vietnamese way', () => {
    expect(formatLocalDateVi('2026-12-01')).toBe('01/12/2026')
  })
})

describe('the weekday table (the only one: pages, audit lines, slot options and dates read it)', () => {
  // 2026-11-29 is a Sunday; Intl names each day independently of the table.
  const dates = ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']
  it.each(dates.map((date, day) => [date, day] as const))('%s is day %i in every form', (date, day) => {
    expect(weekdayOf(date)).toBe(day)
    expect(WEEKDAY_NAMES_EN[day]).toBe(new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`)))
    const long = WEEKDAY_NAMES_VI[day]
    expect(WEEKDAY_SHORT_NAMES_VI[day]).toBe(day === 0 ? 'CN' : `T${day + 1}`)
    expect(long).toBe(day === 0 ? 'Chủ Nhật' : ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'][day - 1])
  })

  it('the week is listed Thứ Hai first, Chủ Nhật last, as the slot form offers it', () => {
    expect(WEEK_MONDAY_FIRST.map((day) => WEEKDAY_NAMES_VI[day])).toEqual(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'])
    expect(WEEKDAY_OPTIONS).toEqual([
      { value: '1', label: { vi: 'Thứ Hai', en: 'Monday' } },
      { value: '2', label: { vi: 'Thứ Ba', en: 'Tuesday' } },
      { value: '3', label: { vi: 'Thứ Tư', en: 'Wednesday' } },
      { value: '4', label: { vi: 'Thứ Năm', en: 'Thursday' } },
      { value: '5', label: { vi: 'Thứ Sáu', en: 'Friday' } },
      { value: '6', label: { vi: 'Thứ Bảy', en: 'Saturday' } },
      { value: '0', label: { vi: 'Chủ Nhật', en: 'Sunday' } },
    ])
  })
})
