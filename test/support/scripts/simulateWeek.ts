/**
 * Runs the radio worker's own jobs (planDays, assembleDue, the emergency report) over a simulated
 * stretch of days on the test server's database, with a clock that jumps from one worker event to
 * the next instead of waiting for it: simulateWeek.ts '{"from":"YYYY-MM-DD","days":7}'.
 *
 * Events are the ones the real worker acts on: the 00:05 planning, each airing's lead time (when it
 * becomes due) and its start (a missing programme is still made late), plus a playlist read at
 * 04:00, 12:00 and 18:00 each day as a playout device would. Rendering and measuring are the real
 * ffmpeg. Prints every worker log line, then one JSON line: {"week": …}.
 */
import { measureLoudness } from '../../../src/audio/probe'
import { renderProgramme } from '../../../src/audio/render'
import { addDays, localDateParts } from '../../../src/broadcast/localDate'
import type { LocalDate, Playlist } from '../../../src/broadcast/types'
import { openPayload } from '../../../src/boot/openPayload'
import { instantFromLocal } from '../../../src/lib/viDate'
import type { AssemblyDeps } from '../../../src/radio/assembleProgramme'
import { emergencyReporter } from '../../../src/radio/emergencies'
import { newOwnerId } from '../../../src/radio/locks'
import { playlistForDate } from '../../../src/radio/playlistService'
import { assembleDue, planDays } from '../../../src/radio/runDay'
import { assembledInstances, loadSchedule } from '../../../src/radio/schedule'
import { loadStationSettings } from '../../../src/radio/station'

const { from, days } = JSON.parse(process.argv[2] ?? '{}') as { from: LocalDate; days: number }
const { payload } = await openPayload({ key: 'simulate-week' })
let clock = new Date(0)
const log = (line: string) => console.log(`[worker ${clock.toISOString()}] ${line}`)
const deps: AssemblyDeps = { payload, render: renderProgramme, measure: measureLoudness, now: () => clock, owner: newOwnerId(), log }
const station = await loadStationSettings(payload)
const at = (date: LocalDate, hour: number, minute: number) => instantFromLocal({ ...localDateParts(date), hour, minute }, station.timeZone)

type Event = { at: Date; order: number; run: () => Promise<unknown> }
const playlists: { date: LocalDate; readAt: string; playlist: Playlist }[] = []
const events: Event[] = []
const instances = assembledInstances(await loadSchedule(payload), from, days, station.timeZone)
for (let offset = 0; offset < days; offset++) {
  const date = addDays(from, offset)
  events.push({ at: at(date, 0, 5), order: 0, run: () => planDays(deps) })
  for (const [hour, minute] of [[4, 0], [12, 0], [18, 0]]) {
    events.push({ at: at(date, hour, minute), order: 2, run: async () => playlists.push({ date, readAt: clock.toISOString(), playlist: await playlistForDate(payload, date, clock) }) })
  }
}
for (const instance of instances) {
  events.push({ at: new Date(instance.start.getTime() - station.leadMinutes * 60_000 + 1000), order: 1, run: () => assembleDue(deps) })
  events.push({ at: new Date(instance.start.getTime() + 1000), order: 1, run: () => assembleDue(deps) })
}
events.sort((x, y) => x.at.getTime() - y.at.getTime() || x.order - y.order)

const reportEmergencies = emergencyReporter(payload, log, station.timeZone)
for (const event of events) {
  clock = event.at
  // The real worker reports emergencies every minute; at each event is often enough to see them.
  await reportEmergencies(clock)
  await event.run()
}

const { docs } = await payload.find({
  collection: 'programmes',
  where: { and: [{ date: { greater_than_equal: from } }, { date: { less_than: addDays(from, days) } }] },
  sort: 'startsAt',
  limit: 0,
  pagination: false,
  depth: 0,
  overrideAccess: true,
})
const programmes = docs.map((doc) => {
  const instance = instances.find((candidate) => candidate.date === doc.date && candidate.slot.slug === doc.slotSlug)
  return {
    date: doc.date,
    slot: doc.slotSlug,
    kind: instance?.slot.kind ?? null,
    start: instance?.start.toISOString() ?? null,
    slotSeconds: instance?.durationSeconds ?? null,
    status: doc.status,
    file: doc.file ?? null,
    durationSeconds: doc.durationSeconds ?? null,
    segments: doc.segments ?? [],
    dropped: doc.dropped ?? [],
    excluded: doc.excluded ?? [],
    warnings: doc.warnings ?? [],
  }
})
console.log(JSON.stringify({ week: { programmes, playlists, planned: instances.length } }))
await payload.destroy()
process.exit(0)
