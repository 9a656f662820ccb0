import { describe, expect, it } from 'vitest'
import { composeProgramme } from '../../../src/broadcast/composeProgramme'
import { composeRebroadcast, pickRebroadcastSource, sourceItemsOf } from '../../../src/broadcast/composeRebroadcast'
import { planDay } from '../../../src/broadcast/planDay'
import type { AnnouncementCandidate, ArticleCandidate, ProgrammeCandidates, ProgrammePlan, SlotInstance } from '../../../src/broadcast/types'
import { clip, SLOTS, station, TIME_ZONE } from './fixtures/slots'

const MONDAY = '2026-11-30'
const TUESDAY = '2026-12-01'
const FRIDAY = '2026-12-04'
const SATURDAY = '2026-12-05'

/** The airing of `slug` on `date`, from the fixture grid (real instants in Asia/Ho_Chi_Minh). */
const airing = (slug: string, date: string): SlotInstance => planDay(SLOTS, date, TIME_ZONE).find((i) => i.slot.slug === slug)!

const ann = (id: string, level: AnnouncementCandidate['level'], seconds: number, extra: Partial<AnnouncementCandidate> = {}): AnnouncementCandidate => ({
  id, title: `Thông báo ${id}`, level, clip: clip(id, seconds), ...extra,
})
const art = (id: string, publishedAt: string, seconds: number, extra: Partial<ArticleCandidate> = {}): ArticleCandidate => ({
  id, title: `Bài ${id}`, publishedAt: new Date(publishedAt), readOut: clip(id, seconds), include: true, ...extra,
})

/** Content ids in airing order (intro, outro and gaps left out). */
const ids = (plan: ProgrammePlan) => plan.segments.filter((s) => s.kind === 'announcement' || s.kind === 'article').map((s) => s.source!.id)
const isSubsequence = (part: string[], whole: string[]) => {
  let at = 0
  for (const id of part) {
    at = whole.indexOf(id, at)
    if (at === -1) return false
    at++
  }
  return true
}

// Issue #9's case: Monday's afternoon programme is 1,677 s; Tuesday's 05:10–05:30 slot is 1,200 s.
// Intro 5 + outro 4 + 12 items (1,655 s) + 13 gaps of 1 s = 1,677 s.
const LONG_ARTICLES: [string, number][] = [['a1', 150], ['a2', 140], ['a3', 160], ['a4', 130], ['a5', 170], ['a6', 145], ['a7', 155], ['a8', 135], ['a9', 165], ['a10', 125]]
const mondayCandidates = (): ProgrammeCandidates => ({
  announcements: [ann('n1', 'normal', 120), ann('p1', 'priority', 60)],
  // a1 newest … a10 oldest, so the source order is p1, a1 … a10, n1.
  articles: LONG_ARTICLES.map(([id, seconds], i) => art(id, `2026-11-${String(29 - i).padStart(2, '0')}T08:00:00Z`, seconds)),
})

