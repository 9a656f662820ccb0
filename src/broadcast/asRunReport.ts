/**
 * Planned vs aired for one station day: the day's playlist (what should have aired) read against
 * the as-run log (what Liquidsoap reported). Pure: `now` is passed in, rows are plain data (the
 * adapter reads them from the `as-run` collection).
 *
 * A planned slot is matched with the rows that name its slot and started inside its window (a
 * minute of grace either side, for a late start or a row reported a moment early). Emergency rows
 * never belong to a slot: they are listed as unplanned and mark the slot they cut into. Rows that
 * match no slot (filler between slots, an emergency, a slot missing from the playlist) are
 * unplanned too.
 */
import type { AsRunEndReason, AsRunKind } from './asRun'
import type { Playlist, PlaylistEntry } from './types'

export type { AsRunEndReason, AsRunKind }

/** One row of the as-run log, as the pure modules need it. */
export type AsRunRecord = {
  slot: string | null
  title: string
  kind: AsRunKind
  source?: string | null
  plannedStart?: Date | null
  plannedEnd?: Date | null
  actualStart: Date
  /** Null while the item is still on air, or when the playout died before reporting its end (then endReason says so). */
  actualEnd: Date | null
  durationSeconds?: number | null
  fallbackReason?: string | null
  interruptedBy?: string | null
  endReason?: AsRunEndReason | null
}

export type SlotAirState = 'aired' | 'on-air' | 'not-aired' | 'upcoming'

export type AsRunFlag =
  | { kind: 'late'; seconds: number; text: string }
  | { kind: 'early'; seconds: number; text: string }
  | { kind: 'short'; airedSeconds: number; plannedSeconds: number; text: string }
  | { kind: 'fallback'; reason: string; text: string }
  | { kind: 'interrupted'; by: string; text: string }
  | { kind: 'not-aired'; text: string }

export type SlotReport = {
  slot: string
  title: string
  kind: PlaylistEntry['kind']
  plannedStart: Date
  plannedEnd: Date
  /** The rows of this airing, by actual start. */
  rows: AsRunRecord[]
  state: SlotAirState
  /** Actual first start minus planned start, seconds (negative: early); null when nothing aired. */
  startOffsetSeconds: number | null
  /** Seconds that went out in the slot (anything but logged silence); a row still on air counts up to `now`. */
  airedSeconds: number
  flags: AsRunFlag[]
}

/** Dead air: a stretch where the plan had something on air and the log has nothing (or logged silence). */
export type AsRunGap = { slot: string; start: Date; end: Date; seconds: number }

export type AsRunDayReport = { slots: SlotReport[]; gaps: AsRunGap[]; unplanned: AsRunRecord[] }

export type AsRunReportOptions = {
  /** A start later (or earlier) than this is flagged, seconds (default 5). */
  lateThresholdSeconds?: number
  /** Aired this much less than planned is flagged as short or cut, seconds (default 5). */
  shortThresholdSeconds?: number
  /** Dead air shorter than this is not listed, seconds (default 5). */
  minGapSeconds?: number
}

const MATCH_GRACE_MS = 60_000

const END_WORDS: Record<AsRunEndReason, string> = {
  completed: 'phát hết',
  'slot-end': 'hết khung giờ',
  interrupted: 'bị ngắt',
  stopped: 'bị dừng',
  'playout-stopped': 'phần phát sóng dừng',
}

const seconds = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 1000
const round1 = (value: number) => Math.round(value * 10) / 10

/**
 * Still on air: no end reported and no end reason. A row cut short by a killed playout is closed
 * by the next run with endReason 'playout-stopped' and no end time (nobody knows when it stopped).
 */
export function isOpen(row: AsRunRecord): boolean {
  return row.actualEnd === null && !row.endReason
}

/** The end of a row for measuring: its reported end, `now` while it is on air, else what is known. */
function endOf(row: AsRunRecord, now: Date): Date {
  if (row.actualEnd) return row.actualEnd
  if (isOpen(row)) return now > row.actualStart ? now : row.actualStart
  return new Date(row.actualStart.getTime() + (row.durationSeconds ?? 0) * 1000)
}

function belongsTo(row: AsRunRecord, entry: { slot: string; start: Date; end: Date }): boolean {
  if (row.kind === 'emergency' || row.slot !== entry.slot) return false
  if (row.plannedStart && Math.abs(row.plannedStart.getTime() - entry.start.getTime()) < 1000) return true
  const at = row.actualStart.getTime()
  return at >= entry.start.getTime() - MATCH_GRACE_MS && at < entry.end.getTime() + MATCH_GRACE_MS
}

/** What the plan expected on air: a file for its length (never past the slot), a relay for the whole slot. */
function plannedSecondsOf(entry: PlaylistEntry, start: Date, end: Date): number {
  const slotSeconds = seconds(start, end)
  if (entry.kind === 'relay' || entry.durationSeconds === null) return slotSeconds
  return Math.min(entry.durationSeconds, slotSeconds)
}

/** Intervals of `[from, to)` not covered by `covered` (sorted or not), as [start, end] pairs in ms. */
function uncovered(from: number, to: number, covered: [number, number][]): [number, number][] {
  const out: [number, number][] = []
  let cursor = from
  for (const [start, end] of [...covered].sort((a, b) => a[0] - b[0])) {
    if (end <= cursor) continue
    if (start >= to) break
    if (start > cursor) out.push([cursor, Math.min(start, to)])
    cursor = Math.max(cursor, end)
    if (cursor >= to) break
  }
  if (cursor < to) out.push([cursor, to])
  return out
}

