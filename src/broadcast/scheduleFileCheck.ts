/**
 * The whole check of a schedule file before `schedule:import` writes anything: every field, every
 * reference (rebroadcast sources, music clips), the station's time zone, the holidays of the station
 * calendar, and overlaps in the grid as it will be after the import (with the slots the file leaves
 * in place when --replace is not given). Errors stop the import; warnings are printed and the
 * import goes ahead.
 */
import { HOLIDAY_FIELDS, holidayFieldProblems, holidayFromChecked } from './holidays'
import { findOverlaps } from './planDay'
import { slotFieldProblems, slotFromChecked, slotSpan, unknownSlotFields } from './slotFields'
import { WEEKDAY_NAMES_VI } from './localDate'
import type { BroadcastSlot, Holiday, Weekday } from './types'

export type ScheduleFile = {
  description?: string
  station?: { name?: string; timeZone?: string }
  slots: BroadcastSlot[]
  /** The station calendar; when absent, the holidays in the database are left as they are. */
  holidays?: Holiday[]
}

export type ScheduleCheckContext = {
  /** Slots in the database now. */
  existing: BroadcastSlot[]
  /** --replace: slots missing from the file will be deleted. */
  replace: boolean
  /** Ids of the audio clips in the library, for music slots. */
  clipIds: ReadonlySet<string>
}

export type ScheduleCheck =
  | { ok: true; file: ScheduleFile; warnings: string[] }
  | { ok: false; errors: string[]; warnings: string[] }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const ASSEMBLED = new Set(['local', 'music'])

