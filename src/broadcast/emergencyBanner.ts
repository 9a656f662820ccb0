/**
 * The public site's emergency banner (issue 10, item 4): which emergencies residents see and how.
 * Pure: `now` and the station's time zone are passed in.
 *
 * An emergency is shown while it is valid in the sense the air uses: released with "Phát ngay" by
 * an approver, technician or admin (the release is the approval; an announcement never released is
 * a draft as far as residents are concerned), inside validFrom–validTo, and not stopped (a stop
 * ends it; a stop older than the latest release belongs to an earlier release, as in
 * emergencyAirings). Only public words leave this module: title, text, issue time, valid until.
 */
import { localParts } from '../lib/viDate'

/** What the banner needs of an emergency announcement (read by src/radio/emergencies). */
export type BannerCandidate = {
  title: string
  text: string
  level: string
  releasedAt: Date | null
  stoppedAt: Date | null
  validFrom: Date | null
  validTo: Date | null
}

/** Exactly what the public sees of one emergency: the banner's HTML and the /api/khan-cap JSON. */
export type PublicEmergency = {
  title: string
  text: string
  /** ISO instant of the release ("Phát ngay"). */
  issuedAt: string
  /** "Phát hành lúc 14:05 ngày 29/11/2026", station time. */
  issuedLabel: string
  /** ISO instant the validity ends; null for open-ended. */
  validTo: string | null
  /** "Hiệu lực đến 18:00 ngày 29/11/2026"; null for open-ended. */
  validToLabel: string | null
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "14:05 ngày 29/11/2026" in the station's zone. */
export function vietnameseTimeAndDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone)
  return `${pad(p.hour)}:${pad(p.minute)} ngày ${pad(p.day)}/${pad(p.month)}/${p.year}`
}

/** Whether residents see this emergency at `now`. */
export function isBannerEmergency(candidate: BannerCandidate, now: Date): boolean {
  const t = now.getTime()
  if (candidate.level !== 'emergency' || !candidate.releasedAt) return false
  if (candidate.releasedAt.getTime() > t) return false
  if (candidate.validFrom && candidate.validFrom.getTime() > t) return false
  if (candidate.validTo && candidate.validTo.getTime() < t) return false
  const stopped = candidate.stoppedAt && candidate.stoppedAt.getTime() >= candidate.releasedAt.getTime() && candidate.stoppedAt.getTime() <= t
  return !stopped
}

/** The emergencies the banner shows at `now`, newest release first, with public fields only. */
export function bannerEmergencies(candidates: BannerCandidate[], now: Date, timeZone: string): PublicEmergency[] {
  return candidates
    .filter((candidate) => isBannerEmergency(candidate, now))
    .sort((a, b) => (b.releasedAt as Date).getTime() - (a.releasedAt as Date).getTime() || a.title.localeCompare(b.title))
    .map((candidate) => {
      const issued = candidate.releasedAt as Date
      return {
        title: candidate.title,
        text: candidate.text,
        issuedAt: issued.toISOString(),
        issuedLabel: `Phát hành lúc ${vietnameseTimeAndDate(issued, timeZone)}`,
        validTo: candidate.validTo ? candidate.validTo.toISOString() : null,
        validToLabel: candidate.validTo ? `Hiệu lực đến ${vietnameseTimeAndDate(candidate.validTo, timeZone)}` : null,
      }
    })
}