/**
 * The emergencies that started while one of `content` was on air: they cut into it (the row's end
 * is reported at the cut, so a second is allowed between the two reports).
 */
function emergencyCutIn(content: AsRunRecord[], emergencies: AsRunRecord[], now: Date): AsRunRecord[] {
  return emergencies.filter((emergency) => {
    const at = emergency.actualStart.getTime()
    return content.some((row) => at >= row.actualStart.getTime() && at <= endOf(row, now).getTime() + 1000)
  })
}

export function asRunDayReport(playlist: Playlist, rows: AsRunRecord[], now: Date, options: AsRunReportOptions = {}): AsRunDayReport {
  const lateThreshold = options.lateThresholdSeconds ?? 5
  const shortThreshold = options.shortThresholdSeconds ?? 5
  const minGap = options.minGapSeconds ?? 5
  const sortedRows = [...rows].sort((a, b) => a.actualStart.getTime() - b.actualStart.getTime())
  const used = new Set<AsRunRecord>()
  const emergencies = sortedRows.filter((row) => row.kind === 'emergency')
  // Content that went out: everything but logged silence, from any row (an emergency fills air too).
  const onAir: [number, number][] = sortedRows
    .filter((row) => row.kind !== 'silence')
    .map((row) => [row.actualStart.getTime(), endOf(row, now).getTime()])

  const planned = playlist.entries
    .filter((entry) => entry.kind !== 'emergency')
    .map((entry) => ({ entry, slot: entry.slot, start: new Date(entry.start), end: new Date(entry.end) }))
    .filter(({ start, end }) => !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime()) && end > start)
    .sort((a, b) => a.start.getTime() - b.start.getTime())

  const gaps: AsRunGap[] = []
  const slots = planned.map(({ entry, start, end }): SlotReport => {
    const mine = sortedRows.filter((row) => !used.has(row) && belongsTo(row, { slot: entry.slot, start, end }))
    for (const row of mine) used.add(row)
    const content = mine.filter((row) => row.kind !== 'silence')
    const airedSeconds = round1(content.reduce((sum, row) => sum + seconds(row.actualStart, endOf(row, now)), 0))
    const onAirNow = mine.some(isOpen)
    const state: SlotAirState = onAirNow ? 'on-air' : content.length > 0 ? 'aired' : start > now ? 'upcoming' : 'not-aired'
    const startOffsetSeconds = content.length > 0 ? round1(seconds(start, content[0].actualStart)) : null
    const plannedSeconds = plannedSecondsOf(entry, start, end)
    const flags: AsRunFlag[] = []

    if (startOffsetSeconds !== null && startOffsetSeconds > lateThreshold) {
      flags.push({ kind: 'late', seconds: startOffsetSeconds, text: `Phát trễ ${startOffsetSeconds} giây` })
    } else if (startOffsetSeconds !== null && startOffsetSeconds < -lateThreshold) {
      flags.push({ kind: 'early', seconds: -startOffsetSeconds, text: `Phát sớm ${-startOffsetSeconds} giây` })
    }
    // Short or cut: a programme that lost its end. Not for a relay (its dead air is listed as gaps
    // with the fallback's reason) nor for an interrupted slot (the emergency took that time).
    const interrupted = mine.some((row) => row.interruptedBy || row.endReason === 'interrupted') || emergencyCutIn(content, emergencies, now).length > 0
    if (state === 'aired' && entry.kind !== 'relay' && !interrupted && airedSeconds + shortThreshold < plannedSeconds) {
      const last = content[content.length - 1]
      const why = last.endReason && last.endReason !== 'completed' ? ` (${END_WORDS[last.endReason]})` : ''
      flags.push({
        kind: 'short',
        airedSeconds,
        plannedSeconds: round1(plannedSeconds),
        text: `Phát thiếu: ${airedSeconds} / ${round1(plannedSeconds)} giây${why}`,
      })
    }
    for (const reason of new Set(mine.map((row) => row.fallbackReason).filter((r): r is string => Boolean(r)))) {
      flags.push({ kind: 'fallback', reason, text: `Phát thay thế: ${reason}` })
    }
    const cutIns = new Set<string>()
    for (const row of mine) if (row.interruptedBy) cutIns.add(row.interruptedBy)
    for (const emergency of emergencyCutIn(content, emergencies, now)) cutIns.add(emergency.title)
    for (const by of cutIns) flags.push({ kind: 'interrupted', by, text: `Bị ngắt bởi tin khẩn cấp: ${by}` })
    if (state === 'not-aired') flags.push({ kind: 'not-aired', text: 'Không phát' })

    // Dead air inside what the plan expected to be on air, up to now.
    const expectedEnd = Math.min(start.getTime() + plannedSeconds * 1000, now.getTime())
    for (const [from, to] of uncovered(start.getTime(), expectedEnd, onAir)) {
      if ((to - from) / 1000 >= minGap) gaps.push({ slot: entry.slot, start: new Date(from), end: new Date(to), seconds: round1((to - from) / 1000) })
    }

    return { slot: entry.slot, title: entry.title, kind: entry.kind, plannedStart: start, plannedEnd: end, rows: mine, state, startOffsetSeconds, airedSeconds, flags }
  })

  return { slots, gaps, unplanned: sortedRows.filter((row) => !used.has(row)) }
}
