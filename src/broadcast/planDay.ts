/**
 * Which slots air on a date, when exactly, and whether the weekly grid is consistent.
 *
 * Slots are stored as local wall-clock times ("05:10") plus weekdays; the station's zone turns them
 * into instants here and only here, via viDate.instantFromLocal, so the server's TZ never matters.
 */
import { instantFromLocal } from '../lib/viDate'
import { isSafeHttpUrl } from '../lib/safeUrl'
import { holidayDates, holidayStopsKind } from './holidays'
import { addDays, daysBetween, formatLocalDateVi, formatLocalTime, isValidLocalDate, localDateParts, parseLocalTime, WEEK_MONDAY_FIRST, WEEKDAY_NAMES_VI, weekdayOf } from './localDate'
import type { BroadcastSlot, Holiday, HolidayOnDate, LocalDate, SlotInstance, Weekday } from './types'

const MINUTES_PER_DAY = 24 * 60
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY

export type SlotOverlap = { a: string; b: string; weekday: Weekday; message: string }

/**
 * Start and end of a slot in minutes from the start of its airing day. The end may exceed 1440:
 * "24:00" is 1440 and an end earlier than the start (or "00:00") means the slot crosses midnight.
 * Null when the slot's times are unusable (validateSlot says why).
 */
function slotMinutes(slot: BroadcastSlot): { start: number; end: number } | null {
  const start = parseLocalTime(slot.start)
  const end = parseLocalTime(slot.end)
  if (start === null || end === null || start >= MINUTES_PER_DAY || start === end) return null
  return { start, end: end < start ? end + MINUTES_PER_DAY : end }
}

/** Whether `date` is on the slot's weekly grid: its weekdays and validity period (inclusive). */
function onGrid(slot: BroadcastSlot, date: LocalDate): boolean {
  if (!slot.days.includes(weekdayOf(date))) return false
  // "YYYY-MM-DD" strings compare like the dates they denote.
  if (slot.validFrom && date < slot.validFrom) return false
  return !(slot.validTo && date > slot.validTo)
}

/** Whether the slot is scheduled on `date`: weekday, validity period (inclusive) and days off. */
export function airsOn(slot: BroadcastSlot, date: LocalDate): boolean {
  return onGrid(slot, date) && !(slot.datesOff ?? []).includes(date)
}

function instantAt(date: LocalDate, minutes: number, timeZone: string): Date {
  // Minutes past midnight may run into the next day (crossing slots, "24:00").
  const day = addDays(date, Math.floor(minutes / MINUTES_PER_DAY))
  const minuteOfDay = minutes % MINUTES_PER_DAY
  return instantFromLocal({ ...localDateParts(day), hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }, timeZone)
}

/** An airing of the weekly grid that does not happen, and why (Vietnamese, for the playlist and the logs). */
export type SkippedAiring = { instance: SlotInstance; reason: string }

export type DayPlan = { date: LocalDate; holiday: HolidayOnDate | null; instances: SlotInstance[]; skipped: SkippedAiring[] }

type HolidayOn = (date: LocalDate) => HolidayOnDate | null

/** Why a slot on its grid that day stays silent: its own day off, or a holiday that stops its kind. */
function offReason(slot: BroadcastSlot, date: LocalDate, holidayOn: HolidayOn): string | null {
  if ((slot.datesOff ?? []).includes(date)) return 'ngày nghỉ của khung giờ này'
  const holiday = holidayOn(date)
  return holiday && holidayStopsKind(holiday.stops, slot.kind) ? `nghỉ lễ: ${holiday.name}` : null
}

/**
 * Why a rebroadcast has nothing to replay: its source slot did not air on date + dayOffset (not on
 * its grid, a day off, a holiday). Replaying an older programme instead would air something out of
 * date as if it were yesterday's. A source missing from the schedule is left to the playlist, which
 * shows the airing as missing with its reason.
 */
function sourceSilence(slot: BroadcastSlot, date: LocalDate, slots: BroadcastSlot[], holidayOn: HolidayOn): string | null {
  const rebroadcast = slot.rebroadcast
  if (slot.kind !== 'rebroadcast' || !rebroadcast?.sourceSlug || !Number.isInteger(rebroadcast.dayOffset)) return null
  const source = slots.find((candidate) => candidate.slug === rebroadcast.sourceSlug && candidate !== slot)
  if (!source) return null
  const sourceDate = addDays(date, rebroadcast.dayOffset)
  const silent = `Không phát lại: khung "${source.name}" không phát ngày ${formatLocalDateVi(sourceDate)}`
  if (!slotMinutes(source) || !onGrid(source, sourceDate)) return silent
  const off = offReason(source, sourceDate, holidayOn)
  return off ? `${silent} (${off})` : null
}

