/**
 * Dates as Vietnamese readers expect them, in the station's time zone. Pure: the instant and the
 * zone are passed in; the server's TZ is never consulted.
 */

import { WEEKDAY_NAMES_VI } from '../broadcast/localDate'

/**
 * The default of the station's "Múi giờ" (src/broadcast/stationSettings) and of the zone parameters
 * below. The station's own zone is loadStationSettings(payload).timeZone (src/radio/station): pass
 * it, so that a station set to another zone is not read on this one.
 */
export const STATION_TIME_ZONE = 'Asia/Ho_Chi_Minh'

export type LocalParts = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  /** 0 = Sunday … 6 = Saturday, as in Date#getDay. */
  weekday: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 }

// formatToParts is the slow part of a page's dates (a list page prints dozens, mostly the same
// articles' on every render): recent answers are remembered, by zone and exact instant.
const recentParts = new Map<string, Readonly<LocalParts>>()
const RECENT_PARTS_LIMIT = 5000

/** Wall-clock parts of an instant in a time zone. */
export function localParts(instant: Date, timeZone: string = STATION_TIME_ZONE): LocalParts {
  const key = `${timeZone} ${instant.getTime()}`
  const known = recentParts.get(key)
  if (known) return { ...known }
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value
  const local: LocalParts = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    weekday: WEEKDAY_INDEX[parts.weekday],
  }
  if (Number.isNaN(instant.getTime())) return local
  if (recentParts.size >= RECENT_PARTS_LIMIT) recentParts.clear()
  recentParts.set(key, Object.freeze({ ...local }))
  return local
}

const pad = (value: number) => String(value).padStart(2, '0')

function toDate(value: Date | string): Date {
  return typeof value === 'string' ? new Date(value) : value
}

/** "Thứ Sáu, 27/11/2026 21:30" */
export function formatVietnameseDateTime(value: Date | string, timeZone: string = STATION_TIME_ZONE): string {
  const p = localParts(toDate(value), timeZone)
  return `${WEEKDAY_NAMES_VI[p.weekday]}, ${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`
}

/** "27/11/2026" */
export function formatVietnameseDate(value: Date | string, timeZone: string = STATION_TIME_ZONE): string {
  const p = localParts(toDate(value), timeZone)
  return `${pad(p.day)}/${pad(p.month)}/${p.year}`
}

/** "2026-11-27T21:30:00+07:00": machine-readable, for <time dateTime>. Uses the zone's offset at that instant. */
export function isoWithOffset(value: Date | string, timeZone: string = STATION_TIME_ZONE): string {
  const instant = toDate(value)
  const p = localParts(instant, timeZone)
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
  const offsetMinutes = Math.round((wallAsUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000)
  const sign = offsetMinutes >= 0 ? '+' : '-'
  const abs = Math.abs(offsetMinutes)
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

/**
 * The instant at which the wall clock in `timeZone` shows the given local time. Iterates on the
 * zone's offset, which converges in two steps even across a DST change (Vietnam has none today, but
 * a station may set another zone).
 */
export function instantFromLocal(
  local: { year: number; month: number; day: number; hour?: number; minute?: number },
  timeZone: string = STATION_TIME_ZONE,
): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour ?? 0, local.minute ?? 0)
  let guess = wall
  for (let step = 0; step < 3; step++) {
    const p = localParts(new Date(guess), timeZone)
    const shown = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute)
    const diff = wall - shown
    if (diff === 0) break
    guess += diff
  }
  return new Date(guess)
}
