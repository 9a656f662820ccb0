import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { holidayDates, holidayFieldProblems, holidayPeriods } from '../../../src/broadcast/holidays'
import type { Holiday } from '../../../src/broadcast/types'

/** The station calendar of schedules/default.json, as the seed and schedule:import store it. */
const DEFAULT: Holiday[] = JSON.parse(readFileSync(new URL('../../../schedules/default.json', import.meta.url), 'utf8')).holidays
const holiday = (patch: Partial<Holiday>): Holiday => ({ name: 'Ngày lễ', calendar: 'solar', day: 1, month: 1, lengthDays: 1, stops: 'local', ...patch })
const datesOf = (holidays: Holiday[], from: string, to: string) => [...holidayDates(holidays, from, to).entries()].map(([date, { name }]) => `${date} ${name}`)

describe('holidayDates over the default calendar', () => {
  it.each([
    // Tết Bính Ngọ: tháng Chạp has 29 days, so "30 Tết" is 16/02; five days to mùng 4.
    ['2026-02-14', '2026-02-22', ['2026-02-16 Tết Nguyên đán', '2026-02-17 Tết Nguyên đán', '2026-02-18 Tết Nguyên đán', '2026-02-19 Tết Nguyên đán', '2026-02-20 Tết Nguyên đán']],
    // Tết Giáp Thìn: tháng Chạp of Quý Mão has 30 days; 30 Tết is 09/02.
    ['2024-02-08', '2024-02-14', ['2024-02-09 Tết Nguyên đán', '2024-02-10 Tết Nguyên đán', '2024-02-11 Tết Nguyên đán', '2024-02-12 Tết Nguyên đán', '2024-02-13 Tết Nguyên đán']],
    // Tết Ất Tỵ starts in January; the range begins inside it.
    ['2025-01-30', '2025-02-05', ['2025-01-30 Tết Nguyên đán', '2025-01-31 Tết Nguyên đán', '2025-02-01 Tết Nguyên đán']],
    // Giỗ Tổ (lunar 10/3), then 30/4 and 1/5.
    ['2026-04-20', '2026-05-03', ['2026-04-26 Giỗ Tổ Hùng Vương', '2026-04-30 Ngày Chiến thắng', '2026-05-01 Ngày Quốc tế Lao động']],
    ['2025-04-01', '2025-04-10', ['2025-04-07 Giỗ Tổ Hùng Vương']],
    // Quốc khánh and the day after; Tết Dương lịch across the year's end.
    ['2027-08-31', '2027-09-04', ['2027-09-02 Quốc khánh', '2027-09-03 Quốc khánh']],
    ['2026-12-30', '2027-01-02', ['2027-01-01 Tết Dương lịch']],
    ['2026-06-01', '2026-06-30', []],
  ])('%s – %s', (from, to, expected) => {
    expect(datesOf(DEFAULT, from, to)).toEqual(expected)
  })
})

describe('holidayDates: one-off days, several holidays on a date, what stops', () => {
  it('keeps a one-off day (a compensatory day off) to its year', () => {
    const bridge = holiday({ name: 'Nghỉ bù Giỗ Tổ', day: 27, month: 4, year: 2026 })
    expect(datesOf([bridge], '2026-04-01', '2026-05-01')).toEqual(['2026-04-27 Nghỉ bù Giỗ Tổ'])
    expect(datesOf([bridge], '2027-04-01', '2027-05-01')).toEqual([])
  })

  it('keeps a one-off lunar day to its lunar year, which may end in the next solar year', () => {
    const eve = holiday({ name: 'Tất niên', calendar: 'lunar', day: 30, month: 12, year: 2025 })
    expect(datesOf([eve], '2025-01-01', '2026-12-31')).toEqual(['2026-02-16 Tất niên'])
  })

  it('names every holiday of a date and stops everything when one of them does', () => {
    const dates = holidayDates([holiday({ name: 'A', day: 2, month: 9 }), holiday({ name: 'B', day: 1, month: 9, lengthDays: 2, stops: 'all' })], '2026-09-01', '2026-09-03')
    expect([...dates.entries()]).toEqual([
      ['2026-09-01', { name: 'B', stops: 'all' }],
      ['2026-09-02', { name: 'B, A', stops: 'all' }], // the one that began first is named first
    ])
  })

  it('has 29/2 only in leap years, and leaves out an unusable entry instead of failing', () => {
    const leap = holiday({ name: 'Nhuận', day: 29, month: 2 })
    expect(datesOf([leap, holiday({ name: 'Hỏng', day: 31, month: 4 })], '2027-01-01', '2028-12-31')).toEqual(['2028-02-29 Nhuận'])
  })

  it('lists each occurrence as one period, in date order', () => {
    expect(holidayPeriods(DEFAULT, '2026-01-01', '2026-12-31').map((p) => `${p.name} ${p.from}…${p.to}`)).toEqual([
      'Tết Dương lịch 2026-01-01…2026-01-01',
      'Tết Nguyên đán 2026-02-16…2026-02-20',
      'Giỗ Tổ Hùng Vương 2026-04-26…2026-04-26',
      'Ngày Chiến thắng 2026-04-30…2026-04-30',
      'Ngày Quốc tế Lao động 2026-05-01…2026-05-01',
      'Quốc khánh 2026-09-02…2026-09-03',
      // Tết Đinh Mùi begins in the next year; Tết Dương lịch 2027 too.
    ])
  })
})

describe('holidayFieldProblems', () => {
  it.each([
    [{ name: 'Tết Nguyên đán', calendar: 'lunar', day: 30, month: 12, lengthDays: 5 }, []],
    [{ name: 'Nhuận', calendar: 'solar', day: 29, month: 2 }, []],
    [{ name: '', calendar: 'solar', day: 1, month: 1 }, ['name']],
    [{ name: 'X', calendar: 'am-lich', day: 1, month: 1 }, ['calendar']],
    [{ name: 'X', calendar: 'solar', day: 31, month: 4 }, ['day']],
    [{ name: 'X', calendar: 'solar', day: 29, month: 2, year: 2027 }, ['day']],
    [{ name: 'X', calendar: 'lunar', day: 31, month: 1 }, ['day']],
    [{ name: 'X', calendar: 'lunar', day: 1, month: 13 }, ['month']],
    [{ name: 'X', calendar: 'solar', day: 1, month: 1, year: 26 }, ['year']],
    [{ name: 'X', calendar: 'solar', day: 1, month: 1, lengthDays: 0 }, ['lengthDays']],
    [{ name: 'X', calendar: 'solar', day: 1, month: 1, stops: 'relay' }, ['stops']],
    ['Tết', ['(ngày lễ)']],
  ])('%o: %o', (raw, fields) => {
    expect(holidayFieldProblems(raw).map((problem) => problem.field)).toEqual(fields)
  })
})
