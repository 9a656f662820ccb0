import { describe, expect, it } from 'vitest'
import { addDays } from '../../../src/broadcast/localDate'
import { lastDayOfLunarYear, lunarMonthLength, lunarToSolar, solarToLunar } from '../../../src/broadcast/lunarCalendar'

/**
 * Known dates of the Vietnamese lunar calendar (UTC+7). Sources: Hồ Ngọc Đức's rules and tables
 * (informatik.uni-leipzig.de/~duc/amlich, "calrules": Vietnam and China differ in 1985, 2007, 2030
 * and 2053), the official holiday notices for Tết and Giỗ Tổ 2023–2026, and the widely reported
 * fact that tháng Chạp has 29 days from lunar 2024 to 2031 ("no 30 Tết until 2033").
 */
describe('lunarToSolar: Tết Nguyên đán (lunar 1/1)', () => {
  it.each([
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2029, '2029-02-13'],
    // A day earlier than China's (2030-02-03): the new moon is at 23:07 in Hanoi, 00:07 in Beijing.
    [2030, '2030-02-02'],
    [2033, '2033-01-31'],
  ])('Tết %i is %s', (year, expected) => {
    expect(lunarToSolar({ day: 1, month: 1, year })).toBe(expected)
  })

  it.each([
    [1985, '1985-01-21', '1985-02-20'], // a whole month apart: the leap month falls differently
    [2007, '2007-02-17', '2007-02-18'],
    [2030, '2030-02-02', '2030-02-03'],
  ])('Tết %i follows UTC+7 (%s), not UTC+8 (%s)', (year, vietnam, china) => {
    expect(lunarToSolar({ day: 1, month: 1, year })).toBe(vietnam)
    expect(lunarToSolar({ day: 1, month: 1, year }, 8)).toBe(china)
  })
})

describe('lunarToSolar: Giỗ Tổ Hùng Vương (lunar 10/3)', () => {
  it.each([
    [2023, '2023-04-29'], // late: 2023 had a leap 2nd month before it
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('%i: %s', (year, expected) => {
    expect(lunarToSolar({ day: 10, month: 3, year })).toBe(expected)
  })
})

describe('leap months', () => {
  it('2023 has a leap 2nd month between the 2nd and the 3rd', () => {
    expect(lunarToSolar({ day: 1, month: 2, year: 2023 })).toBe('2023-02-20')
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22')
    expect(lunarToSolar({ day: 1, month: 3, year: 2023 })).toBe('2023-04-20')
    expect(solarToLunar('2023-04-01')).toEqual({ day: 11, month: 2, year: 2023, leap: true })
  })

  it('2025 has a leap 6th month: Vu Lan (15/7) is 06/09/2025 and Trung thu (15/8) 06/10/2025', () => {
    expect(lunarToSolar({ day: 1, month: 6, year: 2025 })).toBe('2025-06-25')
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe('2025-07-25')
    expect(lunarToSolar({ day: 15, month: 7, year: 2025 })).toBe('2025-09-06')
    expect(lunarToSolar({ day: 15, month: 8, year: 2025 })).toBe('2025-10-06')
  })

  it('2033 has a leap 11th month (the "2033 problem"), still in lunar year 2033', () => {
    expect(lunarToSolar({ day: 1, month: 11, year: 2033, leap: true })).toBe('2033-12-22')
    expect(solarToLunar('2034-01-05')).toEqual({ day: 15, month: 11, year: 2033, leap: true })
    expect(lunarToSolar({ day: 1, month: 1, year: 2034 })).toBe('2034-02-19')
  })

  it('refuses a leap month the year does not have', () => {
    expect(lunarToSolar({ day: 1, month: 4, year: 2025, leap: true })).toBeNull()
    expect(lunarMonthLength(4, 2025, true)).toBeNull()
  })
})

describe('the last day of the lunar year', () => {
  it.each([
    // Tháng Chạp of 30 days: "30 Tết" exists.
    [2023, 30, '2024-02-09'],
    // 29 days from lunar 2024 to 2031: the eve of Tết is 29 tháng Chạp.
    [2024, 29, '2025-01-28'],
    [2025, 29, '2026-02-16'],
    [2031, 29, '2032-02-10'],
    [2032, 30, '2033-01-30'],
  ])('lunar year %i: tháng Chạp has %i days, its last day is %s, the eve of the next Tết', (year, length, lastDay) => {
    expect(lunarMonthLength(12, year)).toBe(length)
    expect(lastDayOfLunarYear(year)).toBe(lastDay)
    expect(addDays(lastDay, 1)).toBe(lunarToSolar({ day: 1, month: 1, year: year + 1 }))
  })

  it('has no 30th of a month of 29 days (rather than silently giving Tết)', () => {
    expect(lunarToSolar({ day: 30, month: 12, year: 2024 })).toBeNull()
    expect(lunarToSolar({ day: 30, month: 12, year: 2023 })).toBe('2024-02-09')
  })

  it.each([
    { day: 0, month: 1, year: 2026 },
    { day: 31, month: 1, year: 2026 },
    { day: 1, month: 13, year: 2026 },
    { day: 1.5, month: 1, year: 2026 },
  ])('refuses the impossible %o', (date) => {
    expect(lunarToSolar(date)).toBeNull()
  })
})

describe('solarToLunar', () => {
  it.each([
    ['2026-02-16', { day: 29, month: 12, year: 2025, leap: false }],
    ['2026-02-17', { day: 1, month: 1, year: 2026, leap: false }],
    ['2026-04-26', { day: 10, month: 3, year: 2026, leap: false }],
    ['2025-12-31', { day: 12, month: 11, year: 2025, leap: false }],
  ])('%s is %o', (date, expected) => {
    expect(solarToLunar(date)).toEqual(expected)
  })

  it('round-trips every day from 2010 to 2050 (and China’s calendar too)', () => {
    for (let date = '2010-01-01'; date < '2050-01-01'; date = addDays(date, 1)) {
      for (const offset of [7, 8]) {
        const lunar = solarToLunar(date, offset)
        expect(lunar.day).toBeGreaterThanOrEqual(1)
        expect(lunarToSolar(lunar, offset), `${date} (UTC+${offset}) = ${JSON.stringify(lunar)}`).toBe(date)
      }
    }
  })
})
