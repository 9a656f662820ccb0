/**
 * The station calendar: public holidays, solar (Tết Dương lịch, 30/4, 1/5, Quốc khánh) and lunar
 * (Tết Nguyên đán, Giỗ Tổ Hùng Vương), on which the station's own programmes stop. Pure: dates in,
 * dates out (the lunar arithmetic is in ./lunarCalendar).
 *
 * A lunar day 30 in a month of 29 days is that month's last day: "30 Tết" is the eve of Tết
 * whether tháng Chạp has 30 days or 29 (it has 29 from 2025 to 2032), so a Tết holiday written
 * "from 30/12 for 5 days" is always the eve and the first four days of the year.
 */
import { addDays, isValidLocalDate, localDateParts } from './localDate'
import { lunarMonthLength, lunarToSolar } from './lunarCalendar'
import type { Holiday, HolidayOnDate, HolidayStops, LocalDate, SlotKind } from './types'

export type FieldProblem = { field: string; message: string }

/** A holiday's occurrence: its first and last date (inclusive). */
export type HolidayPeriod = { name: string; stops: HolidayStops; from: LocalDate; to: LocalDate }

/** Tết, the longest public holiday, is 5 days; a month is plenty for any station's closure. */
export const MAX_HOLIDAY_DAYS = 31
/** Years the lunar arithmetic is checked for (and far beyond any schedule). */
const FIRST_YEAR = 1900
const LAST_YEAR = 2199

export const HOLIDAY_STOPS: readonly HolidayStops[] = ['local', 'all']
export const HOLIDAY_FIELDS = new Set(['name', 'calendar', 'day', 'month', 'year', 'lengthDays', 'stops'])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isWhole = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max
const shown = (value: unknown) => (value === undefined || value === null ? 'trống' : JSON.stringify(value))
const pad = (value: number) => String(value).padStart(2, '0')
/** Days of a solar month in a leap year: 29/2 is a valid yearly holiday (it only occurs in leap years). */
const SOLAR_MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Whether a holiday stopping `stops` silences a slot of this kind. */
export function holidayStopsKind(stops: HolidayStops, kind: SlotKind): boolean {
  return stops === 'all' || kind !== 'relay'
}

/**
 * Every problem of one holiday as written (a schedule file or the admin form), field by field, in
 * Vietnamese; empty when it is usable. `lengthDays` and `stops` may be left out (1 day, 'local').
 */
export function holidayFieldProblems(raw: unknown): FieldProblem[] {
  if (!isRecord(raw)) return [{ field: '(ngày lễ)', message: 'mỗi ngày lễ phải là một đối tượng JSON { … }.' }]
  const problems: FieldProblem[] = []
  const add = (field: string, message: string) => problems.push({ field, message })
  if (typeof raw.name !== 'string' || raw.name.trim() === '') add('name', 'tên ngày lễ không được để trống.')
  const lunar = raw.calendar === 'lunar'
  if (raw.calendar !== 'solar' && !lunar) add('calendar', `lịch ${shown(raw.calendar)} không có; chỉ dùng "solar" (dương lịch) hoặc "lunar" (âm lịch).`)
  if (!isWhole(raw.month, 1, 12)) add('month', `tháng ${shown(raw.month)} không hợp lệ (từ 1 đến 12).`)
  const year = raw.year
  if (year !== undefined && year !== null && !isWhole(year, FIRST_YEAR, LAST_YEAR)) add('year', `năm ${shown(year)} không hợp lệ (để trống nếu lặp lại hằng năm, hoặc từ ${FIRST_YEAR} đến ${LAST_YEAR}).`)
  if (lunar) {
    if (!isWhole(raw.day, 1, 30)) add('day', `ngày âm lịch ${shown(raw.day)} không hợp lệ (từ 1 đến 30; ngày 30 ở tháng thiếu là ngày cuối tháng).`)
  } else if (isWhole(raw.month, 1, 12)) {
    const last = isWhole(year, FIRST_YEAR, LAST_YEAR) ? new Date(Date.UTC(year, raw.month, 0)).getUTCDate() : SOLAR_MONTH_DAYS[raw.month - 1]
    if (!isWhole(raw.day, 1, last)) add('day', `ngày ${shown(raw.day)} không có trong tháng ${raw.month}${isWhole(year, FIRST_YEAR, LAST_YEAR) ? ` năm ${year}` : ''} (từ 1 đến ${last}).`)
  } else if (!isWhole(raw.day, 1, 31)) add('day', `ngày ${shown(raw.day)} không hợp lệ.`)
  if (raw.lengthDays !== undefined && raw.lengthDays !== null && !isWhole(raw.lengthDays, 1, MAX_HOLIDAY_DAYS)) {
    add('lengthDays', `số ngày nghỉ ${shown(raw.lengthDays)} không hợp lệ (từ 1 đến ${MAX_HOLIDAY_DAYS}).`)
  }
  if (raw.stops !== undefined && raw.stops !== null && !HOLIDAY_STOPS.includes(raw.stops as HolidayStops)) {
    add('stops', `${shown(raw.stops)} không có; chỉ dùng "local" (dừng chương trình của đài, vẫn tiếp sóng) hoặc "all" (dừng tất cả).`)
  }
  return problems
}

