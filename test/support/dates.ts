import { addDays, weekdayOf } from '../../src/broadcast/localDate'
import type { LocalDate, Weekday } from '../../src/broadcast/types'
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
