/**
 * Field-by-field checks of one slot as written in a schedule file (schedules/*.json), before it is
 * trusted as a BroadcastSlot. The file is hand-edited JSON, so every field can have any type: each
 * problem names the field, and nothing here throws.
 */
import { isSafeHttpUrl } from '../lib/safeUrl'
import { isValidLocalDate, parseLocalTime } from './localDate'
import type { BroadcastSlot, SlotKind } from './types'

export type FieldProblem = { field: string; message: string }

export const SLOT_KINDS: readonly SlotKind[] = ['local', 'rebroadcast', 'relay', 'music']

/** What ensureUniqueSlug would store unchanged; anything else would be rewritten and break references. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MINUTES_PER_DAY = 24 * 60
/** A rebroadcast replays something that aired within the last week. */
export const MAX_REBROADCAST_DAYS_BACK = 7

const KNOWN_FIELDS = new Set(['slug', 'name', 'kind', 'days', 'start', 'end', 'validFrom', 'validTo', 'datesOff', 'rebroadcast', 'relay', 'music'])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const shown = (value: unknown) => (value === undefined ? 'trống' : JSON.stringify(value))

/** Problems of the fields every slot has: slug, name, kind, days, times and validity. */
function commonFieldProblems(raw: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add = (field: string, message: string) => problems.push({ field, message })
  if (typeof raw.slug !== 'string' || !SLUG_PATTERN.test(raw.slug)) {
    add('slug', `đường dẫn ${shown(raw.slug)} không hợp lệ: cần chữ thường không dấu, số và dấu gạch ngang, ví dụ "chieu".`)
  }
  if (typeof raw.name !== 'string' || raw.name.trim() === '') add('name', 'tên chương trình không được để trống.')
  if (!SLOT_KINDS.includes(raw.kind as SlotKind)) add('kind', `loại ${shown(raw.kind)} không có; chỉ dùng "local", "rebroadcast", "relay" hoặc "music".`)
  const days = raw.days
  if (!Array.isArray(days) || days.length === 0) add('days', 'chưa chọn ngày phát nào trong tuần (cần danh sách số từ 0 = Chủ Nhật đến 6 = Thứ Bảy).')
  else if (days.some((day) => !Number.isInteger(day) || (day as number) < 0 || (day as number) > 6)) add('days', `ngày trong tuần ${shown(days)} không hợp lệ (chỉ từ 0 = Chủ Nhật đến 6 = Thứ Bảy).`)
  const start = typeof raw.start === 'string' ? parseLocalTime(raw.start) : null
  const end = typeof raw.end === 'string' ? parseLocalTime(raw.end) : null
  if (start === null || start === MINUTES_PER_DAY) add('start', `giờ bắt đầu ${shown(raw.start)} không hợp lệ: cần dạng HH:MM, từ 00:00 đến 23:59.`)
  if (end === null) add('end', `giờ kết thúc ${shown(raw.end)} không hợp lệ: cần dạng HH:MM, từ 00:00 đến 24:00.`)
  if (start !== null && start === end) add('end', `giờ kết thúc trùng giờ bắt đầu (${raw.start}).`)
  for (const field of ['validFrom', 'validTo'] as const) {
    const value = raw[field]
    if (value !== undefined && value !== null && !isValidLocalDate(value)) add(field, `ngày ${shown(value)} không hợp lệ (cần dạng YYYY-MM-DD).`)
  }
  if (isValidLocalDate(raw.validFrom) && isValidLocalDate(raw.validTo) && raw.validTo < raw.validFrom) {
    add('validTo', `ngày kết thúc hiệu lực (${raw.validTo}) trước ngày bắt đầu hiệu lực (${raw.validFrom}).`)
  }
  if (raw.datesOff !== undefined && !Array.isArray(raw.datesOff)) add('datesOff', 'cần danh sách ngày dạng YYYY-MM-DD.')
  else for (const date of (raw.datesOff as unknown[] | undefined) ?? []) if (!isValidLocalDate(date)) add('datesOff', `ngày nghỉ ${shown(date)} không hợp lệ (cần dạng YYYY-MM-DD).`)
  return problems
}

/** Problems of the part that belongs to the slot's kind (what to replay, which stream, which clips). */
function kindFieldProblems(raw: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add = (field: string, message: string) => problems.push({ field, message })
  if (raw.kind === 'rebroadcast') {
    const source = raw.rebroadcast
    if (!isRecord(source)) return [{ field: 'rebroadcast', message: 'khung phát lại cần { "sourceSlug": …, "dayOffset": … }.' }]
    if (typeof source.sourceSlug !== 'string' || source.sourceSlug.trim() === '') add('rebroadcast.sourceSlug', 'chưa chọn khung giờ nguồn để phát lại.')
    const offset = source.dayOffset
    if (!Number.isInteger(offset) || (offset as number) > 0 || (offset as number) < -MAX_REBROADCAST_DAYS_BACK) {
      add('rebroadcast.dayOffset', `độ lệch ngày ${shown(offset)} không hợp lệ: chỉ phát lại chương trình đã phát, từ 0 (cùng ngày) đến -${MAX_REBROADCAST_DAYS_BACK} (-1 = hôm trước).`)
    }
  }
  if (raw.kind === 'relay' && !(isRecord(raw.relay) && isSafeHttpUrl(raw.relay.url))) {
    add('relay.url', 'khung tiếp sóng cần địa chỉ luồng bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.')
  }
  if (raw.kind === 'music') {
    const clipIds = isRecord(raw.music) ? raw.music.clipIds : undefined
    if (!Array.isArray(clipIds) || clipIds.length === 0) add('music.clipIds', 'khung phát nhạc chưa có bản nhạc nào.')
    else if (clipIds.some((id) => (typeof id !== 'string' && typeof id !== 'number') || String(id).trim() === '')) add('music.clipIds', `mã bản nhạc ${shown(clipIds)} không hợp lệ.`)
  }
  return problems
}

/** Every problem of one slot as written, field by field; empty when it is a usable BroadcastSlot. */
export function slotFieldProblems(raw: unknown): FieldProblem[] {
  if (!isRecord(raw)) return [{ field: '(khung)', message: 'mỗi khung phải là một đối tượng JSON { … }.' }]
  return [...commonFieldProblems(raw), ...kindFieldProblems(raw)]
}

/** Fields the importer does not know: ignored, so a typo ("dayoffset", "validfrom") is worth a warning. */
export function unknownSlotFields(raw: unknown): string[] {
  return isRecord(raw) ? Object.keys(raw).filter((key) => !KNOWN_FIELDS.has(key)) : []
}

/** A slot that passed slotFieldProblems, in the planner's shape (clip ids as strings). */
export function slotFromChecked(raw: Record<string, unknown>): BroadcastSlot {
  const slot = raw as unknown as BroadcastSlot
  const music = raw.music as { clipIds: (string | number)[] } | undefined
  return {
    ...slot,
    days: [...slot.days],
    rebroadcast: slot.kind === 'rebroadcast' ? slot.rebroadcast : null,
    relay: slot.kind === 'relay' ? slot.relay : null,
    music: slot.kind === 'music' && music ? { clipIds: music.clipIds.map(String) } : null,
  }
}

/** Start and end in minutes of the airing day (end past 1440 when the slot crosses midnight). */
export function slotSpan(slot: BroadcastSlot): { start: number; end: number } {
  const start = parseLocalTime(slot.start) ?? 0
  const end = parseLocalTime(slot.end) ?? 0
  return { start, end: end <= start ? end + MINUTES_PER_DAY : end }
}
