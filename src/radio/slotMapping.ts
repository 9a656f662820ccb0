import type { BroadcastSlot, Weekday } from '../broadcast/types'
import { storedId } from '../lib/relationId'
import type { BroadcastSlot as BroadcastSlotDoc } from '../payload-types'

type SlotData = Partial<BroadcastSlotDoc>

/**
 * Context for the slot hooks: the whole grid was checked before the first write, so the per-slot
 * overlap check is skipped. Mid-import states (a slot moved into the time another slot is about
 * to leave) would otherwise fail a valid file.
 */
export const WHOLE_SCHEDULE_CHECKED = 'wholeScheduleChecked'

const idOf = (value: unknown): string => String(typeof value === 'object' && value !== null ? (value as { id: unknown }).id : value)

/** A broadcast-slots document (or the data being saved) as the pure BroadcastSlot the planner uses. */
export function slotFromDoc(doc: SlotData): BroadcastSlot {
  return {
    slug: doc.slug ?? '',
    name: doc.name ?? '',
    kind: doc.kind ?? 'local',
    days: (doc.days ?? []).map((day) => Number(day) as Weekday),
    start: doc.start ?? '',
    end: doc.end ?? '',
    validFrom: doc.validFrom || null,
    validTo: doc.validTo || null,
    datesOff: (doc.datesOff ?? []).map((entry) => entry.date),
    rebroadcast: doc.kind === 'rebroadcast' && doc.rebroadcast?.sourceSlug ? { sourceSlug: doc.rebroadcast.sourceSlug, dayOffset: doc.rebroadcast.dayOffset ?? -1 } : null,
    relay: doc.kind === 'relay' && doc.relay?.url ? { url: doc.relay.url } : null,
    music: doc.kind === 'music' ? { clipIds: (doc.music?.clips ?? []).map(idOf) } : null,
  }
}

/**
 * The JSON form used by schedules/*.json: a BroadcastSlot without empty fields. Music clip ids are
 * stored as the database's ids: numbers on SQLite, ObjectId strings on MongoDB.
 */
export function slotToDocData(slot: BroadcastSlot, idType: 'number' | 'text' = 'number'): SlotData {
  return {
    name: slot.name,
    slug: slot.slug,
    kind: slot.kind,
    days: slot.days.map((day) => String(day) as NonNullable<SlotData['days']>[number]),
    start: slot.start,
    end: slot.end,
    validFrom: slot.validFrom ?? null,
    validTo: slot.validTo ?? null,
    datesOff: (slot.datesOff ?? []).map((date) => ({ date })),
    rebroadcast: slot.rebroadcast ? { sourceSlug: slot.rebroadcast.sourceSlug, dayOffset: slot.rebroadcast.dayOffset } : undefined,
    relay: slot.relay ? { url: slot.relay.url } : undefined,
    music: slot.music ? { clips: slot.music.clipIds.map((id) => storedId(id, idType)) as number[] } : undefined,
  }
}
