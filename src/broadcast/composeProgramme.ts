/**
 * What goes into one airing of a slot, in which order, and what had to be left out and why.
 *
 * All arithmetic is done in whole milliseconds: summing 0.8 s gaps as floats drifts (0.1 + 0.2…),
 * and an item that fits "exactly" must not be dropped because of a 1e-15 excess.
 */
import { formatVietnameseDateTime } from '../lib/viDate'
import { formatLocalDateVi } from './localDate'
import type {
  AnnouncementCandidate,
  ArticleCandidate,
  ClipRef,
  DroppedItem,
  ProgrammeCandidates,
  ProgrammePlan,
  ProgrammeSegment,
  SegmentKind,
  SlotInstance,
  StationSettings,
} from './types'

export const EMERGENCY_REASON = 'Tin khẩn cấp được phát theo quy trình riêng'
const GAP_TITLE = 'Khoảng lặng'

type Item = {
  kind: Extract<SegmentKind, 'intro' | 'outro' | 'announcement' | 'article'>
  title: string
  clip: ClipRef
  ms: number
  source: { collection: 'articles' | 'announcements' | 'audio-clips'; id: string }
}

const toMs = (seconds: number) => Math.round(seconds * 1000)
const toSeconds = (ms: number) => ms / 1000
/** "95,0" — one decimal with a comma, as Vietnamese writes numbers. */
const secondsVi = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',')

function hasUsableClip(clip: ClipRef | null): clip is ClipRef {
  return clip !== null && Number.isFinite(clip.durationSeconds) && clip.durationSeconds > 0
}

/** Why an announcement cannot air at `at`, or null when it can. */
function announcementExclusion(a: AnnouncementCandidate, at: Date, timeZone: string): string | null {
  if (a.level === 'emergency') return EMERGENCY_REASON
  if (!a.clip) return 'Thông báo chưa có bản ghi âm'
  if (!hasUsableClip(a.clip)) return 'Bản ghi âm của thông báo có thời lượng không hợp lệ'
  // Validity must cover the slot's start: that is when listeners hear the programme begin.
  if (a.validFrom && a.validFrom.getTime() > at.getTime()) {
    return `Thông báo chưa đến thời gian hiệu lực (từ ${formatVietnameseDateTime(a.validFrom, timeZone)})`
  }
  if (a.validTo && a.validTo.getTime() < at.getTime()) {
    return `Thông báo đã hết hiệu lực (đến ${formatVietnameseDateTime(a.validTo, timeZone)})`
  }
  return null
}

/** Why an article cannot air on `date`, or null when it can. */
function articleExclusion(a: ArticleCandidate, date: string): string | null {
  if (!a.include) return 'Bài viết không được chọn phát trên loa'
  if (!a.readOut) return 'Bài viết chưa có bản đọc (ghi âm, hoặc bấm "Tạo bài đọc" trong bài)'
  if (!hasUsableClip(a.readOut)) return 'Bản đọc của bài viết có thời lượng không hợp lệ'
  if (a.broadcastFrom && date < a.broadcastFrom) return `Chưa đến thời gian phát (từ ${formatLocalDateVi(a.broadcastFrom)})`
  if (a.broadcastTo && date > a.broadcastTo) return `Đã hết thời gian phát (đến ${formatLocalDateVi(a.broadcastTo)})`
  return null
}

function stationItem(kind: 'intro' | 'outro', clip: ClipRef | null): Item | null {
  if (!hasUsableClip(clip)) return null
  return { kind, title: clip.title, clip, ms: toMs(clip.durationSeconds), source: { collection: 'audio-clips', id: clip.id } }
}

export type ComposeOptions = {
  /**
   * Content in this order instead of priority order, as "collection:id" keys (a rebroadcast keeps
   * its source programme's order); items not listed go last, in priority order.
   */
  order?: string[]
}

export const itemKey = (source: { collection: string; id: string }) => `${source.collection}:${source.id}`

function inGivenOrder(items: Item[], order: string[]): Item[] {
  const position = (item: Item) => {
    const index = order.indexOf(itemKey(item.source))
    return index === -1 ? order.length : index
  }
  // sort is stable: unlisted items keep their priority order among themselves.
  return [...items].sort((x, y) => position(x) - position(y))
}

/**
 * Plan one airing: intro, eligible content in priority order separated by silences, outro.
 * Never exceeds instance.durationSeconds; leftovers are reported, not silently lost.
 */
