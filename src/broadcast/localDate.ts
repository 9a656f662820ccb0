/**
 * Calendar arithmetic on local dates ("YYYY-MM-DD") and times of day ("HH:MM").
 *
 * Why not Date objects: a local date has no instant and no zone. Doing the arithmetic on a UTC
 * midnight (Date.UTC + getUTC*) gives the right calendar answer whatever the server's TZ, and never
 * trips over DST (UTC has none). Instants are only made later, with viDate.instantFromLocal.
 */
import type { LocalDate, LocalTime, Weekday } from './types'

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_PATTERN = /^(\d{2}):(\d{2})$/
const MINUTES_PER_DAY = 24 * 60
const MS_PER_DAY = 24 * 60 * 60 * 1000

/**
 * The weekday names, the only table of them: indexed like Weekday (0 = Chủ Nhật, as Date#getDay).
 * Long as printed in sentences and headings, short as on calendars and narrow tables, English for
 * the admin's `{ vi, en }` labels.
 */
export const WEEKDAY_NAMES_VI = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const
export const WEEKDAY_SHORT_NAMES_VI = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const
export const WEEKDAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const

/** The week as Vietnamese calendars and the admin list it: Thứ Hai first, Chủ Nhật last. */
export const WEEK_MONDAY_FIRST: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0]

const pad = (value: number) => String(value).padStart(2, '0')

/** True for a real calendar date written "YYYY-MM-DD" (rejects 2026-02-30, 2026-1-5…). */
export function isValidLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false
  const match = DATE_PATTERN.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return false
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day <= lastDay
}

/** { year, month (1–12), day } of a local date; throws on a malformed one (a programming error). */
export function localDateParts(date: LocalDate): { year: number; month: number; day: number } {
  if (!isValidLocalDate(date)) throw new Error(`Ngày không hợp lệ: "${date}" (cần dạng YYYY-MM-DD)`)
  const [year, month, day] = date.split('-').map(Number)
  return { year, month, day }
}

function utcMidnight(date: LocalDate): number {
  const { year, month, day } = localDateParts(date)
  return Date.UTC(year, month - 1, day)
}

function fromUtcMidnight(ms: number): LocalDate {
  const d = new Date(ms)
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/** The date `n` calendar days after (n < 0: before) `date`. */
export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new Error(`Số ngày phải là số nguyên: ${n}`)
  return fromUtcMidnight(utcMidnight(date) + n * MS_PER_DAY)
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / MS_PER_DAY)
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay, but for the calendar date itself. */
export function weekdayOf(date: LocalDate): Weekday {
  return new Date(utcMidnight(date)).getUTCDay() as Weekday
}

/** "01/12/2026", the way dates are written for Vietnamese readers. */
export function formatLocalDateVi(date: LocalDate): string {
  const { year, month, day } = localDateParts(date)
  return `${pad(day)}/${pad(month)}/${year}`
}

/**
 * Minutes since local midnight of "HH:MM" (00:00–23:59), or 1440 for "24:00" (midnight at the end of
 * the day, only meaningful as an end time). Returns null for anything else, so validators can turn
 * it into a message instead of catching.
 */
export function parseLocalTime(value: LocalTime): number | null {
  if (typeof value !== 'string') return null
  const match = TIME_PATTERN.exec(value)
  if (!match) return null
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours === 24 && minutes === 0) return MINUTES_PER_DAY
  if (hours > 23 || minutes > 59) return null
  return hours * 60 + minutes
}

/** "HH:MM" for minutes since midnight; 1440 gives "24:00". */
export function formatLocalTime(minutes: number): LocalTime {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new Error(`Số phút trong ngày không hợp lệ: ${minutes}`)
  }
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}
