/**
 * Which already planned or built programmes a change makes wrong, and why (Vietnamese, for the
 * technician): a slot whose times, kind, source or music changed, a slot deleted, a clip deleted or
 * replaced. A marked programme's file must not air (it may overrun a shortened slot, or carry a
 * deleted recording); the worker rebuilds it in its lead window.
 *
 * Only programmes that have not started airing are ever marked: an aired programme is history,
 * heard by residents in "listen again", and stays as it was. Pure: `now` is passed in.
 */
import { airsOn } from './planDay'
import { formatLocalDateVi } from './localDate'
import { clipIdsOfSegments } from './programmeClips'
import type { BroadcastSlot, LocalDate, SlotKind } from './types'

/** A programme document as far as marking needs it. */
export type StoredProgramme = {
  id: string | number
  slotSlug: string
  date: LocalDate
  /** When it airs (the slot's start when it was planned); null: unknown, never marked. */
  startsAt: Date | null
  segments?: unknown
}

export type RebuildMark = { id: string | number; reason: string }

const NEEDS_REBUILD = 'cần dựng lại'

const KIND_VI: Record<SlotKind, string> = {
  local: 'chương trình địa phương',
  rebroadcast: 'phát lại',
  relay: 'tiếp sóng',
  music: 'âm nhạc',
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((value, index) => String(value) === String(b[index]))

/** Not aired yet: it starts after `now`. */
const notAiredYet = (programme: StoredProgramme, now: Date) => programme.startsAt !== null && programme.startsAt.getTime() > now.getTime()

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/**
 * What changed in a slot that a programme built for it depends on, each as a Vietnamese clause;
 * empty when nothing did (a new name, or days that only add or remove other dates).
 */
export function slotChanges(before: BroadcastSlot, after: BroadcastSlot): string[] {
  const changes: string[] = []
  if (before.start !== after.start || before.end !== after.end) {
    changes.push(`khung giờ đã đổi từ ${before.start}–${before.end} thành ${after.start}–${after.end}`)
  }
  if (before.kind !== after.kind) changes.push(`loại chương trình đã đổi từ ${KIND_VI[before.kind]} thành ${KIND_VI[after.kind]}`)
  else if (after.kind === 'rebroadcast') {
    const from = before.rebroadcast
    const to = after.rebroadcast
    if (from?.sourceSlug !== to?.sourceSlug || from?.dayOffset !== to?.dayOffset) {
      const describe = (source: BroadcastSlot['rebroadcast']) => (source?.sourceSlug ? `"${source.sourceSlug}" (lệch ${source.dayOffset} ngày)` : '(chưa chọn)')
      changes.push(`nguồn phát lại đã đổi từ ${describe(from)} thành ${describe(to)}`)
    }
  } else if (after.kind === 'music' && !sameList(before.music?.clipIds ?? [], after.music?.clipIds ?? [])) {
    changes.push('danh sách bài nhạc đã đổi')
  }
  return changes
}

/**
 * The not-yet-aired programmes of a slot that was changed (`after`) or deleted (`after` null), each
 * with its reason. Days, validity and days off matter per date: a programme is marked when the slot
 * no longer airs on its date, not when other dates were added or removed.
 */
export function marksForSlotChange(before: BroadcastSlot, after: BroadcastSlot | null, programmes: StoredProgramme[], now: Date): RebuildMark[] {
  const ofSlot = programmes.filter((programme) => programme.slotSlug === before.slug && notAiredYet(programme, now))
  const reasonFor = (programme: StoredProgramme): string | null => {
    if (!after) return `Khung giờ "${before.name}" (${before.start}–${before.end}) đã bị xóa; chương trình này sẽ không được phát`
    if (after.slug !== before.slug) {
      return `Khung giờ đã đổi đường dẫn từ "${before.slug}" thành "${after.slug}"; chương trình này sẽ không được phát (khung giờ mới được dựng riêng)`
    }
    if (!airsOn(after, programme.date)) return `Khung giờ "${after.name}" không còn phát ngày ${formatLocalDateVi(programme.date)}; chương trình này sẽ không được phát`
    const changes = slotChanges(before, after)
    return changes.length > 0 ? capitalised(`${changes.join('; ')}; ${NEEDS_REBUILD}`) : null
  }
  return ofSlot.flatMap((programme) => {
    const reason = reasonFor(programme)
    return reason ? [{ id: programme.id, reason }] : []
  })
}

/** The not-yet-aired programmes built with a clip that was deleted or whose file was replaced. */
export function marksForClip(clip: { id: string | number; title: string }, change: 'deleted' | 'replaced', programmes: StoredProgramme[], now: Date): RebuildMark[] {
  const id = String(clip.id)
  const what = change === 'deleted' ? 'đã bị xóa' : 'đã được thay bằng tệp khác'
  const reason = `Tệp âm thanh "${clip.title}" ${what}; ${NEEDS_REBUILD}`
  return programmes
    .filter((programme) => notAiredYet(programme, now) && usesClip(programme.segments, id))
    .map((programme) => ({ id: programme.id, reason }))
}

/** Whether stored segments play the clip: as their recording, or as their source (music, intro, outro). */
function usesClip(segments: unknown, id: string): boolean {
  if (clipIdsOfSegments(segments).includes(id)) return true
  if (!Array.isArray(segments)) return false
  return segments.some((segment) => {
    const source = (segment as { source?: { collection?: unknown; id?: unknown } } | null)?.source
    return source?.collection === 'audio-clips' && String(source.id) === id
  })
}
