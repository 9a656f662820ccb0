import { describe, expect, it } from 'vitest'
import { composeProgramme, EMERGENCY_REASON } from '../../../src/broadcast/composeProgramme'
import type { AnnouncementCandidate, ArticleCandidate, ProgrammeCandidates, SlotInstance, StationSettings } from '../../../src/broadcast/types'
import { clip, SLOTS, station } from './fixtures/slots'

/** Tuesday 01/12/2026, 17:00 local = 10:00Z; the capacity varies per test. */
function instance(durationSeconds: number): SlotInstance {
  const start = new Date('2026-12-01T10:00:00Z')
  return { slot: SLOTS.find((s) => s.slug === 'chieu')!, date: '2026-12-01', start, end: new Date(start.getTime() + durationSeconds * 1000), durationSeconds }
}

const ann = (id: string, level: AnnouncementCandidate['level'], seconds: number, extra: Partial<AnnouncementCandidate> = {}): AnnouncementCandidate => ({
  id,
  title: `Thông báo ${id}`,
  level,
  clip: clip(id, seconds),
  ...extra,
})

const art = (id: string, publishedAt: string, seconds: number, extra: Partial<ArticleCandidate> = {}): ArticleCandidate => ({
  id,
  title: `Bài ${id}`,
  publishedAt: new Date(publishedAt),
  readOut: clip(id, seconds),
  include: true,
  ...extra,
})

const compose = (capacity: number, candidates: Partial<ProgrammeCandidates>, settings: StationSettings = station()) =>
  composeProgramme(instance(capacity), { announcements: [], articles: [], ...candidates }, settings)

/** "kind:title@start+duration", compact enough to compare whole programmes in a table. */
const layout = (plan: ReturnType<typeof compose>) => plan.segments.map((s) => `${s.kind}:${s.kind === 'gap' ? '' : s.clip!.id}@${s.startSeconds}+${s.durationSeconds}`)