/** A holiday that passed holidayFieldProblems, with its defaults filled in. */
export function holidayFromChecked(raw: Record<string, unknown>): Holiday {
  return {
    name: String(raw.name).trim(),
    calendar: raw.calendar as Holiday['calendar'],
    day: raw.day as number,
    month: raw.month as number,
    year: (raw.year as number | null | undefined) ?? null,
    lengthDays: (raw.lengthDays as number | null | undefined) ?? 1,
    stops: (raw.stops as HolidayStops | null | undefined) ?? 'local',
  }
}

/** The first date of the holiday in (solar or lunar) year `year`; null when that year has no such date. */
function firstDateIn(holiday: Holiday, year: number): LocalDate | null {
  if (holiday.calendar === 'solar') {
    const date = `${String(year).padStart(4, '0')}-${pad(holiday.month)}-${pad(holiday.day)}`
    return isValidLocalDate(date) ? date : null
  }
  const length = lunarMonthLength(holiday.month, year)
  return length === null ? null : lunarToSolar({ day: Math.min(holiday.day, length), month: holiday.month, year })
}

/** The occurrences of the holidays that touch [from, to], in date order. Unusable entries are left out. */
export function holidayPeriods(holidays: Holiday[], from: LocalDate, to: LocalDate): HolidayPeriod[] {
  const periods: HolidayPeriod[] = []
  const firstYear = localDateParts(from).year - 1
  const lastYear = localDateParts(to).year
  for (const holiday of holidays) {
    if (holidayFieldProblems(holiday).length > 0) continue
    const length = holiday.lengthDays ?? 1
    // A solar year-end holiday, or lunar month 11–12 of the previous lunar year, may reach into `from`'s year.
    const years = holiday.year ? [holiday.year] : Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
    for (const year of years) {
      const start = firstDateIn(holiday, year)
      if (!start) continue
      const end = addDays(start, length - 1)
      if (end >= from && start <= to) periods.push({ name: holiday.name, stops: holiday.stops ?? 'local', from: start, to: end })
    }
  }
  return periods.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.name.localeCompare(b.name)))
}

/** Every date of [from, to] that is a holiday, with what it stops. */
export function holidayDates(holidays: Holiday[], from: LocalDate, to: LocalDate): Map<LocalDate, HolidayOnDate> {
  const dates = new Map<LocalDate, HolidayOnDate>()
  for (const period of holidayPeriods(holidays, from, to)) {
    for (let date = period.from > from ? period.from : from; date <= period.to && date <= to; date = addDays(date, 1)) {
      const known = dates.get(date)
      if (!known) dates.set(date, { name: period.name, stops: period.stops })
      else if (!known.name.split(', ').includes(period.name)) dates.set(date, { name: `${known.name}, ${period.name}`, stops: known.stops === 'all' || period.stops === 'all' ? 'all' : 'local' })
      else if (period.stops === 'all') dates.set(date, { ...known, stops: 'all' })
    }
  }
  return dates
}
