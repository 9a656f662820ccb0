import { announcementsThatCannotAir } from '../broadcast/lastChance'
import { addDays, localDateParts } from '../broadcast/localDate'
import type { SkippedAiring } from '../broadcast/planDay'
import { isPlayable } from '../broadcast/playableProgramme'
import type { LocalDate, SlotInstance } from '../broadcast/types'
import { instantFromLocal } from '../lib/viDate'
import { type AssemblyDeps, type AssemblyOutcome, assembleProgramme, ensureProgramme, findProgramme } from './assembleProgramme'
import { loadCandidates } from './candidates'
import { assembledInstances, assembledPlans, loadSchedule, localDateOf } from './schedule'
import { loadStationSettings } from './station'

/** Says which airings of the grid are not built, and why (a holiday, a rebroadcast of a day that did not air). */
function logSkipped(deps: AssemblyDeps, skipped: SkippedAiring[]) {
  for (const { instance, reason } of skipped) deps.log(`Không dựng ${instance.date} ${instance.slot.start} ${instance.slot.slug}: ${reason}`)
}

/** Plans `days` days from today (station time): a programme document per assembled airing. */
export async function planDays(deps: AssemblyDeps, days = 2): Promise<SlotInstance[]> {
  const station = await loadStationSettings(deps.payload)
  const today = localDateOf(deps.now(), station.timeZone)
  const plans = assembledPlans(await loadSchedule(deps.payload), today, days, station.timeZone)
  const instances = plans.flatMap((plan) => plan.instances)
  for (const instance of instances) await ensureProgramme(deps.payload, instance)
  deps.log(`Đã lên kế hoạch ${instances.length} chương trình cho ${days} ngày từ ${today}`)
  logSkipped(deps, plans.flatMap((plan) => plan.skipped))
  const candidates = await loadCandidates(deps.payload, station.timeZone)
  const knownUntil = instantFromLocal({ ...localDateParts(addDays(today, days)), hour: 0, minute: 0 }, station.timeZone)
  for (const item of announcementsThatCannotAir(candidates.announcements, instances, deps.now(), knownUntil, station.timeZone)) {
    deps.log(`CHÚ Ý: thông báo "${item.title}": ${item.reason}`)
  }
  for (const programme of await markedProgrammes(deps)) {
    deps.log(`CHÚ Ý: chương trình ${programme.date} ${programme.slotSlug} cần dựng lại: ${programme.rebuildReason}`)
  }
  return instances
}

/** Programmes not aired yet that a slot or clip change marked for rebuild (src/radio/rebuildMarks). */
async function markedProgrammes(deps: AssemblyDeps) {
  const { docs } = await deps.payload.find({
    collection: 'programmes',
    where: { and: [{ rebuildReason: { exists: true } }, { startsAt: { greater_than: deps.now().toISOString() } }] },
    sort: 'startsAt',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.filter((doc) => doc.rebuildReason)
}

/** Assembles every airing of one date (or one slot of it) now: `npm run assemble`. */
export async function assembleDate(deps: AssemblyDeps, date: LocalDate, options: { slot?: string; force?: boolean } = {}) {
  const station = await loadStationSettings(deps.payload)
  const [plan] = assembledPlans(await loadSchedule(deps.payload), date, 1, station.timeZone)
  const wanted = (instance: SlotInstance) => !options.slot || instance.slot.slug === options.slot
  const instances = plan.instances.filter(wanted)
  logSkipped(deps, plan.skipped.filter(({ instance }) => wanted(instance)))
  const candidates = await loadCandidates(deps.payload, station.timeZone)
  const results: { slot: string; outcome: AssemblyOutcome }[] = []
  for (const [index, instance] of instances.entries()) {
    deps.log(`[${index + 1}/${instances.length}] ${instance.slot.start} ${instance.slot.slug} (${instance.slot.name})`)
    results.push({ slot: instance.slot.slug, outcome: await assembleProgramme(deps, { instance, station, candidates, force: options.force }) })
  }
  return results
}

/**
 * One worker tick: assembles what is due. An airing is due from its lead time until it ends when it
 * is planned, was asked to be rebuilt, failed and its retry time has come, or is ready but its
 * content changed since (assembleProgramme compares content hashes and skips the unchanged).
 */
export async function assembleDue(deps: AssemblyDeps): Promise<{ slot: string; date: string; outcome: AssemblyOutcome }[]> {
  const now = deps.now()
  const station = await loadStationSettings(deps.payload)
  const today = localDateOf(now, station.timeZone)
  const instances = assembledInstances(await loadSchedule(deps.payload), addDays(today, -1), 3, station.timeZone)
  const leadMs = station.leadMinutes * 60_000
  const inWindow = instances.filter((instance) => instance.start.getTime() - leadMs <= now.getTime() && now < instance.end)
  if (inWindow.length === 0) return []
  const candidates = await loadCandidates(deps.payload, station.timeZone)
  const results = []
  for (const instance of inWindow) {
    // Once an airing has begun its ready, playable file is never replaced; a missing one is still
    // made late, and so is one marked for rebuild (not playable: the playlist leaves it out) or one
    // a technician asked to rebuild (status back to planned).
    const existing = now >= instance.start ? await findProgramme(deps.payload, instance.date, instance.slot.slug) : null
    if (existing?.status === 'ready' && isPlayable(existing)) continue
    const outcome = await assembleProgramme(deps, { instance, station, candidates })
    if (outcome !== 'unchanged') results.push({ slot: instance.slot.slug, date: instance.date, outcome })
  }
  return results
}
