/**
 * The day's playlist for playout devices and the public site: one entry per planned airing, in
 * order, never silently dropped. A device that finds an entry 'missing' keeps silent (or plays its
 * own filler) at that time; a technician reading the JSON or M3U sees the hole and why.
 */
import { isSafeHttpUrl } from '../lib/safeUrl'
import { isoWithOffset } from '../lib/viDate'
import { pickRebroadcastSource } from './composeRebroadcast'
import { type EmergencyNotice, emergencyEntries } from './emergency'
import { addDays, formatLocalDateVi } from './localDate'
import { isPlayable as isPlayableProgramme } from './playableProgramme'
import type { SkippedAiring } from './planDay'
import type { HolidayOnDate, LocalDate, Playlist, PlaylistEntry, SlotInstance } from './types'

export type ProgrammeStatus = 'planned' | 'assembling' | 'ready' | 'failed'

export type ProgrammeSummary = {
  slotSlug: string
  date: LocalDate
  status: ProgrammeStatus
  url: string | null
  durationSeconds: number | null
  sha256: string | null
  /** How many items did not fit the programme (stored on it); said in the entry's note. */
  droppedCount?: number
  /**
   * Set when a change after it was built (slot times, a deleted clip) makes its file wrong
   * (src/broadcast/rebuildMarks): the file is not played, and this is the entry's note.
   */
  rebuildReason?: string | null
}

export type BuildPlaylistArgs = {
  station: { name: string; timeZone: string }
  date: LocalDate
  instances: SlotInstance[]
  programmes: ProgrammeSummary[]
  generatedAt: Date
  /** Emergency announcements; those valid at generatedAt come first, flagged to interrupt. */
  emergencies?: EmergencyNotice[]
  /** From dayPlan: the day's holiday and the airings of the grid that do not happen. */
  holiday?: HolidayOnDate | null
  skipped?: SkippedAiring[]
}

/** Why a local/music programme is not playable, from its document's status. */
const MISSING_NOTES: Record<ProgrammeStatus | 'none', string> = {
  none: 'Chưa có chương trình cho khung giờ này',
  planned: 'Chương trình chưa được dựng',
  assembling: 'Chương trình đang được dựng',
  failed: 'Dựng chương trình thất bại, cần kỹ thuật viên kiểm tra',
  ready: 'Chương trình đã dựng nhưng thiếu tệp âm thanh',
}

/** The one playable rule (src/broadcast/playableProgramme); a summary names its file by its URL. */
const isPlayable = (p: ProgrammeSummary | undefined): p is ProgrammeSummary & { url: string } =>
  p !== undefined && isPlayableProgramme({ file: p.url, sha256: p.sha256, rebuildReason: p.rebuildReason })

/** Why an airing has no playable programme: its rebuild mark's reason, or its status. */
const missingNote = (p: ProgrammeSummary | undefined) => p?.rebuildReason || MISSING_NOTES[p?.status ?? 'none']

/** Said of a programme played from its earlier file, so a technician sees why. */
const EARLIER_FILE_NOTES: Record<Exclude<ProgrammeStatus, 'ready'>, string> = {
  planned: 'Chương trình đang chờ dựng lại; tạm phát bản đã dựng trước đó',
  assembling: 'Chương trình đang được dựng lại; tạm phát bản đã dựng trước đó',
  failed: 'Dựng lại thất bại, cần kỹ thuật viên kiểm tra; tạm phát bản đã dựng trước đó',
}

function find(programmes: ProgrammeSummary[], slotSlug: string, date: LocalDate): ProgrammeSummary | undefined {
  // Prefer a playable document if, by accident, several exist for the same airing.
  const matches = programmes.filter((p) => p.slotSlug === slotSlug && p.date === date)
  return matches.find(isPlayable) ?? matches[0]
}

