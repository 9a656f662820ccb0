import { readFileSync } from 'node:fs'
import { holidayDates } from '../../src/broadcast/holidays'
import { addDays, weekdayOf } from '../../src/broadcast/localDate'
import type { Holiday, LocalDate, Weekday } from '../../src/broadcast/types'
import { localParts } from '../../src/lib/viDate'

export function stationToday(now = new Date(), timeZone = 'Asia/Ho_Chi_Minh'): LocalDate {
  const p = localParts(now, timeZone)
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/** The first date after today (station time) that falls on `weekday`. */
export function nextWeekday(weekday: Weekday, from = stationToday()): LocalDate {
  let date = addDays(from, 1)
  while (weekdayOf(date) !== weekday) date = addDays(date, 1)
  return date
}

/** The holidays the seed imports with schedules/default.json. */
const DEFAULT_CALENDAR: Holiday[] = JSON.parse(readFileSync(new URL('../../schedules/default.json', import.meta.url), 'utf8')).holidays

/**
 * The Monday `weeks` weeks from the next one (−2: two weeks back), moved further the same way
 * (back for a past week, forward otherwise) until its week, Monday to Sunday, has no holiday of
 * the default calendar: a test that assembles its weekdays must find them on the grid whatever
 * day it runs, Tết and 30/4 included.
 */
export function ordinaryMonday(weeks: number, from = stationToday()): LocalDate {
  const step = weeks < 0 ? -7 : 7
  let monday = addDays(nextWeekday(1, from), 7 * weeks)
  while (holidayDates(DEFAULT_CALENDAR, monday, addDays(monday, 6)).size > 0) monday = addDays(monday, step)
  return monday
}
