import type { Payload } from 'payload'
import { PLAYABLE_PROGRAMME_WHERE } from '../access/programmes'
import { composeRebroadcast, pickRebroadcastSource, REBROADCAST_FALLBACK_DAYS } from '../broadcast/composeRebroadcast'
import { addDays } from '../broadcast/localDate'
import type { ProgrammeCandidates, ProgrammePlan, SlotInstance, StationSettings } from '../broadcast/types'

/**
 * The plan of a rebroadcast airing: its source programme (what aired, read from the stored segments
 * of the source slot's programme that is playable, src/broadcast/playableProgramme) recomposed for this slot and this air time.
 */
export async function planRebroadcast(payload: Payload, instance: SlotInstance, station: StationSettings, candidates: ProgrammeCandidates): Promise<ProgrammePlan> {
  const rebroadcast = instance.slot.rebroadcast
  if (!rebroadcast?.sourceSlug) return composeRebroadcast(instance, null, candidates, station)
  const wanted = addDays(instance.date, rebroadcast.dayOffset)
  const { docs } = await payload.find({
    collection: 'programmes',
    where: {
      and: [
        PLAYABLE_PROGRAMME_WHERE,
        { slotSlug: { equals: rebroadcast.sourceSlug } },
        { date: { greater_than_equal: addDays(instance.date, -REBROADCAST_FALLBACK_DAYS) } },
        // biome-ignore lint/complexity/useMathMinMax: ISO date strings (YYYY-MM-DD), compared as text; Math.max would give NaN
        { date: { less_than_equal: wanted > instance.date ? wanted : instance.date } },
      ],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const sources = docs.map((doc) => ({ slotSlug: doc.slotSlug, date: doc.date, segments: doc.segments }))
  return composeRebroadcast(instance, pickRebroadcastSource(instance, sources)?.source ?? null, candidates, station)
}