function fromProgramme(p: ProgrammeSummary & { url: string }): Pick<PlaylistEntry, 'url' | 'durationSeconds' | 'sha256' | 'note'> {
  const played = { url: p.url, durationSeconds: p.durationSeconds, sha256: p.sha256 }
  const notes = [
    p.status === 'ready' ? null : EARLIER_FILE_NOTES[p.status],
    // A technician reading the playlist learns the programme is incomplete, not only the admin.
    p.droppedCount ? `Đã bỏ ${p.droppedCount} mục không vừa khung giờ (xem chương trình)` : null,
  ].filter((note): note is string => note !== null)
  return notes.length === 0 ? played : { ...played, note: notes.join('; ') }
}

const NOTHING = { url: null, durationSeconds: null, sha256: null }

function entryBody(instance: SlotInstance, args: BuildPlaylistArgs): Pick<PlaylistEntry, 'status' | 'url' | 'durationSeconds' | 'sha256' | 'note'> {
  const { slot } = instance
  if (slot.kind === 'relay') {
    if (!slot.relay?.url) return { status: 'missing', ...NOTHING, note: 'Khung tiếp sóng chưa có địa chỉ luồng' }
    // Saved slots are validated, but a device must never get a URL with a line break from older data.
    if (!isSafeHttpUrl(slot.relay.url)) return { status: 'missing', ...NOTHING, note: 'Địa chỉ luồng tiếp sóng không hợp lệ, cần kỹ thuật viên sửa' }
    return { status: 'relay', ...NOTHING, url: slot.relay.url }
  }

  if (slot.kind === 'rebroadcast') {
    const source = slot.rebroadcast
    if (!source?.sourceSlug) return { status: 'missing', ...NOTHING, note: 'Khung phát lại chưa chọn khung giờ nguồn' }
    // The rebroadcast's own programme, built for this slot and this airing (composeRebroadcast).
    // The source's file is never played here: it may be longer than the slot, and may carry items
    // that have expired since it aired.
    const own = find(args.programmes, slot.slug, instance.date)
    const picked = pickRebroadcastSource(instance, args.programmes.filter(isPlayable))
    if (isPlayable(own)) {
      const played = fromProgramme(own)
      if (!picked?.fallback) return { status: 'ready', ...played }
      const fallback = `Không có chương trình "${source.sourceSlug}" ngày ${formatLocalDateVi(picked.wanted)}; phát lại bản ngày ${formatLocalDateVi(picked.source.date)}`
      return { status: 'fallback', ...played, note: played.note ? `${fallback}. ${played.note}` : fallback }
    }
    if (own?.rebuildReason) return { status: 'missing', ...NOTHING, note: own.rebuildReason }
    if (!picked) {
      const wanted = addDays(instance.date, source.dayOffset)
      return { status: 'missing', ...NOTHING, note: `Không có chương trình "${source.sourceSlug}" nào sẵn sàng để phát lại (cần bản ngày ${formatLocalDateVi(wanted)})` }
    }
    return { status: 'missing', ...NOTHING, note: `Bản phát lại chưa sẵn sàng: ${MISSING_NOTES[own?.status ?? 'none'].toLowerCase()}` }
  }

  // 'local' and 'music': the programme assembled for this very airing.
  const own = find(args.programmes, slot.slug, instance.date)
  if (isPlayable(own)) return { status: 'ready', ...fromProgramme(own) }
  return { status: 'missing', ...NOTHING, note: missingNote(own) }
}