export function composeProgramme(instance: SlotInstance, candidates: ProgrammeCandidates, station: StationSettings, options: ComposeOptions = {}): ProgrammePlan {
  const excluded: DroppedItem[] = []
  const priority: Item[] = []
  const normal: Item[] = []
  const articles: (Item & { publishedAt: number; index: number })[] = []

  for (const a of candidates.announcements) {
    const reason = announcementExclusion(a, instance.start, station.timeZone)
    const source = { collection: 'announcements' as const, id: a.id }
    if (reason) {
      excluded.push({ title: a.title, source, reason })
      continue
    }
    const clip = a.clip!
    const item: Item = { kind: 'announcement', title: a.title, clip, ms: toMs(clip.durationSeconds), source }
    ;(a.level === 'priority' ? priority : normal).push(item)
  }
  candidates.articles.forEach((a, index) => {
    const reason = articleExclusion(a, instance.date)
    const source = { collection: 'articles' as const, id: a.id }
    if (reason) {
      excluded.push({ title: a.title, source, reason })
      return
    }
    const clip = a.readOut!
    articles.push({ kind: 'article', title: a.title, clip, ms: toMs(clip.durationSeconds), source, publishedAt: a.publishedAt.getTime(), index })
  })
  // Newest first; equal dates keep the given order (sort is stable, index makes it explicit).
  articles.sort((x, y) => y.publishedAt - x.publishedAt || x.index - y.index)
  const ranked: Item[] = [...priority, ...articles.map(({ publishedAt: _p, index: _i, ...item }) => item), ...normal]
  const content = options.order ? inGivenOrder(ranked, options.order) : ranked

  const capacity = toMs(instance.durationSeconds)
  const gap = Math.max(0, toMs(station.gapSeconds))

  // Intro and outro come first: without them the programme is not recognisable on air. If even
  // they do not fit, the outro goes first (the intro is what tells listeners the station is on).
  let intro = stationItem('intro', station.intro)
  let outro = stationItem('outro', station.outro)
  const frameMs = () => (intro?.ms ?? 0) + (outro?.ms ?? 0) + (intro && outro ? gap : 0)
  for (const which of ['outro', 'intro'] as const) {
    const item = which === 'outro' ? outro : intro
    if (!item || frameMs() <= capacity) continue
    const label = which === 'outro' ? 'Nhạc kết thúc' : 'Nhạc hiệu mở đầu'
    excluded.push({
      title: item.title,
      source: { collection: 'audio-clips', id: item.clip.id },
      reason: `${label} không vừa khung giờ: cần ${secondsVi(frameMs())} giây, khung giờ chỉ có ${secondsVi(capacity)} giây`,
    })
    if (which === 'outro') outro = null
    else intro = null
  }

  // Greedy in priority order: a long item that does not fit does not block shorter ones after it.
  let used = frameMs()
  let audioCount = (intro ? 1 : 0) + (outro ? 1 : 0)
  const taken: Item[] = []
  const dropped: DroppedItem[] = []
  for (const item of content) {
    const needed = item.ms + (audioCount > 0 ? gap : 0)
    if (used + needed <= capacity) {
      taken.push(item)
      used += needed
      audioCount++
    } else {
      dropped.push({
        title: item.title,
        source: item.source as DroppedItem['source'],
        reason: `Không đủ thời lượng: cần ${secondsVi(needed)} giây, còn ${secondsVi(capacity - used)} giây`,
      })
    }
  }

  const ordered = [intro, ...taken, outro].filter((x): x is Item => x !== null)
  const segments: ProgrammeSegment[] = []
  let offset = 0
  ordered.forEach((item, i) => {
    // Silence only between two items, never before the first or after the last.
    if (i > 0 && gap > 0) {
      segments.push({ kind: 'gap', title: GAP_TITLE, startSeconds: toSeconds(offset), durationSeconds: toSeconds(gap), clip: null })
      offset += gap
    }
    segments.push({
      kind: item.kind,
      title: item.title,
      startSeconds: toSeconds(offset),
      durationSeconds: toSeconds(item.ms),
      clip: item.clip,
      source: item.source,
    })
    offset += item.ms
  })

  return {
    slotSlug: instance.slot.slug,
    date: instance.date,
    segments,
    totalSeconds: toSeconds(offset),
    // Lowest priority first: the technician reads what was lost least regrettably, then up.
    dropped: dropped.reverse(),
    excluded,
  }
}
