import { WEEK_MONDAY_FIRST } from '../broadcast/localDate'
import type { Weekday } from '../broadcast/types'
import { instantFromLocal, localParts } from '../lib/viDate'

/** Monday 00:00 of the station's current week, as an instant: "đã xuất bản tuần này" counts from it. */
export function stationWeekStart(now: Date, timeZone: string): Date {
  const p = localParts(now, timeZone)
  const sinceMonday = WEEK_MONDAY_FIRST.indexOf(p.weekday as Weekday)
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - sinceMonday))
  return instantFromLocal({ year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() }, timeZone)
}

/** 00:00 of the station day that contains `now`. */
export function stationDayStart(now: Date, timeZone: string): Date {
  const p = localParts(now, timeZone)
  return instantFromLocal({ year: p.year, month: p.month, day: p.day }, timeZone)
}
