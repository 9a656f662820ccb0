/**
 * The "Lý do / chi tiết" of radio audit rows, in Vietnamese: what changed in a broadcast slot or a
 * holiday, and times on the station's clock. Pure (no Payload, no clock) so it is unit-tested alone.
 */
import { WEEK_MONDAY_FIRST, WEEKDAY_NAMES_VI } from '../broadcast/localDate'
import { localParts } from '../lib/viDate'

const pad = (value: number) => String(value).padStart(2, '0')

/** "08/12/2026 07:00" on the station's clock. */
export function formatAuditTime(value: Date | string, timeZone: string): string {
  const p = localParts(typeof value === 'string' ? new Date(value) : value, timeZone)
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`
}

/** A broadcast slot as stored (depth 0 or deeper), only the fields the log describes. */
export type SlotLike = {
  name?: string | null
  kind?: string | null
  days?: (string | number)[] | null
  start?: string | null
  end?: string | null
  validFrom?: string | null
  validTo?: string | null
  datesOff?: { date?: string | null }[] | null
  rebroadcast?: { sourceSlug?: string | null; dayOffset?: number | null } | null
  relay?: { url?: string | null } | null
  music?: { clips?: unknown[] | null } | null
}

const KIND_VI: Record<string, string> = { local: 'Chương trình địa phương', rebroadcast: 'Phát lại', relay: 'Tiếp sóng', music: 'Âm nhạc' }

function daysVi(days: SlotLike['days']): string {
  const set = new Set((days ?? []).map(Number))
  const names = WEEK_MONDAY_FIRST.filter((day) => set.has(day)).map((day) => WEEKDAY_NAMES_VI[day])
  return names.length === 7 ? 'cả tuần' : names.join(', ') || '(không ngày nào)'
}

const idOf = (value: unknown) => String(typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value)
const text = (value: unknown) => (value === null || value === undefined || value === '' ? '(trống)' : String(value))

type SlotField = { label: string; value: (slot: SlotLike) => string; /** Say the values, not just the field, when they are short. */ showValues: boolean }

/** Labels as the slot form shows them (src/collections/BroadcastSlots), in the form's order. */
const SLOT_FIELDS: SlotField[] = [
  { label: 'Tên chương trình', value: (s) => text(s.name), showValues: true },
  { label: 'Loại', value: (s) => KIND_VI[s.kind ?? ''] ?? text(s.kind), showValues: true },
  { label: 'Các ngày trong tuần', value: (s) => daysVi(s.days), showValues: true },
  { label: 'Bắt đầu', value: (s) => text(s.start), showValues: true },
  { label: 'Kết thúc', value: (s) => text(s.end), showValues: true },
  { label: 'Áp dụng từ', value: (s) => text(s.validFrom), showValues: true },
  { label: 'Đến ngày', value: (s) => text(s.validTo), showValues: true },
  {
    label: 'Ngày nghỉ',
    value: (s) => (s.datesOff ?? []).map((row) => row.date ?? '').filter(Boolean).sort().join(', ') || '(không có)',
    showValues: true,
  },
  { label: 'Phát lại chương trình', value: (s) => text(s.rebroadcast?.sourceSlug), showValues: true },
  { label: 'Lệch ngày', value: (s) => text(s.rebroadcast?.dayOffset), showValues: true },
  { label: 'Địa chỉ luồng phát', value: (s) => text(s.relay?.url), showValues: true },
  { label: 'Danh sách bài nhạc', value: (s) => (s.music?.clips ?? []).map(idOf).join(','), showValues: false },
]

/** "05:30–06:00, Thứ Hai, Thứ Ba (Chương trình địa phương)": a slot in one line, for a created or deleted slot. */
export function describeSlot(slot: SlotLike): string {
  return `${text(slot.start)}–${text(slot.end)}, ${daysVi(slot.days)} (${KIND_VI[slot.kind ?? ''] ?? text(slot.kind)})`
}

/**
 * What changed between two saves of a slot, e.g. "Bắt đầu: 05:30 → 06:00; Danh sách bài nhạc";
 * null when nothing the schedule depends on changed (a save without changes writes no row).
 */
export function describeSlotChange(before: SlotLike, after: SlotLike): string | null {
  const parts: string[] = []
  for (const field of SLOT_FIELDS) {
    const [was, now] = [field.value(before), field.value(after)]
    if (was === now) continue
    parts.push(field.showValues ? `${field.label}: ${was} → ${now}` : field.label)
  }
  return parts.length > 0 ? parts.join('; ') : null
}

/** A holiday ("Ngày lễ, ngày nghỉ") as stored. */
export type HolidayLike = {
  name?: string | null
  calendar?: string | null
  day?: number | null
  month?: number | null
  year?: number | null
  lengthDays?: number | null
  stops?: string | null
}

/** "Quốc khánh: 02/09 dương lịch, 2 ngày, hằng năm, dừng chương trình của đài" */
export function describeHoliday(holiday: HolidayLike): string {
  const date = `${pad(holiday.day ?? 0)}/${pad(holiday.month ?? 0)} ${holiday.calendar === 'lunar' ? 'âm lịch' : 'dương lịch'}`
  const year = holiday.year ? `chỉ năm ${holiday.year}` : 'hằng năm'
  const stops = holiday.stops === 'all' ? 'dừng tất cả, kể cả tiếp sóng' : 'dừng chương trình của đài'
  return `${text(holiday.name)}: ${date}, ${holiday.lengthDays ?? 1} ngày, ${year}, ${stops}`
}

/** A holiday row's reason: what was added, removed, or how it was before and after. Null when nothing changed. */
export function describeHolidayChange(before: HolidayLike | null, after: HolidayLike | null): string | null {
  if (!before && after) return `Ngày nghỉ: thêm ${describeHoliday(after)}`
  if (before && !after) return `Ngày nghỉ: xóa ${describeHoliday(before)}`
  if (!before || !after) return null
  const [was, now] = [describeHoliday(before), describeHoliday(after)]
  return was === now ? null : `Ngày nghỉ: sửa ${was} → ${now}`
}

/** What schedule:import wrote, as one line. */
export type ImportSummary = {
  created: number
  updated: number
  removed: string[]
  holidays: { created: number; updated: number; removed: string[] } | null
  station: boolean
}

export function describeScheduleImport(summary: ImportSummary): string {
  const slots = [`${summary.created} khung mới`, `${summary.updated} khung cập nhật`]
  if (summary.removed.length) slots.push(`xóa ${summary.removed.join(', ')}`)
  const parts = [`Nhập lịch từ tệp (schedule:import): ${slots.join(', ')}`]
  const holidays = summary.holidays
  if (holidays) {
    const line = [`${holidays.created} ngày lễ mới`, `${holidays.updated} ngày lễ cập nhật`]
    if (holidays.removed.length) line.push(`xóa ${holidays.removed.join(', ')}`)
    parts.push(`ngày nghỉ: ${line.join(', ')}`)
  }
  if (summary.station) parts.push('cài đặt đài (tên, múi giờ)')
  return `${parts.join('; ')}.`
}
