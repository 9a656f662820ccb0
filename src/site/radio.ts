import { holidayPeriods, type HolidayPeriod } from '../broadcast/holidays'
import { onAirStates, type PublicAirState } from '../broadcast/onAirStates'
import { addDays } from '../broadcast/localDate'
import { airingState, type NowAndNext, nowAndNext } from '../broadcast/onAir'
import { type DayPlan, dayPlan } from '../broadcast/planDay'
import type { BroadcastSlot, Holiday, HolidayStops, LocalDate, ProgrammeSegment, SlotInstance, SlotKind } from '../broadcast/types'
import type { Programme } from '../payload-types'
import { asRunRowsOn } from '../radio/asRunLog'
import { holidayFromDoc, localDateOf } from '../radio/schedule'
import { slotFromDoc } from '../radio/slotMapping'
import { loadStationSettings } from '../radio/station'
import { publicProgrammeWhere } from '../access/programmes'
import { sitePayload } from './payload'

export const KIND_WORDS: Record<SlotKind, string> = {
  local: 'Chương trình của đài địa phương',
  rebroadcast: 'Phát lại chương trình đã phát',
  relay: 'Tiếp sóng đài cấp trên',
  music: 'Âm nhạc',
}

/** What a holiday means for a resident listening to the loudspeakers. */
export const HOLIDAY_WORDS: Record<HolidayStops, string> = {
  local: 'các chương trình của đài tạm nghỉ; vẫn tiếp sóng đài cấp trên',
  all: 'loa truyền thanh nghỉ cả ngày',
}

export type PublicSchedule = { slots: BroadcastSlot[]; holidays: Holiday[]; timeZone: string; stationName: string }

export async function publicSlots(): Promise<PublicSchedule> {
  const payload = await sitePayload()
  const [slots, holidays, station] = await Promise.all([
    payload.find({ collection: 'broadcast-slots', limit: 0, pagination: false, depth: 0, overrideAccess: false }),
    payload.find({ collection: 'holidays', limit: 0, pagination: false, depth: 0, overrideAccess: false }),
    // The worker's reader (defaults included): the page's clock is the one the programmes air by.
    loadStationSettings(payload),
  ])
  return {
    slots: slots.docs.map(slotFromDoc),
    holidays: holidays.docs.map(holidayFromDoc),
    timeZone: station.timeZone,
    stationName: station.name,
  }
}

/** What airs on `days` dates from `from`, holidays of the station calendar included. */
export function dayPlans(schedule: Pick<PublicSchedule, 'slots' | 'holidays'>, from: LocalDate, days: number, timeZone: string): DayPlan[] {
  return Array.from({ length: days }, (_, offset) => dayPlan(schedule.slots, addDays(from, offset), timeZone, schedule.holidays))
}

/**
 * What is on air now and next, from today's and tomorrow's day plans. Each airing's state is the
 * as-run log's while the playout runs (publicAirStates), else the clock's; a slot that did not air
 * counts as past.
 */
export async function onAirNowAndNext(now: Date): Promise<NowAndNext & { today: LocalDate; timeZone: string }> {
  const schedule = await publicSlots()
  const today = localDateOf(now, schedule.timeZone)
  const instances = dayPlans(schedule, today, 2, schedule.timeZone).flatMap((plan) => plan.instances)
  const states = await publicAirStates(instances, today, now)
  const stateOf = new Map(instances.map((instance, index) => [instance, states[index]]))
  const airing = (instance: SlotInstance) => {
    const state = stateOf.get(instance)
    return state === 'missed' ? 'done' : (state ?? airingState(instance, now))
  }
  return { ...nowAndNext(instances, airing), today, timeZone: schedule.timeZone }
}

/** The holidays from `from` to a year later, for residents to know when the loudspeakers are quiet. */
export function upcomingHolidays(schedule: Pick<PublicSchedule, 'holidays'>, from: LocalDate): HolidayPeriod[] {
  return holidayPeriods(schedule.holidays, from, addDays(from, 365))
}

/** Programmes that have aired with a finished file (the access rule lets residents see only those), newest first. */
export async function finishedProgrammes(options: { date?: LocalDate; limit: number }) {
  const payload = await sitePayload()
  return payload.find({
    collection: 'programmes',
    where: { and: [publicProgrammeWhere(new Date()), ...(options.date ? [{ date: { equals: options.date } }] : [])] },
    sort: '-startsAt',
    limit: options.limit,
    depth: 0,
    overrideAccess: false,
  })
}

export function programmeSegments(programme: Programme): ProgrammeSegment[] {
  return Array.isArray(programme.segments) ? (programme.segments as ProgrammeSegment[]) : []
}

/** Slugs of the published articles read out in programmes, to link "listen again" items back to them. */
export async function articleSlugsById(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    limit: ids.length,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.slug ?? '']))
}

/**
 * "Đã phát / Đang phát / Sắp phát" for the day's airings: from the as-run log while the playout
 * runs, from the clock otherwise (the rule is in src/broadcast/onAirStates). The rows are read on
 * the server and never shown; pages showing them are re-rendered whenever a row starts or ends
 * (src/site/contentChanges), so a stored page follows the log within a second.
 */
export async function publicAirStates(instances: SlotInstance[], date: LocalDate, now: Date): Promise<PublicAirState[]> {
  if (instances.length === 0) return []
  const rows = await asRunRowsOn(await sitePayload(), [addDays(date, -1), date])
  return onAirStates(
    instances.map((instance) => ({ slot: instance.slot.slug, start: instance.start, end: instance.end })),
    rows,
    now,
  )
}
