import { describe, expect, it } from 'vitest'
import { composeMusicProgramme } from '../../../src/broadcast/composeMusic'
import { composeProgramme } from '../../../src/broadcast/composeProgramme'
import { FILL_MARGIN_SECONDS, fillSilence } from '../../../src/broadcast/fillSilence'
import { FILLER_MISSING, planReportLines, planWarnings } from '../../../src/broadcast/planReport'
import type { ClipRef, ProgrammePlan, SlotInstance, StationSettings } from '../../../src/broadcast/types'
import { clip, SLOTS, station } from './fixtures/slots'

/** Tuesday 01/12/2026 17:00–17:30 local: the afternoon slot, 1,800 s. */
function instance(slug = 'chieu', durationSeconds = 1800): SlotInstance {
  const start = new Date('2026-12-01T10:00:00Z')
  return { slot: SLOTS.find((s) => s.slug === slug)!, date: '2026-12-01', start, end: new Date(start.getTime() + durationSeconds * 1000), durationSeconds }
}

const FILLER = clip('nen', 95, -30)

/**
 * A local programme whose content (intro 5 s, gap 1 s, one article, gap 1 s, outro 4 s) lasts
 * `contentSeconds` in all.
 */
function localPlan(contentSeconds: number): ProgrammePlan {
  const article = { id: 'a1', title: 'Bài 1', publishedAt: new Date('2026-12-01T00:00:00Z'), include: true, readOut: clip('a1', contentSeconds - 11) }
  const plan = composeProgramme(instance(), { announcements: [], articles: [article] }, station())
  expect(plan.totalSeconds).toBe(contentSeconds)
  return plan
}

const filling = (overrides: Partial<StationSettings> = {}) => station({ fillSilence: true, filler: FILLER, ...overrides })

/** [kind, start, duration(, fade)] for compact expectations. */
const layout = (plan: ProgrammePlan) =>
  plan.segments.map((s) => (s.fadeOutSeconds ? [s.kind, s.startSeconds, s.durationSeconds, s.fadeOutSeconds] : [s.kind, s.startSeconds, s.durationSeconds]))

const fillerAt = (start: number, duration = 95) => ['filler', start, duration]

