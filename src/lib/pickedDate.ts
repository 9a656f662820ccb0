/**
 * Between a stored station date ("YYYY-MM-DD") and the Date a date picker works with. Pure.
 *
 * A picker shows and returns days in the browser's own zone, whatever the station's: the day is
 * read with the local getters, never toISOString (a picker's Date for 5 March is noon UTC, which
 * in Los Angeles is still 5 March but would become 4 March through a UTC conversion further west
 * or 6 March with a midnight value further east). A calendar date has no instant, so the day
 * clicked is the day stored, in any browser zone.
 */
import { isValidLocalDate } from '../broadcast/localDate'

const pad = (value: number) => String(value).padStart(2, '0')

/** The Date a picker shows for a stored date: local noon of that day; null when empty or malformed. */
export function pickerDateOf(value: unknown): Date | null {
  if (!isValidLocalDate(value)) return null
  const [year, month, day] = value.split('-').map(Number)
  const date = new Date(year, month - 1, day, 12, 0, 0, 0)
  // Years 0–99 would be taken as 1900–1999 by the constructor.
  date.setFullYear(year)
  return date
}

/** The stored "YYYY-MM-DD" for the day a picker returned, read in the browser's zone; null when cleared. */
export function localDateOfPicked(date: Date | null | undefined): string | null {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) return null
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** "05/03/2026" for "2026-03-05": how the admin shows a station date; '' when empty or malformed. */
export function vietnameseDayOf(value: unknown): string {
  if (!isValidLocalDate(value)) return ''
  const [year, month, day] = value.split('-')
  return `${day}/${month}/${year}`
}