/**
 * The day as planned: the slots airing on `date` (the date their start falls on), sorted by start
 * instant, and the airings of the grid that do not happen, with why. A slot with unusable times is
 * skipped rather than thrown on: one bad slot must not silence the whole day; validateSlot rejects
 * it when it is saved.
 */
export function dayPlan(slots: BroadcastSlot[], date: LocalDate, timeZone: string, holidays: Holiday[] = []): DayPlan {
  const known = new Map<LocalDate, HolidayOnDate | null>()
  const holidayOn: HolidayOn = (day) => {
    if (holidays.length === 0) return null
    if (!known.has(day)) known.set(day, holidayDates(holidays, day, day).get(day) ?? null)
    return known.get(day)!
  }
  const instances: SlotInstance[] = []
  const skipped: SkippedAiring[] = []
  for (const slot of slots) {
    const minutes = slotMinutes(slot)
    if (!minutes || !onGrid(slot, date)) continue
    const start = instantAt(date, minutes.start, timeZone)
    const end = instantAt(date, minutes.end, timeZone)
    // From the instants, not the wall clock, so a DST change inside a slot is counted right.
    const durationSeconds = Math.round((end.getTime() - start.getTime()) / 1000)
    const instance = { slot, date, start, end, durationSeconds }
    const off = offReason(slot, date, holidayOn)
    const reason = off ? off.charAt(0).toUpperCase() + off.slice(1) : sourceSilence(slot, date, slots, holidayOn)
    if (reason) skipped.push({ instance, reason })
    else instances.push(instance)
  }
  const byStart = (x: SlotInstance, y: SlotInstance) => x.start.getTime() - y.start.getTime() || x.slot.slug.localeCompare(y.slot.slug)
  skipped.sort((x, y) => byStart(x.instance, y.instance))
  return { date, holiday: holidayOn(date), instances: instances.sort(byStart), skipped }
}

/** The slots airing on `date`, sorted by start instant; `holidays` is the station calendar (dayPlan). */
export function planDay(slots: BroadcastSlot[], date: LocalDate, timeZone: string, holidays: Holiday[] = []): SlotInstance[] {
  return dayPlan(slots, date, timeZone, holidays).instances
}

/** Does the period [from, to] (open ends allowed) contain at least one date with this weekday? */
function periodHasWeekday(from: LocalDate | null, to: LocalDate | null, weekday: Weekday): boolean {
  if (from && to) {
    if (from > to) return false
    const span = daysBetween(from, to)
    if (span < 6) return Array.from({ length: span + 1 }, (_, i) => weekdayOf(addDays(from, i))).includes(weekday)
  }
  return true
}

const later = (x: LocalDate | null, y: LocalDate | null) => (x === null ? y : y === null ? x : x > y ? x : y)
const earlier = (x: LocalDate | null, y: LocalDate | null) => (x === null ? y : y === null ? x : x < y ? x : y)
const shift = (date: LocalDate | null | undefined, days: number) => (date ? addDays(date, days) : null)
const range = (slot: BroadcastSlot) => `${slot.start}–${slot.end}`

/**
 * Pairs of slots that would sound at the same moment in some week. Works on a circular week of
 * minutes so a slot crossing midnight (Saturday night into Sunday too) is compared with the next
 * day's slots. Touching (one ends at 05:30, the next starts at 05:30) is fine. Days off are ignored:
 * a clash on the regular grid is worth fixing even if a holiday hides it once.
 */