describe('composeProgramme: layout and fit', () => {
  it('fits exactly: intro, items, outro with gaps only between them', () => {
    // 5 + 1 + 50 + 1 + 30 + 1 + 4 = 92
    const plan = compose(92, { announcements: [ann('p1', 'priority', 50)], articles: [art('a1', '2026-11-30T08:00:00Z', 30)] })
    expect(layout(plan)).toEqual(['intro:intro@0+5', 'gap:@5+1', 'announcement:p1@6+50', 'gap:@56+1', 'article:a1@57+30', 'gap:@87+1', 'outro:outro@88+4'])
    expect(plan.totalSeconds).toBe(92)
    expect(plan.dropped).toEqual([])
    expect(plan.excluded).toEqual([])
    expect(plan).toMatchObject({ slotSlug: 'chieu', date: '2026-12-01' })
    expect(plan.segments[2].source).toEqual({ collection: 'announcements', id: 'p1' })
    expect(plan.segments[4].source).toEqual({ collection: 'articles', id: 'a1' })
    expect(plan.segments[0].source).toEqual({ collection: 'audio-clips', id: 'intro' })
  })

  it('orders priority announcements, then articles newest first, then normal announcements', () => {
    const plan = compose(1800, {
      announcements: [ann('n1', 'normal', 10), ann('p1', 'priority', 10), ann('n2', 'normal', 10), ann('p2', 'priority', 10)],
      articles: [art('old', '2026-11-28T08:00:00Z', 10), art('newest', '2026-11-30T23:00:00Z', 10), art('mid', '2026-11-29T08:00:00Z', 10), art('mid-too', '2026-11-29T08:00:00Z', 10)],
    })
    expect(plan.segments.filter((s) => s.kind !== 'gap').map((s) => s.clip!.id)).toEqual(['intro', 'p1', 'p2', 'newest', 'mid', 'mid-too', 'old', 'n1', 'n2', 'outro'])
  })

  it.each([
    ['intro + outro + 3 items', { intro: clip('intro', 5), outro: clip('outro', 4) }, 3, 4],
    ['no intro', { intro: null, outro: clip('outro', 4) }, 3, 3],
    ['neither intro nor outro', { intro: null, outro: null }, 3, 2],
    ['a single item, nothing else', { intro: null, outro: null }, 1, 0],
    ['gapSeconds 0', { gapSeconds: 0 }, 3, 0],
  ] as [string, Partial<StationSettings>, number, number][])('gap count: %s', (_label, overrides, items, gaps) => {
    const announcements = Array.from({ length: items }, (_, i) => ann(`n${i}`, 'normal', 10))
    const plan = compose(600, { announcements }, station(overrides))
    const segments = plan.segments
    expect(segments.filter((s) => s.kind === 'gap')).toHaveLength(gaps)
    expect(segments[0].kind).not.toBe('gap')
    expect(segments.at(-1)!.kind).not.toBe('gap')
    expect(segments.every((s) => (s.kind === 'gap') === (s.clip === null))).toBe(true)
  })

  it('empty candidates: intro and outro only', () => {
    const plan = compose(600, {})
    expect(layout(plan)).toEqual(['intro:intro@0+5', 'gap:@5+1', 'outro:outro@6+4'])
    expect(plan.totalSeconds).toBe(10)
  })

  it('does not drift with fractional durations (0.8 s gaps)', () => {
    const plan = compose(
      62.2,
      { announcements: [ann('a', 'normal', 10.1), ann('b', 'normal', 20.2), ann('c', 'normal', 30.3)] },
      station({ intro: null, outro: null, gapSeconds: 0.8 }),
    )
    expect(plan.segments.map((s) => s.startSeconds)).toEqual([0, 10.1, 10.9, 31.1, 31.9])
    expect(plan.totalSeconds).toBe(62.2)
    expect(plan.dropped).toEqual([])
  })

  it('drops what does not fit, reported lowest priority first, and keeps later shorter items', () => {
    // Frame: 5 + 1 + 4 = 10, leaving 90. p1 takes 31 (59 left); the 95 s article needs 96 → dropped;
    // a1 takes 21 (38 left); n1 needs 51 → dropped; n2 takes 11 (27 left).
    const plan = compose(100, {
      announcements: [ann('n1', 'normal', 50), ann('p1', 'priority', 30), ann('n2', 'normal', 10)],
      articles: [art('long', '2026-11-30T08:00:00Z', 95), art('a1', '2026-11-29T08:00:00Z', 20)],
    })
    expect(plan.segments.filter((s) => s.kind !== 'gap').map((s) => s.clip!.id)).toEqual(['intro', 'p1', 'a1', 'n2', 'outro'])
    expect(plan.totalSeconds).toBe(73)
    expect(plan.dropped).toEqual([
      { title: 'Thông báo n1', source: { collection: 'announcements', id: 'n1' }, reason: 'Không đủ thời lượng: cần 51,0 giây, còn 38,0 giây' },
      { title: 'Bài long', source: { collection: 'articles', id: 'long' }, reason: 'Không đủ thời lượng: cần 96,0 giây, còn 59,0 giây' },
    ])
  })

  it.each([
    ['capacity 8: the outro goes', 8, ['intro:intro@0+5'], [['outro', 'Nhạc kết thúc không vừa khung giờ: cần 10,0 giây, khung giờ chỉ có 8,0 giây']]],
    [
      'capacity 3: both go, outro first',
      3,
      [],
      [
        ['outro', 'Nhạc kết thúc không vừa khung giờ: cần 10,0 giây, khung giờ chỉ có 3,0 giây'],
        ['intro', 'Nhạc hiệu mở đầu không vừa khung giờ: cần 5,0 giây, khung giờ chỉ có 3,0 giây'],
      ],
    ],
  ] as [string, number, string[], [string, string][]][])('intro/outro that do not fit: %s', (_label, capacity, expectedLayout, exclusions) => {
    const plan = compose(capacity, {})
    expect(layout(plan)).toEqual(expectedLayout)
    expect(plan.excluded.map((e) => [e.source.id, e.reason])).toEqual(exclusions)
    expect(plan.excluded.every((e) => e.source.collection === 'audio-clips')).toBe(true)
  })
})

