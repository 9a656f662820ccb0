import type { Payload } from 'payload'
import { auditScheduleImport } from '../audit/radioAuditHooks'
import { checkScheduleFile, type ScheduleFile } from '../broadcast/scheduleFileCheck'
import type { BroadcastSlot, Holiday } from '../broadcast/types'
import { holidayFromDoc, loadSlots } from './schedule'
import { slotFromDoc, slotToDocData, WHOLE_SCHEDULE_CHECKED } from './slotMapping'
import { loadStationSettings } from './station'

export type { ScheduleFile }

export type ImportOptions = {
  /** Delete the slots the file does not mention. */
  replace?: boolean
  /** Called after each write inside the transaction, e.g. to print progress. Throwing rolls everything back. */
  onWrite?: (step: string) => void | Promise<void>
}

/** What happened to the station calendar; null when the file has no "holidays" list (the calendar was left alone). */
export type HolidaysImported = { created: number; updated: number; removed: string[]; kept: string[] } | null

export type ImportResult =
  | { ok: true; created: number; updated: number; removed: string[]; kept: string[]; holidays: HolidaysImported; warnings: string[]; atomic: boolean }
  | { ok: false; problems: string[]; warnings: string[] }


async function libraryClipIds(payload: Payload, file: unknown): Promise<Set<string>> {
  const slots = (file as { slots?: unknown } | null)?.slots
  if (!Array.isArray(slots) || !slots.some((slot) => (slot as { kind?: unknown } | null)?.kind === 'music')) return new Set()
  const { docs } = await payload.find({ collection: 'audio-clips', limit: 0, pagination: false, depth: 0, overrideAccess: true, select: {} })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** The holiday fields as stored: the file's holiday with its defaults filled in (holidayFromChecked). */
const holidayData = (holiday: Holiday) => ({ ...holiday, year: holiday.year ?? null })

/**
 * Imports a schedule file: checks all of it against the database first (nothing is written when
 * anything is wrong), then writes every change in one database transaction, so a failure while
 * writing leaves the schedule as it was. Slots are matched by slug, holidays by name; with
 * `replace`, slots and holidays missing from the file are deleted (holidays only when the file
 * has a "holidays" list: an older file without one leaves the calendar alone).
 */
export async function importSchedule(payload: Payload, raw: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const existing = await payload.find({ collection: 'broadcast-slots', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const check = checkScheduleFile(raw, { existing: existing.docs.map(slotFromDoc), replace: Boolean(options.replace), clipIds: await libraryClipIds(payload, raw) })
  if (!check.ok) return { ok: false, problems: check.errors, warnings: check.warnings }
  const file = check.file
  const inFile = new Set(file.slots.map((slot) => slot.slug))
  const leftOut = existing.docs.filter((doc) => !inFile.has(doc.slug ?? ''))
  const removed = options.replace ? leftOut : []
  const bySlug = new Map(existing.docs.map((doc) => [doc.slug, doc]))
  const calendar = file.holidays ? (await payload.find({ collection: 'holidays', limit: 0, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })).docs : []
  const holidayNames = new Set((file.holidays ?? []).map((holiday) => holiday.name))
  const holidayByName = new Map<string, (typeof calendar)[number]>()
  for (const doc of calendar) if (!holidayByName.has(doc.name.trim())) holidayByName.set(doc.name.trim(), doc)
  // Two stored holidays of the same name (made in the admin): the first is updated, the others are left out.
  const holidaysLeftOut = calendar.filter((doc) => !holidayNames.has(doc.name.trim()) || holidayByName.get(doc.name.trim()) !== doc)
  const holidaysRemoved = options.replace ? holidaysLeftOut : []
  const holidayCounts = { created: 0, updated: 0 }
  // Null on a database without transactions (MongoDB without a replica set): the checks above are then the only guard.
  const transactionID = await payload.db.beginTransaction()
  const write = { overrideAccess: true, context: { [WHOLE_SCHEDULE_CHECKED]: true } }
  // A fresh req each call: Payload caches reads per req, and a cached read would miss earlier writes.
  const req = () => (transactionID ? { req: { transactionID } } : {})
  let created = 0
  let updated = 0
  try {
    for (const doc of removed) {
      await payload.delete({ collection: 'broadcast-slots', id: doc.id, ...write, ...req() })
      await options.onWrite?.(`xóa ${doc.slug}`)
    }
    for (const slot of file.slots) {
      const data = slotToDocData(slot, payload.db.defaultIDType === 'number' ? 'number' : 'text') as never
      const current = bySlug.get(slot.slug)
      if (current) await payload.update({ collection: 'broadcast-slots', id: current.id, data, ...write, ...req() })
      else await payload.create({ collection: 'broadcast-slots', data, ...write, ...req() })
      if (current) updated++
      else created++
      await options.onWrite?.(`${current ? 'cập nhật' : 'tạo'} ${slot.slug}`)
    }
    for (const doc of holidaysRemoved) {
      await payload.delete({ collection: 'holidays', id: doc.id, ...write, ...req() })
      await options.onWrite?.(`xóa ngày lễ ${doc.name}`)
    }
    for (const holiday of file.holidays ?? []) {
      const current = holidayByName.get(holiday.name)
      if (current) await payload.update({ collection: 'holidays', id: current.id, data: holidayData(holiday), ...write, ...req() })
      else await payload.create({ collection: 'holidays', data: holidayData(holiday), ...write, ...req() })
      holidayCounts[current ? 'updated' : 'created']++
      await options.onWrite?.(`${current ? 'cập nhật' : 'tạo'} ngày lễ ${holiday.name}`)
    }
    if (file.station && (file.station.name || file.station.timeZone)) {
      const data = { ...(file.station.name ? { name: file.station.name } : {}), ...(file.station.timeZone ? { timeZone: file.station.timeZone } : {}) }
      await payload.updateGlobal({ slug: 'station', data, ...write, ...req() })
      await options.onWrite?.('cài đặt đài')
    }
    // One audit row for the whole file, in the same transaction.
    const holidaysSummary = file.holidays ? { ...holidayCounts, removed: holidaysRemoved.map((doc) => doc.name) } : null
    await auditScheduleImport(payload, transactionID, { created, updated, removed: removed.map((doc) => doc.slug ?? ''), holidays: holidaysSummary, station: Boolean(file.station?.name || file.station?.timeZone) })
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    const detail = error instanceof Error ? error.message : String(error)
    const undone = transactionID ? 'mọi thay đổi đã được hoàn tác, lịch giữ nguyên như trước' : 'cơ sở dữ liệu này không hỗ trợ giao dịch, hãy kiểm tra lại lịch'
    return { ok: false, problems: [`Lỗi khi ghi lịch (${detail}); ${undone}.`], warnings: check.warnings }
  }
  const kept = options.replace ? [] : leftOut.map((doc) => doc.slug ?? '')
  const holidays: HolidaysImported = file.holidays
    ? { ...holidayCounts, removed: holidaysRemoved.map((doc) => doc.name), kept: options.replace ? [] : holidaysLeftOut.map((doc) => doc.name) }
    : null
  return { ok: true, created, updated, removed: removed.map((doc) => doc.slug ?? ''), kept, holidays, warnings: check.warnings, atomic: Boolean(transactionID) }
}

/** The schedule as it is in the database, sorted by start time, in the same shape import reads. */
export async function exportSchedule(payload: Payload): Promise<ScheduleFile> {
  const station = await loadStationSettings(payload)
  const slots = (await loadSlots(payload)).sort((a, b) => a.start.localeCompare(b.start) || a.slug.localeCompare(b.slug))
  // In the order they were made: an imported calendar comes back in the order of its file.
  const holidays = await payload.find({ collection: 'holidays', limit: 0, pagination: false, depth: 0, overrideAccess: true, sort: 'id' })
  return {
    station: { name: station.name, timeZone: station.timeZone },
    slots: slots.map(compactSlot),
    holidays: holidays.docs.map(holidayFromDoc).map(compactHoliday),
  }
}

/** Leaves out the year of a holiday that comes back every year. */
function compactHoliday(holiday: Holiday): Holiday {
  const { year, ...rest } = holiday
  return year ? holiday : rest
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