describe('composeRebroadcast: the morning programme fits its own slot', () => {
  const monday = composeProgramme(airing('chieu', MONDAY), mondayCandidates(), station())
  const source = { slotSlug: 'chieu', date: MONDAY, segments: monday.segments }

  it("Monday's 1,677 s afternoon -> Tuesday's 1,200 s 05:10 slot: ≤ 1,200 s, same items in the same order, every drop reported", () => {
    expect(monday.totalSeconds).toBe(1677)
    expect(ids(monday)).toEqual(['p1', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10', 'n1'])
    const tuesday = airing('phat-lai-sang', TUESDAY)
    expect(tuesday.durationSeconds).toBe(1200)

    const plan = composeRebroadcast(tuesday, source, mondayCandidates(), station())
    expect(plan).toMatchObject({ slotSlug: 'phat-lai-sang', date: TUESDAY })
    expect(plan.totalSeconds).toBeLessThanOrEqual(1200)
    // 10 (intro+outro+gap) + p1 61 + a1..a7 (1050 + 7 gaps) = 1128; a8 (136) no longer fits, a10 (126) neither,
    // n1 (121) does not; nothing else is short enough for the 72 s left.
    expect(ids(plan)).toEqual(['p1', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'])
    expect(plan.totalSeconds).toBe(1128)
    expect(isSubsequence(ids(plan), ids(monday))).toBe(true)
    expect(plan.segments[0]).toMatchObject({ kind: 'intro', startSeconds: 0 })
    expect(plan.segments.at(-1)).toMatchObject({ kind: 'outro' })
    // Lowest priority (last in the source) first, each with its reason.
    expect(plan.dropped.map((d) => d.source.id)).toEqual(['n1', 'a10', 'a9', 'a8'])
    expect(plan.dropped.map((d) => d.reason)).toEqual([
      'Không đủ thời lượng: cần 121,0 giây, còn 72,0 giây',
      'Không đủ thời lượng: cần 126,0 giây, còn 72,0 giây',
      'Không đủ thời lượng: cần 166,0 giây, còn 72,0 giây',
      'Không đủ thời lượng: cần 136,0 giây, còn 72,0 giây',
    ])
    expect(plan.excluded).toEqual([])
  })

  it('keeps the source order even when the priority order has changed since (n1 raised to priority)', () => {
    const now = mondayCandidates()
    now.announcements = [ann('n1', 'priority', 20), ann('p1', 'priority', 60)]
    const plan = composeRebroadcast(airing('phat-lai-sang', TUESDAY), source, now, station())
    expect(ids(plan)).toEqual(['p1', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'n1'])
  })

  it('a source that fits is replayed whole, item for item', () => {
    const short = composeProgramme(airing('chieu', MONDAY), { announcements: [ann('p1', 'priority', 60)], articles: [art('a1', '2026-11-29T08:00:00Z', 150)] }, station())
    const plan = composeRebroadcast(airing('phat-lai-sang', TUESDAY), { slotSlug: 'chieu', date: MONDAY, segments: short.segments }, mondayCandidates(), station())
    expect(plan.segments).toEqual(short.segments)
    expect(plan.dropped).toEqual([])
  })
})

describe('composeRebroadcast: only what is still valid at the rebroadcast’s own air time', () => {
  it('an announcement valid until Friday 23:59 is in Friday 17:00 but not in Saturday 05:10', () => {
    // Friday 23:59 in Asia/Ho_Chi_Minh.
    const candidates: ProgrammeCandidates = {
      announcements: [ann('het-han', 'normal', 30, { validTo: new Date('2026-12-04T16:59:00Z') }), ann('con-han', 'priority', 30)],
      articles: [art('a1', '2026-12-03T08:00:00Z', 60)],
    }
    const friday = composeProgramme(airing('chieu', FRIDAY), candidates, station())
    expect(ids(friday)).toEqual(['con-han', 'a1', 'het-han'])
    const plan = composeRebroadcast(airing('phat-lai-sang', SATURDAY), { slotSlug: 'chieu', date: FRIDAY, segments: friday.segments }, candidates, station())
    expect(ids(plan)).toEqual(['con-han', 'a1'])
    expect(plan.dropped).toEqual([{ title: 'Thông báo het-han', source: { collection: 'announcements', id: 'het-han' }, reason: expect.stringMatching(/^Thông báo đã hết hiệu lực \(đến .*04\/12\/2026 23:59/) }])
  })

  it('a Monday-only article is in Monday 17:00 but not in Tuesday 05:10', () => {
    const candidates: ProgrammeCandidates = {
      announcements: [],
      articles: [art('chi-thu-hai', '2026-11-30T01:00:00Z', 90, { broadcastFrom: MONDAY, broadcastTo: MONDAY }), art('a1', '2026-11-29T08:00:00Z', 60)],
    }
    const monday = composeProgramme(airing('chieu', MONDAY), candidates, station())
    expect(ids(monday)).toEqual(['chi-thu-hai', 'a1'])
    const plan = composeRebroadcast(airing('phat-lai-sang', TUESDAY), { slotSlug: 'chieu', date: MONDAY, segments: monday.segments }, candidates, station())
    expect(ids(plan)).toEqual(['a1'])
    expect(plan.dropped).toEqual([{ title: 'Bài chi-thu-hai', source: { collection: 'articles', id: 'chi-thu-hai' }, reason: 'Đã hết thời gian phát (đến 30/11/2026)' }])
  })

  it('an item deleted or unpublished since is dropped with its reason; no new news or normal notice is added', () => {
    const monday = composeProgramme(airing('chieu', MONDAY), { announcements: [], articles: [art('a1', '2026-11-29T08:00:00Z', 60), art('go', '2026-11-28T08:00:00Z', 60)] }, station())
    const now: ProgrammeCandidates = { announcements: [ann('moi', 'normal', 10)], articles: [art('a1', '2026-11-29T08:00:00Z', 60), art('bai-moi', '2026-11-30T20:00:00Z', 30)] }
    const plan = composeRebroadcast(airing('phat-lai-sang', TUESDAY), { slotSlug: 'chieu', date: MONDAY, segments: monday.segments }, now, station())
    expect(ids(plan)).toEqual(['a1'])
    expect(plan.dropped).toEqual([{ title: 'Bài go', source: { collection: 'articles', id: 'go' }, reason: 'Không còn phát được: đã bị xóa, gỡ xuất bản hoặc bỏ chọn phát trên loa' }])
  })

  // Issue 10, item 4: a priority announcement goes at the start of the next slot that airs, and the
  // 05:10 rebroadcast is often that slot (the first of the morning).
  it('a priority announcement valid at the rebroadcast, new since the source aired, opens it; expired or future ones are not added and not reported', () => {
    const monday = composeProgramme(airing('chieu', MONDAY), { announcements: [ann('n1', 'normal', 20)], articles: [art('a1', '2026-11-29T08:00:00Z', 60)] }, station())
    expect(ids(monday)).toEqual(['a1', 'n1'])
    const now: ProgrammeCandidates = {
      announcements: [
        ann('n1', 'normal', 20),
        ann('bao', 'priority', 15, { validFrom: new Date('2026-11-30T14:00:00Z') }),
        ann('het-han', 'priority', 15, { validTo: new Date('2026-11-30T12:00:00Z') }),
        ann('chua-den', 'priority', 15, { validFrom: new Date('2026-12-01T05:00:00Z') }),
        ann('thuong', 'normal', 15),
      ],
      articles: [art('a1', '2026-11-29T08:00:00Z', 60)],
    }
    const plan = composeRebroadcast(airing('phat-lai-sang', TUESDAY), { slotSlug: 'chieu', date: MONDAY, segments: monday.segments }, now, station())
    expect(ids(plan)).toEqual(['bao', 'a1', 'n1'])
    expect(plan.dropped).toEqual([])
  })

  it('builds nothing, and says why, when every item has expired or there is no source', () => {
    const candidates: ProgrammeCandidates = { announcements: [ann('x', 'normal', 30, { validTo: new Date('2026-11-30T16:59:00Z') })], articles: [] }
    const monday = composeProgramme(airing('chieu', MONDAY), candidates, station())
    const expired = composeRebroadcast(airing('phat-lai-sang', TUESDAY), { slotSlug: 'chieu', date: MONDAY, segments: monday.segments }, candidates, station())
    expect(expired.segments).toEqual([])
    expect(expired.totalSeconds).toBe(0)
    expect(expired.emptyReason).toMatch(/^Không mục nào của chương trình "chieu" ngày 30\/11\/2026 còn phát lại được lúc/)
    expect(expired.dropped.map((d) => d.source.id)).toEqual(['x'])
    const none = composeRebroadcast(airing('phat-lai-sang', TUESDAY), null, candidates, station())
    expect(none).toMatchObject({ segments: [], totalSeconds: 0, emptyReason: 'Chưa có chương trình "chieu" ngày 30/11/2026 (hay ngày nào trước đó) để phát lại' })
  })
})

describe('pickRebroadcastSource', () => {
  const p = (slotSlug: string, date: string) => ({ slotSlug, date })
  it.each([
    ['the day before', [p('chieu', '2026-11-27'), p('chieu', MONDAY), p('sang', MONDAY)], { date: MONDAY, fallback: false }],
    ['the most recent earlier edition when the day before has none', [p('chieu', '2026-11-26'), p('chieu', '2026-11-27'), p('chieu', TUESDAY)], { date: '2026-11-27', fallback: true }],
    ['never a same-day edition (not aired yet at 05:10)', [p('chieu', TUESDAY)], null],
    ['nothing of the source slot', [p('sang', MONDAY)], null],
  ])('%s', (_label, programmes, expected) => {
    const picked = pickRebroadcastSource(airing('phat-lai-sang', TUESDAY), programmes)
    expect(picked && { date: picked.source.date, fallback: picked.fallback }).toEqual(expected)
  })
})

describe('sourceItemsOf', () => {
  it('reads articles and announcements in airing order from stored segments, ignoring the rest', () => {
    expect(sourceItemsOf([{ kind: 'intro', source: { collection: 'audio-clips', id: 'i' } }, { kind: 'gap' }, { kind: 'article', title: 'B', source: { collection: 'articles', id: 7 } }, null, { kind: 'announcement', title: 'T', source: { collection: 'announcements', id: '3' } }])).toEqual([
      { collection: 'articles', id: '7', title: 'B' },
      { collection: 'announcements', id: '3', title: 'T' },
    ])
    expect(sourceItemsOf(null)).toEqual([])
  })
})
