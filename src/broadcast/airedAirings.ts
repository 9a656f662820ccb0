/**
 * What "has already aired" means for a station that is just starting (the demo seed): the airings
 * that ended by `now`, in air order, with each rebroadcast only when its source airing is among
 * them (so it is built from that programme, never from nothing). Pure: `now` is passed in.
 */
import { addDays } from './localDate'
import type { ProgrammeCandidates, SlotInstance } from './types'

const key = (slug: string, date: string) => `${slug}@${date}`

/**
 * The airings among `instances` that ended at or before `now`, earliest first. A rebroadcast is
 * kept only when the airing it replays (its source slot, `dayOffset` days away) is kept too and
 * airs before it: the source must be built first, and an older fallback would replay the wrong day.
 */
export function airedAirings(instances: SlotInstance[], now: Date): SlotInstance[] {
  const ended = instances.filter((instance) => instance.end.getTime() <= now.getTime()).sort((x, y) => x.start.getTime() - y.start.getTime())
  const starts = new Map(ended.map((instance) => [key(instance.slot.slug, instance.date), instance.start.getTime()]))
  return ended.filter((instance) => {
    if (instance.slot.kind !== 'rebroadcast') return true
    const source = instance.slot.rebroadcast
    if (!source?.sourceSlug) return false
    const sourceStart = starts.get(key(source.sourceSlug, addDays(instance.date, source.dayOffset)))
    return sourceStart !== undefined && sourceStart < instance.start.getTime()
  })
}

/**
 * The candidates as they were at `at`: articles published by then. A programme built today for an
 * airing two days ago must not carry news that did not exist yet. Announcements keep their own
 * validity, which the composer checks at the slot's start.
 */
export function publishedBy(candidates: ProgrammeCandidates, at: Date): ProgrammeCandidates {
  return { ...candidates, articles: candidates.articles.filter((article) => article.publishedAt.getTime() <= at.getTime()) }
}
