/**
 * Emergency announcements (mức "khẩn cấp", Thông tư 39/2020/TT-BTTTT) never go into a daily
 * programme: waiting for the next slot could mean hours. Until Loa airs them itself, the day's
 * playlist carries each one that is valid now as an immediate entry flagged `interrupt`, so a
 * playout device stops what it plays and plays the recording at once. Pure: `now` is passed in.
 */
import { instantFromLocal, isoWithOffset } from '../lib/viDate'
import { addDays, localDateParts } from './localDate'
import type { LocalDate, PlaylistEntry } from './types'

/** What the playlist needs of an emergency announcement (the adapter reads it from Payload). */
export type EmergencyNotice = {
  id: string
  title: string
  /** Site-relative URL of the recording, e.g. "/media/audio/x.mp3"; null when there is none. */
  url: string | null
  durationSeconds: number | null
  validFrom: Date | null
  validTo: Date | null
}

export type EmergencyState = 'waiting' | 'not-yet' | 'expired' | 'no-recording'

type Validity = { validFrom?: Date | string | null; validTo?: Date | string | null; hasRecording: boolean }

const time = (value: Date | string | null | undefined) => (value ? new Date(value).getTime() : null)

/**
 * Where an emergency stands at `now`: 'waiting' (valid, recorded: devices must play it now),
 * 'not-yet', 'expired', or 'no-recording' (valid, but nothing to play: the technician must record it).
 */
export function emergencyState(a: Validity, now: Date): EmergencyState {
  const from = time(a.validFrom)
  const to = time(a.validTo)
  if (from !== null && from > now.getTime()) return 'not-yet'
  if (to !== null && to < now.getTime()) return 'expired'
  return a.hasRecording ? 'waiting' : 'no-recording'
}

/** The technician's sentence for each state (admin, worker log). */
export const EMERGENCY_STATE_VI: Record<EmergencyState, string> = {
  waiting: 'Tin khẩn cấp đang chờ phát: danh sách phát trong ngày đưa tin này lên đầu, thiết bị ngắt chương trình đang phát để phát ngay',
  'not-yet': 'Tin khẩn cấp chưa đến thời gian hiệu lực',
  expired: 'Tin khẩn cấp đã hết hiệu lực, không còn được phát',
  // Emergencies typed without a recording are read out by a synthetic voice; this is what is left
  // when even that could not be made (src/speech/announcementReadOut).
  'no-recording': 'Tin khẩn cấp chưa có bản ghi âm và chưa tạo được giọng máy đọc: thiết bị không có gì để phát, cần ghi âm ngay',
}

/** Staff's note for an emergency that airs in a synthetic voice (engine and voice as stored on its clip). */
export function syntheticVoiceNote(voice: { engine?: string | null; voice?: string | null }): string {
  const which = [voice.engine, voice.voice].filter(Boolean).join(', ')
  return `Giọng máy đọc${which ? ` (${which})` : ''}: tin chưa có bản ghi âm nên máy đọc từ nội dung; tải bản ghi âm lên để thay.`
}

export type EmergencyEntryArgs = {
  notices: EmergencyNotice[]
  date: LocalDate
  timeZone: string
  now: Date
}

/**
 * Playlist entries for the emergencies valid at `now` whose validity touches `date`, first in the
 * playlist, oldest first. One without a recording is still listed ('missing'), so it is seen.
 */
export function emergencyEntries(args: EmergencyEntryArgs): PlaylistEntry[] {
  const { now, timeZone } = args
  const midnight = (date: LocalDate) => instantFromLocal({ ...localDateParts(date), hour: 0, minute: 0 }, timeZone)
  const dayStart = midnight(args.date)
  const dayEnd = midnight(addDays(args.date, 1))
  return args.notices
    .filter((n) => emergencyState({ ...n, hasRecording: true }, now) === 'waiting')
    .filter((n) => (n.validFrom === null || n.validFrom < dayEnd) && (n.validTo === null || n.validTo >= dayStart))
    .sort((x, y) => (x.validFrom?.getTime() ?? 0) - (y.validFrom?.getTime() ?? 0) || x.id.localeCompare(y.id))
    .map((n): PlaylistEntry => {
      const base = {
        slot: `khan-cap-${n.id}`,
        kind: 'emergency' as const,
        title: `KHẨN CẤP: ${n.title}`,
        // Immediate: from the moment the playlist is read until the validity ends (or the day does).
        start: isoWithOffset(now, timeZone),
        end: isoWithOffset(n.validTo ?? dayEnd, timeZone),
        interrupt: true as const,
        sha256: null,
      }
      if (!n.url) return { ...base, status: 'missing', url: null, durationSeconds: null, note: EMERGENCY_STATE_VI['no-recording'] }
      return { ...base, status: 'ready', url: n.url, durationSeconds: n.durationSeconds, note: 'Phát ngay, ngắt chương trình đang phát' }
    })
}