describe('composeProgramme: eligibility', () => {
  // Slot starts 2026-12-01T10:00:00Z (17:00 local) on local date 2026-12-01.
  it.each([
    ['emergency', ann('e', 'emergency', 10), EMERGENCY_REASON],
    ['announcement without clip', ann('x', 'normal', 10, { clip: null }), 'Thông báo chưa có bản ghi âm'],
    ['expired announcement', ann('x', 'normal', 10, { validTo: new Date('2026-12-01T09:59:00Z') }), 'Thông báo đã hết hiệu lực (đến Thứ Ba, 01/12/2026 16:59)'],
    ['announcement not yet valid', ann('x', 'normal', 10, { validFrom: new Date('2026-12-01T10:01:00Z') }), 'Thông báo chưa đến thời gian hiệu lực (từ Thứ Ba, 01/12/2026 17:01)'],
    ['announcement with a zero-length clip', ann('x', 'normal', 0), 'Bản ghi âm của thông báo có thời lượng không hợp lệ'],
    ['article not included', art('x', '2026-11-30T08:00:00Z', 10, { include: false }), 'Bài viết không được chọn phát trên loa'],
    ['article without read-out', art('x', '2026-11-30T08:00:00Z', 10, { readOut: null }), 'Bài viết chưa có bản đọc (ghi âm, hoặc bấm "Tạo bài đọc" trong bài)'],
    ['article window not started', art('x', '2026-11-30T08:00:00Z', 10, { broadcastFrom: '2026-12-02' }), 'Chưa đến thời gian phát (từ 02/12/2026)'],
    ['article window over', art('x', '2026-11-30T08:00:00Z', 10, { broadcastTo: '2026-11-30' }), 'Đã hết thời gian phát (đến 30/11/2026)'],
  ] as [string, AnnouncementCandidate | ArticleCandidate, string][])('excludes %s', (_label, candidate, reason) => {
    const isArticle = 'publishedAt' in candidate
    const plan = compose(600, isArticle ? { articles: [candidate as ArticleCandidate] } : { announcements: [candidate as AnnouncementCandidate] })
    expect(plan.excluded).toEqual([{ title: candidate.title, source: { collection: isArticle ? 'articles' : 'announcements', id: candidate.id }, reason }])
    expect(plan.segments.map((s) => s.kind)).toEqual(['intro', 'gap', 'outro'])
    expect(plan.dropped).toEqual([])
  })

  it.each([
    ['announcement valid exactly from the slot start', ann('x', 'normal', 10, { validFrom: new Date('2026-12-01T10:00:00Z') })],
    ['announcement valid exactly until the slot start', ann('x', 'normal', 10, { validTo: new Date('2026-12-01T10:00:00Z') })],
    ['article window starting that day', art('x', '2026-11-30T08:00:00Z', 10, { broadcastFrom: '2026-12-01' })],
    ['article window ending that day', art('x', '2026-11-30T08:00:00Z', 10, { broadcastFrom: '2026-11-25', broadcastTo: '2026-12-01' })],
    ['article with open window', art('x', '2026-11-30T08:00:00Z', 10, { broadcastFrom: null, broadcastTo: null })],
  ] as [string, AnnouncementCandidate | ArticleCandidate][])('includes %s (inclusive bounds)', (_label, candidate) => {
    const isArticle = 'publishedAt' in candidate
    const plan = compose(600, isArticle ? { articles: [candidate as ArticleCandidate] } : { announcements: [candidate as AnnouncementCandidate] })
    expect(plan.excluded).toEqual([])
    expect(plan.segments.map((s) => s.kind)).toEqual(['intro', 'gap', isArticle ? 'article' : 'announcement', 'gap', 'outro'])
  })
})
