import type { Payload } from 'payload'
import { REBROADCAST_FALLBACK_DAYS as FALLBACK_DAYS } from '../broadcast/composeRebroadcast'
import { dayPlan } from '../broadcast/planDay'
import { addDays } from '../broadcast/localDate'
import { buildPlaylist, type ProgrammeSummary } from '../broadcast/playlist'
import type { LocalDate, Playlist } from '../broadcast/types'
import { programmePath } from '../lib/publicUrls'
import { loadEmergencies } from './emergencies'
import { loadSchedule } from './schedule'
import { loadStationSettings } from './station'

/** The playlist of one date from the schedule and the programme documents. */
export async function playlistForDate(payload: Payload, date: LocalDate, now: Date): Promise<Playlist> {
  const station = await loadStationSettings(payload)
  const { slots, holidays } = await loadSchedule(payload)
  const { instances, holiday, skipped } = dayPlan(slots, date, station.timeZone, holidays)
  const { docs } = await payload.find({
    collection: 'programmes',
    where: { and: [{ date: { greater_than_equal: addDays(date, -FALLBACK_DAYS) } }, { date: { less_than_equal: date } }] },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const programmes: ProgrammeSummary[] = docs.map((doc) => ({
    slotSlug: doc.slotSlug,
    date: doc.date,
    status: doc.status,
    // Site-relative here; the route makes it absolute for the request (src/http/playlists).
    url: doc.file ? programmePath(doc.file) : null,
    durationSeconds: doc.durationSeconds ?? null,
    sha256: doc.sha256 ?? null,
    droppedCount: Array.isArray(doc.dropped) ? doc.dropped.length : 0,
    rebuildReason: doc.rebuildReason ?? null,
  }))
  const emergencies = await loadEmergencies(payload, now)
  return buildPlaylist({ station: { name: station.name, timeZone: station.timeZone }, date, instances, programmes, generatedAt: now, emergencies, holiday, skipped })
}
