/**
 * Announcements that can no longer air: still valid, but no local slot starts between now and the
 * end of their validity (a programme takes an announcement only when its validity covers the slot's
 * start). Reported to the technician so the announcement can be moved, or aired another way. Pure.
 */
import { formatVietnameseDateTime } from '../lib/viDate'
import type { AnnouncementCandidate, DroppedItem, SlotInstance } from './types'

/**
 * `upcoming`: the airings known up to `knownUntil` (the worker plans two days ahead). Only
 * announcements whose validity ends before `knownUntil` can be judged; emergencies are the
 * playlist's, and one without a recording is already reported as excluded.
 */
export function announcementsThatCannotAir(
  announcements: AnnouncementCandidate[],
  upcoming: SlotInstance[],
  now: Date,
  knownUntil: Date,
  timeZone: string,
): DroppedItem[] {
  const starts = upcoming.filter((i) => i.slot.kind === 'local' && i.start >= now).map((i) => i.start.getTime())
  return announcements
    .filter((a) => a.level !== 'emergency' && a.clip && a.validTo && a.validTo >= now && a.validTo < knownUntil)
    .filter((a) => {
      const from = Math.max(now.getTime(), a.validFrom?.getTime() ?? 0)
      return !starts.some((start) => start >= from && start <= a.validTo!.getTime())
    })
    .map((a) => ({
      title: a.title,
      source: { collection: 'announcements', id: a.id },
      reason: `Hết hiệu lực lúc ${formatVietnameseDateTime(a.validTo!, timeZone)} mà không còn khung giờ phát nào trước đó: thông báo sẽ không được phát`,
    }))
}
