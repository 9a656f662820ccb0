import type { Payload, Where } from 'payload'
import { EMERGENCY_STATE_VI, type EmergencyNotice } from '../broadcast/emergency'
import type { ReleasedEmergency } from '../broadcast/emergencyAirings'
import { bannerEmergencies, type PublicEmergency } from '../broadcast/emergencyBanner'
import { formatVietnameseDateTime } from '../lib/viDate'

const EMERGENCY: Where = { level: { equals: 'emergency' } }

/** Emergencies whose validity covers `now` (open ends count as covering). */
export function validEmergencyWhere(now: Date): Where {
  const iso = now.toISOString()
  return {
    and: [
      EMERGENCY,
      { or: [{ validFrom: { exists: false } }, { validFrom: { less_than_equal: iso } }] },
      { or: [{ validTo: { exists: false } }, { validTo: { greater_than_equal: iso } }] },
    ],
  }
}

/** Every emergency announcement valid at `now`, as the playlist and the worker's log need them. */
export async function loadEmergencies(payload: Payload, now: Date): Promise<EmergencyNotice[]> {
  const { docs } = await payload.find({ collection: 'announcements', where: validEmergencyWhere(now), limit: 0, pagination: false, depth: 1, overrideAccess: true })
  return docs.map((doc) => {
    const clip = typeof doc.clip === 'object' && doc.clip ? doc.clip : null
    return {
      id: String(doc.id),
      title: doc.title,
      // Served by /media/audio with the audio-clips read rule, which lets anyone fetch it while valid.
      url: clip?.filename ? `/media/audio/${clip.filename}` : null,
      durationSeconds: clip?.durationSeconds ?? null,
      validFrom: doc.validFrom ? new Date(doc.validFrom) : null,
      validTo: doc.validTo ? new Date(doc.validTo) : null,
    }
  })
}

/**
 * The worker's report of emergencies: each valid one is logged once when first seen (and again if
 * it changes: a recording added, validity moved), so the log shows when it started waiting to air.
 */
export function emergencyReporter(payload: Payload, log: (line: string) => void, timeZone: string): (now: Date) => Promise<void> {
  const reported = new Map<string, string>()
  return async (now) => {
    const notices = await loadEmergencies(payload, now)
    for (const notice of notices) {
      const key = JSON.stringify([notice.url, notice.validFrom, notice.validTo, notice.title])
      if (reported.get(notice.id) === key) continue
      reported.set(notice.id, key)
      const until = notice.validTo ? ` (hiệu lực đến ${formatVietnameseDateTime(notice.validTo, timeZone)})` : ''
      const state = EMERGENCY_STATE_VI[notice.url ? 'waiting' : 'no-recording']
      log(`KHẨN CẤP "${notice.title}"${until}: ${state}`)
    }
  }
}

/**
 * Emergencies released with "Phát ngay" that may still air: not ended more than a day ago (an airing
 * started before the end plays whole). The playout polls this every 2 s; src/broadcast/emergencyAirings
 * decides when each airs.
 */
export async function loadReleasedEmergencies(payload: Payload, now: Date): Promise<ReleasedEmergency[]> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000).toISOString()
  const { docs } = await payload.find({
    collection: 'announcements',
    where: { and: [EMERGENCY, { releasedAt: { exists: true } }, { or: [{ validTo: { exists: false } }, { validTo: { greater_than_equal: dayAgo } }] }] },
    limit: 0,
    pagination: false,
    depth: 1,
    overrideAccess: true,
  })
  return docs.map((doc) => {
    const clip = typeof doc.clip === 'object' && doc.clip ? doc.clip : null
    const date = (value: string | null | undefined) => (value ? new Date(value) : null)
    return {
      id: String(doc.id),
      title: doc.title,
      url: clip?.filename ? `/media/audio/${clip.filename}` : null,
      durationSeconds: clip?.durationSeconds ?? null,
      validFrom: date(doc.validFrom),
      validTo: date(doc.validTo),
      releasedAt: date(doc.releasedAt),
      stoppedAt: date(doc.stoppedAt),
    }
  })
}

/**
 * The emergencies residents see in the site's banner at `now` (src/broadcast/emergencyBanner
 * decides), public fields only. Announcements are staff-only to read, so this reads with
 * overrideAccess and lets nothing but the banner's words out.
 */
export async function loadBannerEmergencies(payload: Payload, now: Date, timeZone: string): Promise<PublicEmergency[]> {
  const { docs } = await payload.find({
    collection: 'announcements',
    where: { and: [validEmergencyWhere(now), { releasedAt: { exists: true } }] },
    select: { title: true, text: true, level: true, releasedAt: true, stoppedAt: true, validFrom: true, validTo: true },
    limit: 20,
    sort: '-releasedAt',
    depth: 0,
    overrideAccess: true,
  })
  const date = (value: string | null | undefined) => (value ? new Date(value) : null)
  const candidates = docs.map((doc) => ({
    title: doc.title,
    text: doc.text,
    level: doc.level,
    releasedAt: date(doc.releasedAt),
    stoppedAt: date(doc.stoppedAt),
    validFrom: date(doc.validFrom),
    validTo: date(doc.validTo),
  }))
  return bannerEmergencies(candidates, now, timeZone)
}
