/**
 * The Vietnamese lunar calendar (âm lịch), computed rather than tabulated, so it never runs out.
 *
 * The rules, as Hồ Ngọc Đức set them out for the Vietnamese calendar (astronomy from Jean Meeus,
 * "Astronomical Algorithms", 1998):
 *  - a lunar month starts on the local day of a new moon;
 *  - month 11 is the month that contains the winter solstice;
 *  - when 13 months lie between two months 11, the first of them that contains no major solar term
 *    (trung khí: the sun's longitude crossing a multiple of 30°) is a leap month and takes the
 *    number of the month before it.
 * "Local" is what makes the calendar Vietnamese: days are counted in UTC+7, which is why Tết 1985
 * and Tết 2007 differ from China's (UTC+8). Pure arithmetic: no clock, no I/O.
 */
import type { LocalDate } from './types'

/** Hours east of UTC for the Vietnamese calendar. */
export const VIETNAM_UTC_OFFSET_HOURS = 7

export type LunarDate = {
  day: number
  /** 1–12; a leap month has the number of the month before it and `leap: true`. */
  month: number
  /** The lunar year, numbered by the solar year its 1st day (Tết) falls in. */
  year: number
  leap?: boolean
}

type MonthStart = { month: number; leap: boolean; /** Julian day number of its first day. */ start: number }

const SYNODIC_MONTH = 29.530588853
/** Julian day of the new moon of 1900-01-01, the origin of the new-moon index k. */
const NEW_MOON_EPOCH = 2415021.076998695
const RAD = Math.PI / 180

/** Julian day number (integral) of a Gregorian date. */
function julianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045
}

/** The Gregorian date of a Julian day number, as "YYYY-MM-DD". */
function dateOfJulianDay(jd: number): LocalDate {
  const a = jd + 32044
  const b = Math.floor((4 * a + 3) / 146097)
  const c = a - Math.floor((146097 * b) / 4)
  const d = Math.floor((4 * c + 3) / 1461)
  const e = c - Math.floor((1461 * d) / 4)
  const m = Math.floor((5 * e + 2) / 153)
  const day = e - Math.floor((153 * m + 2) / 5) + 1
  const month = m + 3 - 12 * Math.floor(m / 10)
  const year = 100 * b + d - 4800 + Math.floor(m / 10)
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Julian day (with fraction, UTC) of the k-th new moon after the one of 1900-01-01 (Meeus, ch. 49, abridged). */
function newMoonInstant(k: number): number {
  const T = k / 1236.85
  const T2 = T * T
  const T3 = T2 * T
  const mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3 + 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * RAD)
  const sunAnomaly = (359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3) * RAD
  const moonAnomaly = (306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3) * RAD
  const latitude = (21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3) * RAD
  const correction =
    (0.1734 - 0.000393 * T) * Math.sin(sunAnomaly) +
    0.0021 * Math.sin(2 * sunAnomaly) -
    0.4068 * Math.sin(moonAnomaly) +
    0.0161 * Math.sin(2 * moonAnomaly) -
    0.0004 * Math.sin(3 * moonAnomaly) +
    0.0104 * Math.sin(2 * latitude) -
    0.0051 * Math.sin(sunAnomaly + moonAnomaly) -
    0.0074 * Math.sin(sunAnomaly - moonAnomaly) +
    0.0004 * Math.sin(2 * latitude + sunAnomaly) -
    0.0004 * Math.sin(2 * latitude - sunAnomaly) -
    0.0006 * Math.sin(2 * latitude + moonAnomaly) +
    0.001 * Math.sin(2 * latitude - moonAnomaly) +
    0.0005 * Math.sin(2 * moonAnomaly + sunAnomaly)
  // Terrestrial minus universal time, in days.
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2
  return mean + correction - deltaT
}

/** The local day (Julian day number) of the k-th new moon. */
function newMoonDay(k: number, offsetHours: number): number {
  return Math.floor(newMoonInstant(k) + 0.5 + offsetHours / 24)
}

/** The sun's apparent longitude in radians, [0, 2π), at Julian day `jd` (UTC). */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525
  const T2 = T * T
  const anomaly = (357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2) * RAD
  const meanLongitude = 280.46645 + 36000.76983 * T + 0.0003032 * T2
  const centre = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(anomaly) + (0.019993 - 0.000101 * T) * Math.sin(2 * anomaly) + 0.00029 * Math.sin(3 * anomaly)
  const longitude = (meanLongitude + centre) * RAD
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI))
}

/**
 * Which 30° sector (0–11, 0 from the March equinox) the sun is in at local midnight starting day
 * `jdn`: a month whose first day and the next month's first day share a sector has no major term.
 */
function sunSector(jdn: number, offsetHours: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - offsetHours / 24) / Math.PI) * 6)
}