export function findOverlaps(slots: BroadcastSlot[]): SlotOverlap[] {
  const found = new Map<string, SlotOverlap & { order: number }>()
  const usable = slots.map((slot) => ({ slot, minutes: slotMinutes(slot) })).filter((x) => x.minutes !== null)
  for (let i = 0; i < usable.length; i++) {
    for (let j = i + 1; j < usable.length; j++) {
      const a = usable[i].slot
      const b = usable[j].slot
      const am = usable[i].minutes!
      const bm = usable[j].minutes!
      for (const da of new Set(a.days)) {
        for (const db of new Set(b.days)) {
          const aStart = da * MINUTES_PER_DAY + am.start
          const aEnd = da * MINUTES_PER_DAY + am.end
          // Try b in this week and its neighbours, so Saturday 23:30–00:30 meets Sunday 00:10.
          for (const wrap of [-MINUTES_PER_WEEK, 0, MINUTES_PER_WEEK]) {
            const bStart = db * MINUTES_PER_DAY + bm.start + wrap
            const bEnd = db * MINUTES_PER_DAY + bm.end + wrap
            const from = Math.max(aStart, bStart)
            if (from >= Math.min(aEnd, bEnd)) continue
            // b's airing starts `offset` days after a's; both must be valid on such a pair of dates.
            const offset = Math.round((bStart - bm.start - (aStart - am.start)) / MINUTES_PER_DAY)
            const validFrom = later(a.validFrom ?? null, shift(b.validFrom, -offset))
            const validTo = earlier(a.validTo ?? null, shift(b.validTo, -offset))
            if (!periodHasWeekday(validFrom, validTo, da as Weekday)) continue
            const weekday = (((Math.floor(from / MINUTES_PER_DAY) % 7) + 7) % 7) as Weekday
            const key = `${i}|${j}|${weekday}`
            if (found.has(key)) continue
            const message = `Khung giờ "${a.name}" (${range(a)}) trùng với "${b.name}" (${range(b)}) vào ${WEEKDAY_NAMES_VI[weekday]}`
            // Report Monday first, as a Vietnamese week is read.
            found.set(key, { a: a.slug, b: b.slug, weekday, message, order: WEEK_MONDAY_FIRST.indexOf(weekday) * 1e6 + i * 1e3 + j })
          }
        }
      }
    }
  }
  return [...found.values()].sort((x, y) => x.order - y.order).map(({ order: _order, ...overlap }) => overlap)
}

/** Vietnamese messages for everything that makes a slot unusable; empty when it is fine. */
export function validateSlot(slot: BroadcastSlot): string[] {
  const errors: string[] = []
  const start = parseLocalTime(slot.start)
  const end = parseLocalTime(slot.end)
  if (start === null || start === MINUTES_PER_DAY) {
    errors.push(`Giờ bắt đầu "${slot.start}" không hợp lệ: cần dạng HH:MM, từ 00:00 đến 23:59.`)
  }
  if (end === null) errors.push(`Giờ kết thúc "${slot.end}" không hợp lệ: cần dạng HH:MM, từ 00:00 đến 24:00.`)
  if (start !== null && end !== null && start === end) {
    errors.push(`Giờ bắt đầu và giờ kết thúc trùng nhau (${formatLocalTime(start)}).`)
  }
  if (!Array.isArray(slot.days) || slot.days.length === 0) {
    errors.push('Chưa chọn ngày phát nào trong tuần.')
  } else if (slot.days.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    errors.push('Ngày trong tuần không hợp lệ (chỉ từ Chủ Nhật đến Thứ Bảy).')
  }
  for (const [label, value] of [['bắt đầu', slot.validFrom], ['kết thúc', slot.validTo]] as const) {
    if (value && !isValidLocalDate(value)) errors.push(`Ngày ${label} hiệu lực "${value}" không hợp lệ (cần dạng YYYY-MM-DD).`)
  }
  if (isValidLocalDate(slot.validFrom) && isValidLocalDate(slot.validTo) && slot.validTo < slot.validFrom) {
    errors.push(`Ngày kết thúc hiệu lực (${slot.validTo}) trước ngày bắt đầu hiệu lực (${slot.validFrom}).`)
  }
  for (const date of slot.datesOff ?? []) {
    if (!isValidLocalDate(date)) errors.push(`Ngày nghỉ "${date}" không hợp lệ (cần dạng YYYY-MM-DD).`)
  }
  if (slot.kind === 'rebroadcast') {
    const source = slot.rebroadcast
    if (!source?.sourceSlug?.trim()) {
      errors.push('Khung phát lại chưa chọn khung giờ nguồn.')
    } else if (!Number.isInteger(source.dayOffset)) {
      errors.push(`Độ lệch ngày của khung phát lại phải là số nguyên (đang là ${source.dayOffset}).`)
    } else if (source.sourceSlug === slot.slug && source.dayOffset === 0) {
      errors.push('Khung phát lại không thể phát lại chính nó trong cùng ngày.')
    }
  }
  // The raw string: a line break inside would add a stream to the M3U playout devices read.
  if (slot.kind === 'relay' && !isSafeHttpUrl(slot.relay?.url)) {
    errors.push('Khung tiếp sóng cần địa chỉ luồng bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.')
  }
  if (slot.kind === 'music' && !(slot.music?.clipIds?.length)) {
    errors.push('Khung phát nhạc chưa có bản nhạc nào.')
  }
  return errors
}