export function buildPlaylist(args: BuildPlaylistArgs): Playlist {
  const { timeZone } = args.station
  const times = (instance: SlotInstance) => ({ start: isoWithOffset(instance.start, timeZone), end: isoWithOffset(instance.end, timeZone) })
  const skipped = (args.skipped ?? []).map(({ instance, reason }) => ({ slot: instance.slot.slug, kind: instance.slot.kind, title: instance.slot.name, ...times(instance), reason }))
  return {
    station: args.station.name,
    timeZone,
    date: args.date,
    generatedAt: args.generatedAt.toISOString(),
    ...(args.holiday ? { holiday: args.holiday } : {}),
    entries: [
      // Immediate entries first: a device reading the list top-down meets them before anything else.
      ...emergencyEntries({ notices: args.emergencies ?? [], date: args.date, timeZone, now: args.generatedAt }),
      ...args.instances.map((instance) => ({
        slot: instance.slot.slug,
        kind: instance.slot.kind,
        title: instance.slot.name,
        ...times(instance),
        ...entryBody(instance, args),
      })),
    ],
    ...(skipped.length > 0 ? { skipped } : {}),
  }
}

/**
 * M3U is line-oriented: a line break (or any control character, or a Unicode line separator that
 * some players split on) in a title or note would add a line, i.e. a stream, to the file.
 */
const oneLine = (text: string) => text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').trim()
/** "05:10–05:30", read straight from the ISO strings, which are already in station time. */
const clock = (entry: Pick<PlaylistEntry, 'start' | 'end'>) => `${entry.start.slice(11, 16)}–${entry.end.slice(11, 16)}`

/**
 * The playlist as devices get it, JSON and M3U alike: every file's site-relative URL (programmes,
 * emergency recordings) made absolute by `absoluteUrl`, the podcast's rule (src/lib/publicUrls), so
 * a device fetching the list from one address gets files it can fetch from anywhere. Relay URLs
 * are already absolute and are left alone.
 */
export function withAbsoluteUrls(playlist: Playlist, absoluteUrl: (url: string) => string): Playlist {
  return {
    ...playlist,
    entries: playlist.entries.map((entry) => (entry.url && entry.status !== 'relay' ? { ...entry, url: absoluteUrl(entry.url) } : entry)),
  }
}

/**
 * Extended M3U for playout devices. Per entry: #EXT-X-LOA-START/END (when to play; players that
 * do not know these tags ignore them as comments), #EXTINF (seconds, or -1 for a live relay), then
 * the URL. Missing entries stay visible as a "# THIẾU:" comment. URLs are made absolute by
 * `absoluteUrl` as in withAbsoluteUrls (the JSON's rule).
 */
export function playlistToM3u(playlist: Playlist, absoluteUrl: (url: string) => string): string {
  const lines = ['#EXTM3U', `#PLAYLIST:${oneLine(playlist.station)} – ${playlist.date}`]
  if (playlist.holiday) lines.push(`# NGHỈ LỄ: ${oneLine(playlist.holiday.name)}`)
  for (const entry of playlist.skipped ?? []) lines.push(`# KHÔNG PHÁT: ${clock(entry)} ${oneLine(entry.title)} — ${oneLine(entry.reason)}`)
  for (const entry of withAbsoluteUrls(playlist, absoluteUrl).entries) {
    const label = `${clock(entry)} ${oneLine(entry.title)}`
    if (entry.status === 'missing' || !entry.url) {
      lines.push(`# THIẾU: ${label}${entry.note ? ` — ${oneLine(entry.note)}` : ''}`)
      continue
    }
    if (entry.note) lines.push(`# GHI CHÚ: ${oneLine(entry.note)}`)
    // Emergency: the device interrupts whatever it plays (see src/broadcast/emergency).
    if (entry.interrupt) lines.push('#EXT-X-LOA-INTERRUPT:YES')
    lines.push(`#EXT-X-LOA-START:${oneLine(entry.start)}`, `#EXT-X-LOA-END:${oneLine(entry.end)}`)
    const seconds = entry.status === 'relay' || entry.durationSeconds === null ? -1 : Math.round(entry.durationSeconds)
    lines.push(`#EXTINF:${seconds},${label}`)
    // URLs are checked where they come in; this is the last line of defence for one line per entry.
    lines.push(oneLine(entry.url))
  }
  return lines.join('\n') + '\n'
}