/** Index k of the new moon nearest to the Julian day `jdn`. */
const newMoonIndexNear = (jdn: number) => Math.floor((jdn - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5)

/** First day of lunar month 11 (the month of the winter solstice) that starts in solar year `year`. */
function month11Start(year: number, offsetHours: number): number {
  const k = Math.floor((julianDay(year, 12, 31) - 2415021) / SYNODIC_MONTH)
  const day = newMoonDay(k, offsetHours)
  // A new moon after the solstice (sun past 270°) starts month 12: month 11 began one moon earlier.
  return sunSector(day, offsetHours) >= 9 ? newMoonDay(k - 1, offsetHours) : day
}

/**
 * The months from month 11 of solar year `year` up to (not including) the next month 11, in order,
 * each with its first day, plus that next month 11's first day as the end of the last month.
 */
function monthsFromMonth11(year: number, offsetHours: number): { months: MonthStart[]; end: number } {
  const first = month11Start(year, offsetHours)
  const end = month11Start(year + 1, offsetHours)
  const k = newMoonIndexNear(first)
  const count = end - first > 365 ? 13 : 12
  const starts = Array.from({ length: count + 1 }, (_, i) => newMoonDay(k + i, offsetHours))
  let leapIndex = -1
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (sunSector(starts[i], offsetHours) === sunSector(starts[i + 1], offsetHours)) {
        leapIndex = i
        break
      }
    }
  }
  const months: MonthStart[] = []
  let month = 11
  for (let i = 0; i < count; i++) {
    if (i === leapIndex) {
      months.push({ month: months[i - 1].month, leap: true, start: starts[i] })
      continue
    }
    months.push({ month, leap: false, start: starts[i] })
    month = (month % 12) + 1
  }
  return { months, end }
}

/** The month of lunar year `year` with this number (and leap flag), with its first day and length. */
function findMonth(month: number, year: number, leap: boolean, offsetHours: number): { start: number; length: number } | null {
  // Months 11 and 12 of lunar year Y follow the month 11 of solar year Y; months 1–10 the one of Y − 1.
  const { months, end } = monthsFromMonth11(month >= 11 ? year : year - 1, offsetHours)
  const index = months.findIndex((m) => m.month === month && m.leap === leap)
  if (index < 0) return null
  const next = index + 1 < months.length ? months[index + 1].start : end
  return { start: months[index].start, length: next - months[index].start }
}

const isWhole = (value: unknown, min: number, max: number): value is number => Number.isInteger(value) && (value as number) >= min && (value as number) <= max

/** How many days (29 or 30) a lunar month has; null when that month does not exist (a leap month in a year without it). */
export function lunarMonthLength(month: number, year: number, leap = false, offsetHours = VIETNAM_UTC_OFFSET_HOURS): number | null {
  if (!isWhole(month, 1, 12) || !isWhole(year, 1, 9999)) return null
  return findMonth(month, year, leap, offsetHours)?.length ?? null
}

/**
 * The solar date of a lunar date, or null when the lunar date does not exist: the 30th of a month
 * of 29 days, or a leap month the year does not have.
 */
export function lunarToSolar(date: LunarDate, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LocalDate | null {
  const { day, month, year } = date
  if (!isWhole(day, 1, 30) || !isWhole(month, 1, 12) || !isWhole(year, 1, 9999)) return null
  const found = findMonth(month, year, Boolean(date.leap), offsetHours)
  if (!found || day > found.length) return null
  return dateOfJulianDay(found.start + day - 1)
}

/** The last day of lunar year `year` (30 or, when month 12 has 29 days, 29 tháng Chạp): the eve of Tết. */
export function lastDayOfLunarYear(year: number, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LocalDate | null {
  const found = isWhole(year, 1, 9999) ? findMonth(12, year, false, offsetHours) : null
  return found ? dateOfJulianDay(found.start + found.length - 1) : null
}

/** The lunar date of a solar date "YYYY-MM-DD". */
export function solarToLunar(date: LocalDate, offsetHours = VIETNAM_UTC_OFFSET_HOURS): LunarDate {
  const [year, month, day] = date.split('-').map(Number)
  const jdn = julianDay(year, month, day)
  const fromYear = jdn >= month11Start(year, offsetHours) ? year : year - 1
  const { months } = monthsFromMonth11(fromYear, offsetHours)
  let index = months.length - 1
  while (index > 0 && months[index].start > jdn) index--
  const found = months[index]
  // The months before the first month 1 of the list (11, 12 and their leap months) end lunar year `fromYear`.
  const firstMonthOne = months.findIndex((m) => m.month === 1 && !m.leap)
  return { day: jdn - found.start + 1, month: found.month, year: index < firstMonthOne ? fromYear : fromYear + 1, leap: found.leap }
}
