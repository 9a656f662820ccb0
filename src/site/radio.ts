import { addDays } from '../broadcast/localDate'
import { planDay } from '../broadcast/planDay'
import type { BroadcastSlot, LocalDate, ProgrammeSegment, SlotInstance, SlotKind } from '../broadcast/types'
import type { Programme } from '../payload-types'
import { slotFromDoc } from '../radio/slotMapping'
import { publicProgrammeWhere } from '../access/programmes'
import { sitePayload } from './payload'

export const KIND_WORDS: Record<SlotKind, string> = {
  local: 'Chương trình của đài địa phương',
  rebroadcast: 'Phát lại chương trình đã phát',
  relay: 'Tiếp sóng đài cấp trên',
  music: 'Âm nhạc',
}

export async function publicSlots(): Promise<{ slots: BroadcastSlot[]; timeZone: string; stationName: string }> {
  const payload = await sitePayload()
  const [slots, station] = await Promise.all([
    payload.find({ collection: 'broadcast-slots', limit: 0, pagination: false, depth: 0, overrideAccess: false }),
    payload.findGlobal({ slug: 'station', depth: 0, overrideAccess: false }),
  ])
  return { slots: slots.docs.map(slotFromDoc), timeZone: station.timeZone || 'Asia/Ho_Chi_Minh', stationName: station.name || 'Đài truyền thanh' }
}

export function dayPlans(slots: BroadcastSlot[], from: LocalDate, days: number, timeZone: string): { date: LocalDate; instances: SlotInstance[] }[] {
  return Array.from({ length: days }, (_, offset) => {
    const date = addDays(from, offset)
    return { date, instances: planDay(slots, date, timeZone) }
  })
}

/** Programmes that have aired with a finished file (the access rule lets residents see only those), newest first. */
export async function finishedProgrammes(options: { date?: LocalDate; limit: number }) {
  const payload = await sitePayload()
  return payload.find({
    collection: 'programmes',
    where: { and: [publicProgrammeWhere(new Date()), ...(options.date ? [{ date: { equals: options.date } }] : [])] },
    sort: '-startsAt',
    limit: options.limit,
    depth: 0,
    overrideAccess: false,
  })
}

export function programmeSegments(programme: Programme): ProgrammeSegment[] {
  return Array.isArray(programme.segments) ? (programme.segments as ProgrammeSegment[]) : []
}

/** Slugs of the published articles read out in programmes, to link "listen again" items back to them. */
export async function articleSlugsById(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const payload = await sitePayload()
  const { docs } = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    limit: ids.length,
    depth: 0,
    select: { slug: true },
    overrideAccess: false,
  })
  return new Map(docs.map((doc) => [String(doc.id), doc.slug ?? '']))
}