describe('fillSilence', () => {
  it('slot 1,800 s, content 480 s, filler 95 s: 13 whole repetitions and one of 83 s fading out, before the outro, ending 1 s before the slot', () => {
    const plan = fillSilence(localPlan(480), 1800, filling())
    expect(layout(plan)).toEqual([
      ['intro', 0, 5],
      ['gap', 5, 1],
      ['article', 6, 469],
      ['gap', 475, 1],
      ...Array.from({ length: 13 }, (_, i) => fillerAt(476 + i * 95)),
      ['filler', 1711, 83, 3],
      ['gap', 1794, 1],
      ['outro', 1795, 4],
    ])
    expect(plan.totalSeconds).toBe(1800 - FILL_MARGIN_SECONDS)
    expect(plan.filledSeconds).toBe(1318)
    // Each repetition is the filler clip, and says where it comes from (listen again, public clips).
    const filler = plan.segments.filter((s) => s.kind === 'filler')
    expect(new Set(filler.map((s) => s.clip))).toEqual(new Set([FILLER]))
    expect(filler.every((s) => s.title === 'Tệp nen' && s.source?.collection === 'audio-clips' && s.source.id === 'nen')).toBe(true)
  })

  it.each([
    // content, what is filled (after the 1 s gap it adds), the filler layout
    ['filler longer than the silence: one repetition, cut short and faded', 1750, 48, [['filler', 1746, 48, 3]]],
    ['a remainder under 2 s is left silent rather than played as a blip', 1702, 95, [fillerAt(1698)]],
    ['a short last piece fades over half its length', 1700, 98, [fillerAt(1696), ['filler', 1791, 3, 1.5]]],
  ] as [string, number, number, unknown[]][])('%s', (_label, content, filled, fillers) => {
    const plan = fillSilence(localPlan(content), 1800, filling())
    expect(plan.filledSeconds).toBe(filled)
    expect(layout(plan).filter(([kind]) => kind === 'filler')).toEqual(fillers)
    expect(plan.segments.at(-1)?.kind).toBe('outro')
    expect(plan.totalSeconds).toBeLessThanOrEqual(1800 - FILL_MARGIN_SECONDS)
    expect(plan.totalSeconds).toBeGreaterThan(1800 - FILL_MARGIN_SECONDS - 2)
  })

  it.each([
    ['no silence to fill (content ends 3 s before the slot)', localPlan(1797), filling()],
    ['filling off', localPlan(480), station({ fillSilence: false, filler: FILLER })],
    ['filling on but no filler chosen', localPlan(480), filling({ filler: null })],
    ['filler without a usable recording', localPlan(480), filling({ filler: { ...FILLER, durationSeconds: 0 } as ClipRef })],
    ['nothing to air at all: filler alone is no programme', { ...localPlan(480), segments: [], totalSeconds: 0 }, filling()],
  ] as [string, ProgrammePlan, StationSettings][])('leaves the plan as it is: %s', (_label, plan, settings) => {
    expect(fillSilence(plan, 1800, settings)).toBe(plan)
  })

  it('fills a music slot (no outro) up to the end', () => {
    const music = composeMusicProgramme(instance('nhac-toi', 1800), [clip('m1', 600), clip('m2', 600)], station())
    const plan = fillSilence(music, 1800, filling())
    expect(layout(plan)).toEqual([
      ['music', 0, 600],
      ['gap', 600, 1],
      ['music', 601, 600],
      ['gap', 1201, 1],
      ...Array.from({ length: 6 }, (_, i) => fillerAt(1202 + i * 95)),
      ['filler', 1772, 27, 3],
    ])
    expect(plan.totalSeconds).toBe(1799)
  })

  it('puts the filler before an outro-only programme, with a gap before the outro', () => {
    const plan = fillSilence(composeProgramme(instance('chieu', 120), { announcements: [], articles: [] }, station({ intro: null })), 120, filling())
    expect(layout(plan)).toEqual([fillerAt(0), ['filler', 95, 19, 3], ['gap', 114, 1], ['outro', 115, 4]])
  })
})

describe('the plan report of a filled programme', () => {
  it('says how much filler was added instead of warning about silence', () => {
    const plan = fillSilence(localPlan(480), 1800, filling())
    const warnings = planWarnings(plan, 1800, filling())
    expect(warnings).toEqual([{ kind: 'filler', message: 'Đã thêm 1318,0 giây (21 phút 58 giây) nhạc nền "Tệp nen" để lấp khoảng trống cuối chương trình.' }])
    expect(planReportLines(plan, warnings)).toEqual(['ghi chú: Đã thêm 1318,0 giây (21 phút 58 giây) nhạc nền "Tệp nen" để lấp khoảng trống cuối chương trình.'])
  })

  it('keeps the silence warning, saying the filler is missing, when filling is on without a usable filler', () => {
    for (const settings of [filling({ filler: null }), filling({ filler: { ...FILLER, durationSeconds: 0 } as ClipRef })]) {
      const plan = fillSilence(localPlan(480), 1800, settings)
      expect(planWarnings(plan, 1800, settings).map((w) => w.message)).toEqual([
        `Chương trình dài 8 phút 00 giây, để trống 22 phút 00 giây (73%) của khung giờ 30 phút 00 giây (ngưỡng 25%). ${FILLER_MISSING}`,
      ])
    }
  })

  it('warns as before when filling is off', () => {
    const settings = station({ fillSilence: false, filler: FILLER })
    expect(planWarnings(fillSilence(localPlan(480), 1800, settings), 1800, settings).map((w) => w.message)).toEqual([
      'Chương trình dài 8 phút 00 giây, để trống 22 phút 00 giây (73%) của khung giờ 30 phút 00 giây (ngưỡng 25%).',
    ])
  })
})
