/**
 * A rebroadcast slot gets its own programme, built for its own slot and its own air time.
 *
 * Replaying the source file as it is would overrun a shorter slot (a 30-minute afternoon programme
 * in the 20-minute 05:10 slot runs into the 05:30 relay) and would repeat items that have expired
 * since (an announcement valid until Friday 23:59 on Saturday morning). So the morning programme
 * takes the source's items in the source's order, re-checks each at the rebroadcast's own start
 * (composeProgramme's rules), and fits them to the slot by the same rules as any programme. Every
 * item of the source that is not replayed is reported in `dropped`, with its reason.
 *
 * One kind of new item is added: a priority announcement ("ưu tiên") valid at the rebroadcast's
 * start and not in the source opens it, since a priority announcement goes at the start of the
 * next slot that airs (issue 10) and the morning rebroadcast is often that slot. New news and
 * normal notices wait for the next local programme.
 */
import { formatVietnameseDateTime } from '../lib/viDate'
import { composeProgramme, itemKey } from './composeProgramme'
import { addDays, formatLocalDateVi } from './localDate'
import type { DroppedItem, LocalDate, ProgrammeCandidates, ProgrammePlan, SlotInstance, StationSettings } from './types'

/** A programme of the source slot with a finished file: what actually aired (its stored segments). */
export type RebroadcastSource = { slotSlug: string; date: LocalDate; segments: unknown }

type SourceItem = { collection: 'articles' | 'announcements'; id: string; title: string }

/** How far back a rebroadcast may fall back to the most recent programme of its source slot. */
export const REBROADCAST_FALLBACK_DAYS = 14

const GONE_REASON = 'Không còn phát được: đã bị xóa, gỡ xuất bản hoặc bỏ chọn phát trên loa'

/** The news and announcements of a stored programme, in the order they aired (intro, outro, gaps left out). */
export function sourceItemsOf(segments: unknown): SourceItem[] {
  if (!Array.isArray(segments)) return []
  const items: SourceItem[] = []
  for (const segment of segments) {
    const source = (segment as { source?: { collection?: unknown; id?: unknown } } | null)?.source
    if (!source || (source.collection !== 'articles' && source.collection !== 'announcements')) continue
    const id = String(source.id)
    if (items.some((item) => item.collection === source.collection && item.id === id)) continue
    items.push({ collection: source.collection, id, title: String((segment as { title?: unknown }).title ?? '') })
  }
  return items
}

/**
 * The source programme a rebroadcast replays: the source slot's programme `dayOffset` days away, or,
 * when that one does not exist, the most recent earlier one (better than dead air; its items are
 * re-checked anyway). Only dates strictly before the rebroadcast qualify as a fallback: a same-day
 * programme may not have aired yet. `programmes` holds only programmes with a finished file.
 */
export function pickRebroadcastSource<P extends { slotSlug: string; date: LocalDate }>(
  instance: Pick<SlotInstance, 'slot' | 'date'>,
  programmes: P[],
): { source: P; wanted: LocalDate; fallback: boolean } | null {
  const rebroadcast = instance.slot.rebroadcast
  if (!rebroadcast?.sourceSlug) return null
  const wanted = addDays(instance.date, rebroadcast.dayOffset)
  const ofSlot = programmes.filter((p) => p.slotSlug === rebroadcast.sourceSlug)
  const exact = ofSlot.find((p) => p.date === wanted)
  if (exact) return { source: exact, wanted, fallback: false }
  const older = ofSlot.filter((p) => p.date < instance.date && p.date !== wanted).sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : 0))[0]
  return older ? { source: older, wanted, fallback: true } : null
}

function emptyPlan(instance: SlotInstance, emptyReason: string, dropped: DroppedItem[] = [], excluded: DroppedItem[] = []): ProgrammePlan {
  return { slotSlug: instance.slot.slug, date: instance.date, segments: [], totalSeconds: 0, dropped, excluded, emptyReason }
}

/**
 * The rebroadcast's own programme. `candidates` are today's announcements and articles (validity
 * and recordings as they are now); the source only decides which items and in which order.
 */
export function composeRebroadcast(
  instance: SlotInstance,
  source: RebroadcastSource | null,
  candidates: ProgrammeCandidates,
  station: StationSettings,
): ProgrammePlan {
  const sourceSlug = instance.slot.rebroadcast?.sourceSlug ?? ''
  if (!source) {
    const wanted = addDays(instance.date, instance.slot.rebroadcast?.dayOffset ?? -1)
    return emptyPlan(instance, `Chưa có chương trình "${sourceSlug}" ngày ${formatLocalDateVi(wanted)} (hay ngày nào trước đó) để phát lại`)
  }
  const items = sourceItemsOf(source.segments)
  const sourceKeys = items.map(itemKey)
  const inSource = new Set(sourceKeys)
  const newPriority = candidates.announcements.filter((a) => a.level === 'priority' && !inSource.has(itemKey({ collection: 'announcements', id: a.id })))
  const newPriorityKeys = new Set(newPriority.map((a) => itemKey({ collection: 'announcements', id: a.id })))
  // The new priority announcements first, then the source's items in the source's order.
  const keys = [...newPriorityKeys, ...sourceKeys]
  const chosen: ProgrammeCandidates = {
    announcements: [...newPriority, ...candidates.announcements.filter((a) => inSource.has(itemKey({ collection: 'announcements', id: a.id })))],
    articles: candidates.articles.filter((a) => inSource.has(itemKey({ collection: 'articles', id: a.id }))),
  }
  const found = new Set([...chosen.announcements.map((a) => `announcements:${a.id}`), ...chosen.articles.map((a) => `articles:${a.id}`)])
  const gone: DroppedItem[] = items
    .filter((item) => !found.has(itemKey(item)))
    .map((item) => ({ title: item.title, source: { collection: item.collection, id: item.id }, reason: GONE_REASON }))

  const plan = composeProgramme(instance, chosen, station, { order: keys })
  // Items of the source no longer valid at this airing are drops of the rebroadcast; what stays
  // in `excluded` is the station's own intro/outro when even they do not fit.
  // A new priority announcement not valid at this airing was never part of it: not a drop.
  const invalid = plan.excluded.filter((item) => item.source.collection !== 'audio-clips' && !newPriorityKeys.has(itemKey(item.source)))
  const framing = plan.excluded.filter((item) => item.source.collection === 'audio-clips')
  const position = (item: DroppedItem) => keys.indexOf(itemKey(item.source))
  // Lowest priority first, as composeProgramme reports: the source's order is its priority order.
  const dropped = [...plan.dropped, ...invalid, ...gone].sort((x, y) => position(y) - position(x))
  if (!plan.segments.some((segment) => segment.kind === 'announcement' || segment.kind === 'article')) {
    const at = formatVietnameseDateTime(instance.start, station.timeZone)
    return emptyPlan(instance, `Không mục nào của chương trình "${sourceSlug}" ngày ${formatLocalDateVi(source.date)} còn phát lại được lúc ${at}`, dropped, framing)
  }
  return { ...plan, dropped, excluded: framing }
}
