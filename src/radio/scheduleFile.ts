import type { Payload } from 'payload'
import { rebroadcastLengthWarnings } from '../broadcast/composeRebroadcast'
import { findOverlaps, validateSlot } from '../broadcast/planDay'
import type { BroadcastSlot } from '../broadcast/types'
import { loadSlots } from './schedule'
import { slotFromDoc, slotToDocData } from './slotMapping'

/** schedules/<name>.json: the station's weekly grid as plain data, for import, export and review. */
export type ScheduleFile = {
  description?: string
  station?: { name?: string; timeZone?: string }
  slots: BroadcastSlot[]
}

/** Every problem of a schedule file, in Vietnamese, before anything is written. */
export function problemsOf(file: ScheduleFile): string[] {
  if (!file || !Array.isArray(file.slots)) return ['Tệp lịch không có danh sách "slots".']
  const problems = file.slots.flatMap((slot, index) => validateSlot(slot).map((problem) => `Khung ${index + 1} ("${slot.name ?? slot.slug}"): ${problem}`))
  const slugs = file.slots.map((slot) => slot.slug)
  for (const slug of new Set(slugs.filter((slug, index) => slugs.indexOf(slug) !== index))) problems.push(`Đường dẫn "${slug}" bị trùng.`)
  problems.push(...findOverlaps(file.slots).map((overlap) => overlap.message))
  return problems
}

/**
 * Imports a schedule: validates the whole file first (nothing is written when any slot is wrong),
 * then creates or updates slots by slug. With `replace`, slots missing from the file are deleted.
 */
export async function importSchedule(payload: Payload, file: ScheduleFile, options: { replace?: boolean } = {}) {
  const problems = problemsOf(file)
  if (problems.length > 0) return { ok: false as const, problems }
  const existing = await payload.find({ collection: 'broadcast-slots', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const bySlug = new Map(existing.docs.map((doc) => [doc.slug, doc]))
  const inFile = new Set(file.slots.map((slot) => slot.slug))
  // Delete first, so a slot moved into a removed slot's time does not collide with it.
  const removed = options.replace ? existing.docs.filter((doc) => !inFile.has(doc.slug ?? '')) : []
  for (const doc of removed) await payload.delete({ collection: 'broadcast-slots', id: doc.id, overrideAccess: true })
  let created = 0
  let updated = 0
  // Two passes: park changed slots' days first would be needed for swaps; simple upsert covers ordinary edits.
  for (const slot of file.slots) {
    const data = slotToDocData(slot) as never
    const current = bySlug.get(slot.slug)
    if (current) {
      await payload.update({ collection: 'broadcast-slots', id: current.id, data, overrideAccess: true })
      updated++
    } else {
      await payload.create({ collection: 'broadcast-slots', data, overrideAccess: true })
      created++
    }
  }
  const kept = options.replace ? [] : existing.docs.filter((doc) => !inFile.has(doc.slug ?? '')).map((doc) => doc.slug ?? '')
  if (file.station) {
    await payload.updateGlobal({ slug: 'station', data: { ...(file.station.name ? { name: file.station.name } : {}), ...(file.station.timeZone ? { timeZone: file.station.timeZone } : {}) }, overrideAccess: true })
  }
  // Warnings do not stop the import: a short rebroadcast is built for its own slot, with drops recorded.
  const warnings = rebroadcastLengthWarnings(file.slots)
  return { ok: true as const, created, updated, removed: removed.map((doc) => doc.slug ?? ''), kept, warnings }
}

/** The schedule as it is in the database, sorted by start time, in the same shape import reads. */
export async function exportSchedule(payload: Payload): Promise<ScheduleFile> {
  const station = await payload.findGlobal({ slug: 'station', depth: 0, overrideAccess: true })
  const slots = (await loadSlots(payload)).sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug))
  return { station: { name: station.name ?? undefined, timeZone: station.timeZone ?? undefined }, slots: slots.map(compactSlot) }
}

/** Drops empty optional fields so exported files stay as short as hand-written ones. */
function compactSlot(slot: BroadcastSlot): BroadcastSlot {
  const compact: BroadcastSlot = { slug: slot.slug, name: slot.name, kind: slot.kind, days: [...slot.days].sort(), start: slot.start, end: slot.end }
  if (slot.validFrom) compact.validFrom = slot.validFrom
  if (slot.validTo) compact.validTo = slot.validTo
  if (slot.datesOff?.length) compact.datesOff = slot.datesOff
  if (slot.rebroadcast) compact.rebroadcast = slot.rebroadcast
  if (slot.relay) compact.relay = slot.relay
  if (slot.music) compact.music = slot.music
  return compact
}

export { slotFromDoc }
