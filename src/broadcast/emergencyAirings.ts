/**
 * When released emergencies ("Phát ngay", Thông tư 39/2020 mức khẩn cấp) go on air. Pure: `now` is
 * passed in. A released emergency airs at its release instant, then again every `repeatHours`
 * (national practice for disaster warnings: about every 2 hours), until its validity ends or a
 * person stops it. Each airing interrupts whatever plays; the playout side resumes the schedule
 * with what is due when the airing ends (src/playout/airScheduler).
 */

/** What the schedule of airings needs of an emergency announcement (read by src/radio/emergencies). */
export type ReleasedEmergency = {
  id: string
  title: string
  /** Site-relative URL of the recording; null when there is none (nothing airs). */
  url: string | null
  durationSeconds: number | null
  validFrom: Date | null
  validTo: Date | null
  /** "Phát ngay": when it was released for air; null while not released. */
  releasedAt: Date | null
  /** When a person stopped it; null while it runs. */
  stoppedAt: Date | null
}

export type EmergencyAiring = {
  id: string
  title: string
  url: string
  /** 0 for the release itself, 1 for the first repeat, … */
  repeat: number
  start: Date
  /** Start + the recording's length, or earlier when a person stopped it mid-airing. */
  end: Date
  /** Seconds into the recording at `now` when the airing is under way (a restart); 0 otherwise. */
  offsetSeconds: number
}

/** How far ahead airings are listed; the playout re-reads far more often than this. */
export const AIRINGS_HORIZON_HOURS = 26

/**
 * The airings that are under way at `now` or start within the horizon, in order. Airings never
 * overlap: one due while another airs waits for it to end (two warnings back to back, not mixed).
 */
export function emergencyAirings(notices: ReleasedEmergency[], now: Date, repeatHours: number, horizonHours = AIRINGS_HORIZON_HOURS): EmergencyAiring[] {
  const repeatMs = Math.max(0.25, Number.isFinite(repeatHours) ? repeatHours : 2) * 3600_000
  const horizon = now.getTime() + horizonHours * 3600_000
  const candidates: { notice: ReleasedEmergency; url: string; repeat: number; start: number; length: number; stop: number }[] = []
  for (const notice of notices) {
    if (!notice.releasedAt || !notice.url || !notice.durationSeconds || notice.durationSeconds <= 0) continue
    const released = notice.releasedAt.getTime()
    const from = notice.validFrom?.getTime() ?? -Infinity
    const to = notice.validTo?.getTime() ?? Infinity
    const stop = notice.stoppedAt?.getTime() ?? Infinity
    // Released after a stop: the stop belongs to an earlier release (a stop is cleared by a new release,
    // but older data must not silence a fresh release).
    const stopAt = stop >= released ? stop : Infinity
    const length = notice.durationSeconds * 1000
    for (let repeat = 0; ; repeat++) {
      const start = released + repeat * repeatMs
      if (start >= to || start >= stopAt || start > horizon) break
      if (start < from) continue
      candidates.push({ notice, url: notice.url, repeat, start, length, stop: stopAt })
    }
  }
  candidates.sort((a, b) => a.start - b.start || a.notice.id.localeCompare(b.notice.id))

  const airings: EmergencyAiring[] = []
  let free = -Infinity
  for (const c of candidates) {
    const start = Math.max(c.start, free)
    if (start >= c.stop) continue
    const end = Math.min(start + c.length, c.stop)
    free = end
    if (end <= now.getTime()) continue
    airings.push({
      id: c.notice.id,
      title: c.notice.title,
      url: c.url,
      repeat: c.repeat,
      start: new Date(start),
      end: new Date(end),
      offsetSeconds: start < now.getTime() ? (now.getTime() - start) / 1000 : 0,
    })
  }
  return airings
}

/** The airing on air at `at` (start inclusive, end exclusive), or null. */
export function emergencyAiringAt(airings: EmergencyAiring[], at: Date): EmergencyAiring | null {
  return airings.find((a) => a.start <= at && at < a.end) ?? null
}
