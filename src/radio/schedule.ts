import type { Payload } from 'payload'
import { addDays } from '../broadcast/localDate'
import { type DayPlan, dayPlan } from '../broadcast/planDay'
import type { BroadcastSlot, Holiday, LocalDate, SlotInstance } from '../broadcast/types'
import { localParts } from '../lib/viDate'
import type { Holiday as HolidayDoc } from '../payload-types'
import { slotFromDoc } from './slotMapping'

export async function loadSlots(payload: Payload): Promise<BroadcastSlot[]> {
  const { docs } = await payload.find({ collection: 'broadcast-slots', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return docs.map(slotFromDoc)
}

/** A holidays document as the pure Holiday of the station calendar. */
export function holidayFromDoc(doc: Partial<HolidayDoc>): Holiday {
  return {
    name: doc.name ?? '',
    calendar: doc.calendar ?? 'solar',
    day: doc.day ?? 0,
    month: doc.month ?? 0,
    year: doc.year ?? null,
    lengthDays: doc.lengthDays ?? 1,
    stops: doc.stops ?? 'local',
  }
}

/** The station calendar: the holidays on which slots stop (src/broadcast/holidays). */
export async function loadHolidays(payload: Payload): Promise<Holiday[]> {
  const { docs } = await payload.find({ collection: 'holidays', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return docs.map(holidayFromDoc)
}

/** Everything planning needs from the database: the weekly grid and the station calendar. */
export type Schedule = { slots: BroadcastSlot[]; holidays: Holiday[] }

export async function loadSchedule(payload: Payload): Promise<Schedule> {
  const [slots, holidays] = await Promise.all([loadSlots(payload), loadHolidays(payload)])
  return { slots, holidays }
}

/** The station-local calendar date of an instant. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const p = localParts(instant, timeZone)
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`
}

/**
 * Slot kinds that need an assembled file; relays play a stream. A rebroadcast gets its own file,
 * built for its own slot and air time (src/broadcast/composeRebroadcast).
 */
export const ASSEMBLED_KINDS = new Set(['local', 'music', 'rebroadcast'])

/**
 * The plans of `days` consecutive dates from `from`, holidays and rebroadcasts of days that did
 * not air left out (and listed in `skipped`), for the slots that are assembled.
 */
export function assembledPlans(schedule: Schedule, from: LocalDate, days: number, timeZone: string): DayPlan[] {
  return Array.from({ length: days }, (_, offset) => {
    const plan = dayPlan(schedule.slots, addDays(from, offset), timeZone, schedule.holidays)
    const assembled = ({ slot }: SlotInstance) => ASSEMBLED_KINDS.has(slot.kind)
    return { ...plan, instances: plan.instances.filter(assembled), skipped: plan.skipped.filter(({ instance }) => assembled(instance)) }
  })
}

/** The airings of `days` consecutive dates from `from`, for the slots that are assembled. */
export function assembledInstances(schedule: Schedule, from: LocalDate, days: number, timeZone: string): SlotInstance[] {
  return assembledPlans(schedule, from, days, timeZone).flatMap((plan) => plan.instances)
}