/** True for a zone Intl knows ("Asia/Ho_Chi_Minh"); "Mars/Olympus" throws a RangeError there. */
export function isKnownTimeZone(zone: unknown): boolean {
  if (typeof zone !== 'string' || zone.trim() === '') return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function stationProblems(station: unknown): string[] {
  if (station === undefined) return []
  if (!isRecord(station)) return ['Mục "station": cần { "name": …, "timeZone": … }.']
  const problems: string[] = []
  if (station.name !== undefined && (typeof station.name !== 'string' || station.name.trim() === '')) problems.push('Mục "station", trường "name": tên đài không được để trống.')
  if (station.timeZone !== undefined && !isKnownTimeZone(station.timeZone)) {
    problems.push(`Mục "station", trường "timeZone": múi giờ ${JSON.stringify(station.timeZone)} không tồn tại (ví dụ đúng: "Asia/Ho_Chi_Minh").`)
  }
  return problems
}

/** "Khung 3 "chieu"": the position in the file and the slug, so the line can be found by eye or by search. */
const labelOf = (raw: unknown, index: number) => `Khung ${index + 1}${isRecord(raw) && typeof raw.slug === 'string' && raw.slug ? ` "${raw.slug}"` : ''}`

/**
 * Checks references between slots of the final grid. `fileSlots` are checked and well-formed;
 * `label` names a slot of the file for messages.
 */
function referenceProblems(fileSlots: BroadcastSlot[], finalSlots: BroadcastSlot[], clipIds: ReadonlySet<string>, label: (slot: BroadcastSlot) => string) {
  const errors: string[] = []
  const warnings: string[] = []
  const bySlug = new Map(finalSlots.map((slot) => [slot.slug, slot]))
  for (const slot of fileSlots) {
    if (slot.kind === 'music') {
      const missing = slot.music!.clipIds.filter((id) => !clipIds.has(id))
      if (missing.length) errors.push(`${label(slot)}, trường "music.clipIds": không có bản nhạc mã ${missing.join(', ')} trong thư viện âm thanh.`)
    }
    if (slot.kind !== 'rebroadcast') continue
    const { sourceSlug, dayOffset } = slot.rebroadcast!
    const source = bySlug.get(sourceSlug)
    const field = `${label(slot)}, trường "rebroadcast.sourceSlug"`
    if (!source) {
      errors.push(`${field}: không có khung giờ "${sourceSlug}" để phát lại.`)
      continue
    }
    if (!ASSEMBLED.has(source.kind)) {
      errors.push(`${field}: khung "${sourceSlug}" là khung ${source.kind === 'relay' ? 'tiếp sóng' : 'phát lại'}, không có chương trình dựng sẵn để phát lại; chỉ phát lại khung địa phương hoặc âm nhạc.`)
      continue
    }
    const own = slotSpan(slot)
    const theirs = slotSpan(source)
    if (dayOffset === 0 && theirs.end > own.start) {
      errors.push(`${label(slot)}, trường "rebroadcast.dayOffset": phát lại cùng ngày (0) nhưng khung "${sourceSlug}" (${source.start}–${source.end}) chưa phát xong lúc ${slot.start}.`)
    }
    const silentDays = slot.days.filter((day) => !source.days.includes((((day + dayOffset) % 7) + 7) % 7 as Weekday))
    if (silentDays.length) {
      const days = silentDays.map((day) => WEEKDAY_NAMES_VI[day]).join(', ')
      warnings.push(`${field}: khung "${sourceSlug}" không phát vào ngày cần phát lại cho ${days}, nên ${days} khung này không phát.`)
    }
    if (theirs.end - theirs.start > own.end - own.start) {
      warnings.push(`${label(slot)}: khung nguồn "${sourceSlug}" dài ${theirs.end - theirs.start} phút, hơn khung phát lại (${own.end - own.start} phút).`)
    }
  }
  return { errors, warnings }
}

/** "Ngày lễ 2 "Giỗ Tổ Hùng Vương"": the position in the list and the name. */
const holidayLabel = (raw: unknown, index: number) => `Ngày lễ ${index + 1}${isRecord(raw) && typeof raw.name === 'string' && raw.name.trim() ? ` "${raw.name.trim()}"` : ''}`

/** Problems of the "holidays" list, entry by entry and field by field; names must be unique (import matches by name). */
function holidayProblems(raw: unknown): { errors: string[]; warnings: string[] } {
  if (raw === undefined) return { errors: [], warnings: [] }
  if (!Array.isArray(raw)) return { errors: ['Mục "holidays": cần danh sách ngày lễ [ { "name": …, "calendar": …, "day": …, "month": … }, … ].'], warnings: [] }
  const errors: string[] = []
  const warnings: string[] = []
  const names = raw.map((entry) => (isRecord(entry) && typeof entry.name === 'string' ? entry.name.trim() : undefined))
  raw.forEach((entry, index) => {
    for (const problem of holidayFieldProblems(entry)) errors.push(`${holidayLabel(entry, index)}, trường "${problem.field}": ${problem.message}`)
    if (isRecord(entry)) for (const field of Object.keys(entry).filter((key) => !HOLIDAY_FIELDS.has(key))) warnings.push(`${holidayLabel(entry, index)}: trường "${field}" không được dùng và sẽ bị bỏ qua.`)
    const name = names[index]
    if (name && names.indexOf(name) !== index) errors.push(`${holidayLabel(entry, index)}, trường "name": tên "${name}" đã dùng cho ngày lễ ${names.indexOf(name) + 1}.`)
  })
  return { errors, warnings }
}

/** Every error and warning of a schedule file, in Vietnamese, naming the slot (or holiday) and the field. */
export function checkScheduleFile(raw: unknown, context: ScheduleCheckContext): ScheduleCheck {
  if (!isRecord(raw) || !Array.isArray(raw.slots)) return { ok: false, errors: ['Tệp lịch cần dạng { "station": …, "slots": [ … ] }: thiếu danh sách "slots".'], warnings: [] }
  const errors = stationProblems(raw.station)
  const warnings: string[] = []
  const rawSlots = raw.slots as unknown[]
  rawSlots.forEach((slot, index) => {
    for (const problem of slotFieldProblems(slot)) errors.push(`${labelOf(slot, index)}, trường "${problem.field}": ${problem.message}`)
    for (const field of unknownSlotFields(slot)) warnings.push(`${labelOf(slot, index)}: trường "${field}" không được dùng và sẽ bị bỏ qua.`)
  })
  const slugs = rawSlots.map((slot) => (isRecord(slot) ? slot.slug : undefined))
  slugs.forEach((slug, index) => {
    if (typeof slug === 'string' && slugs.indexOf(slug) !== index) errors.push(`${labelOf(rawSlots[index], index)}, trường "slug": đường dẫn "${slug}" đã dùng cho khung ${slugs.indexOf(slug) + 1}.`)
  })
  const holidays = holidayProblems(raw.holidays)
  errors.push(...holidays.errors)
  warnings.push(...holidays.warnings)
  if (errors.length > 0) return { ok: false, errors, warnings }

  const fileSlots = rawSlots.map((slot) => slotFromChecked(slot as Record<string, unknown>))
  const inFile = new Set(fileSlots.map((slot) => slot.slug))
  // Without --replace the slots the file does not mention stay, and take part in overlaps and references.
  const kept = context.replace ? [] : context.existing.filter((slot) => !inFile.has(slot.slug))
  const finalSlots = [...fileSlots, ...kept]
  const indexBySlug = new Map(fileSlots.map((slot, index) => [slot.slug, index]))
  const label = (slot: BroadcastSlot) => labelOf(slot, indexBySlug.get(slot.slug)!)
  const references = referenceProblems(fileSlots, finalSlots, context.clipIds, label)
  errors.push(...references.errors)
  warnings.push(...references.warnings)
  const keptSlugs = new Set(kept.map((slot) => slot.slug))
  for (const overlap of findOverlaps(finalSlots)) {
    const where = [overlap.a, overlap.b].map((slug) => (keptSlugs.has(slug) ? `khung "${slug}" đang có trong cơ sở dữ liệu (không có trong tệp; dùng --replace để xóa)` : labelOf({ slug }, indexBySlug.get(slug)!)))
    errors.push(`${where.join(' và ')}, trường "start"/"end"/"days": ${overlap.message}.`)
  }
  if (errors.length > 0) return { ok: false, errors, warnings }
  const station = raw.station as ScheduleFile['station']
  const fileHolidays = Array.isArray(raw.holidays) ? { holidays: raw.holidays.map((entry) => holidayFromChecked(entry as Record<string, unknown>)) } : {}
  return { ok: true, file: { description: raw.description as string | undefined, station, slots: fileSlots, ...fileHolidays }, warnings }
}
