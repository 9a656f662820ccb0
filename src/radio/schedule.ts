import type { Payload } from 'payload'
import { addDays } from '../broadcast/localDate'
import { planDay } from '../broadcast/planDay'
import type { BroadcastSlot, LocalDate, SlotInstance } from '../broadcast/types'
import { localParts } from '../lib/viDate'
import { slotFromDoc } from './slotMapping'

export async function loadSlots(payload: Payload): Promise<BroadcastSlot[]> {
  const { docs } = await payload.find({ collection: 'broadcast-slots', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return docs.map(slotFromDoc)
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

/** The airings of `days` consecutive dates from `from`, for the slots that are assembled. */
export function assembledInstances(slots: BroadcastSlot[], from: LocalDate, days: number, timeZone: string): SlotInstance[] {
  const instances: SlotInstance[] = []
  for (let offset = 0; offset < days; offset++) {
    instances.push(...planDay(slots, addDays(from, offset), timeZone).filter((instance) => ASSEMBLED_KINDS.has(instance.slot.kind)))
  }
  return instances
}
