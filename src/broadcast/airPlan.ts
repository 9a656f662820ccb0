/**
 * What goes on air when: the day's playlist (or several days', for the hours around midnight)
 * turned into the timeline a playout engine follows. Pure: the instant `now` is passed in, no clock,
 * no I/O. The playout side (src/playout) arms its timers from these instants and asks `airingAt`
 * what should be on air whenever a timer fires, so a late timer or a restart lands on the same answer.
 *
 * Not in this increment: emergency entries (they interrupt, and are handled by a later increment).
 * A relay's dead-air fallback is chosen in ./deadAir.
 */
import type { Playlist, PlaylistEntry } from './types'

/** What the engine does during a slot. 'silence': nothing to play (the engine's filler or blank). */
export type AirSource =
  | { kind: 'file'; url: string }
  | { kind: 'relay'; url: string }
  | { kind: 'silence'; reason: string }

export type AirEvent = {
  slot: string
  title: string
  entryKind: PlaylistEntry['kind']
  start: Date
  end: Date
  play: AirSource
  /**
   * Seconds into the slot at `now` when the slot is already under way (a restart, or a playout
   * started mid-programme): a file is started this far in; a relay is simply rejoined. 0 otherwise.
   */
  offsetSeconds: number
  /**
   * False when the next event starts exactly at this one's end: starting the next item replaces
   * this one, and a stop in between would put a moment of silence on air.
   */
  stopAtEnd: boolean
  note?: string
}

const SILENCE_MISSING = 'Không có tệp để phát'
/** The silence left in a slot after its programme has played out (not a fallback). */
export const PLAYED_OUT = 'Chương trình đã phát hết trước thời điểm này'

function sourceOf(entry: PlaylistEntry): AirSource {
  if (entry.status === 'missing' || !entry.url) return { kind: 'silence', reason: entry.note ?? SILENCE_MISSING }
  if (entry.status === 'relay') return { kind: 'relay', url: entry.url }
  return { kind: 'file', url: entry.url }
}

/**
 * The air events from `now` on, in order: slots already over are left out; a slot under way gets
 * its offset. Slots never overlap on air: one that would run past the next one's start ends there
 * (the schedule forbids overlaps, but a device must not play two things from older data). A file
 * shorter than the time left of its slot has already ended when `offsetSeconds` is past it: the
 * rest of that slot is silence, not a replay.
 */
export function airPlan(playlists: Playlist[], now: Date): AirEvent[] {
  const entries = playlists
    .flatMap((playlist) => playlist.entries)
    .filter((entry) => entry.kind !== 'emergency')
    .map((entry) => ({ entry, start: new Date(entry.start), end: new Date(entry.end) }))
    .filter(({ start, end }) => !Number.isNaN(start.getTime()) && !Number.isNaN(end.getTime()) && end > start)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.end.getTime() - b.end.getTime())

  // The same airing listed twice (two days' playlists overlap at midnight): keep the first.
  const seen = new Set<string>()
  const unique = entries.filter(({ entry, start }) => {
    const key = `${entry.slot}@${start.getTime()}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })

  const events: AirEvent[] = []
  unique.forEach(({ entry, start, end }, index) => {
    const next = unique[index + 1]
    const cutEnd = next && next.start < end ? next.start : end
    if (cutEnd <= now || cutEnd <= start) return
    const offsetSeconds = start < now ? (now.getTime() - start.getTime()) / 1000 : 0
    let play = sourceOf(entry)
    if (play.kind === 'file' && entry.durationSeconds !== null && offsetSeconds >= entry.durationSeconds) {
      play = { kind: 'silence', reason: PLAYED_OUT }
    }
    events.push({
      slot: entry.slot,
      title: entry.title,
      entryKind: entry.kind,
      start,
      end: cutEnd,
      play,
      offsetSeconds,
      stopAtEnd: !(next && next.start.getTime() === cutEnd.getTime()),
      ...(entry.note ? { note: entry.note } : {}),
    })
  })
  return events
}

/** The event on air at `at` (start inclusive, end exclusive), or null between slots. */
export function airingAt(events: AirEvent[], at: Date): AirEvent | null {
  return events.find((event) => event.start <= at && at < event.end) ?? null
}

/** The next instant after `at` at which what is on air changes (a start or an end), or null. */
export function nextChange(events: AirEvent[], at: Date): Date | null {
  let best: Date | null = null
  for (const event of events) {
    for (const instant of [event.start, event.end]) {
      if (instant > at && (!best || instant < best)) best = instant
    }
  }
  return best
}
