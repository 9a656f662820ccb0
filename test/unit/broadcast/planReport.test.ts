import { describe, expect, it } from 'vitest'
import { composeProgramme, EMERGENCY_REASON } from '../../../src/broadcast/composeProgramme'
import { gainCapWarnings, planReportLines, planWarnings, silenceWarning } from '../../../src/broadcast/planReport'
import type { ProgrammePlan, SlotInstance } from '../../../src/broadcast/types'
import { clip, SLOTS, station } from './fixtures/slots'

/** Tuesday 01/12/2026 17:00–17:30 local. */
function instance(durationSeconds = 1800): SlotInstance {
  const start = new Date('2026-12-01T10:00:00Z')
  return { slot: SLOTS.find((s) => s.slug === 'chieu')!, date: '2026-12-01', start, end: new Date(start.getTime() + durationSeconds * 1000), durationSeconds }
}

const planOf = (totalSeconds: number, loudness: (number | null)[] = []): ProgrammePlan => ({
  slotSlug: 'chieu',
  date: '2026-12-01',
  segments: loudness.map((lufs, i) => ({ kind: 'article', title: `Bài ${i}`, startSeconds: i * 10, durationSeconds: 10, clip: clip(`c${i}`, 10, lufs) })),
  totalSeconds,
  dropped: [],
  excluded: [],
})

describe('gainCapWarnings', () => {
  it.each([
    ['-45 LUFS: capped at +20 dB, airs at -25 LUFS', -45, ['"Tệp c0" quá nhỏ (−45,0 LUFS): chỉ được tăng tối đa +20 dB nên phát ở −25,0 LUFS, nhỏ hơn mức chuẩn −16,0 LUFS 9,0 dB. Nên ghi âm lại.']],
    ['-36 LUFS: exactly +20 dB, not capped', -36, []],
    ['-36.5 LUFS: capped by 0.5 dB', -36.5, ['"Tệp c0" quá nhỏ (−36,5 LUFS): chỉ được tăng tối đa +20 dB nên phát ở −16,5 LUFS, nhỏ hơn mức chuẩn −16,0 LUFS 0,5 dB. Nên ghi âm lại.']],
    ['-10 LUFS: loud clips are cut, never capped', -10, []],
    ['unknown loudness: no gain, no warning', null, []],
  ] as [string, number | null, string[]][])('%s', (_label, lufs, messages) => {
    expect(gainCapWarnings(planOf(10, [lufs]), station()).map((w) => w.message)).toEqual(messages)
  })

  it('reports a clip played twice once', () => {
    const plan = planOf(20, [-50])
    plan.segments.push({ ...plan.segments[0], startSeconds: 10 })
    expect(gainCapWarnings(plan, station())).toHaveLength(1)
  })
})

describe('silenceWarning', () => {
  it.each([
    // The case: a Tue–Fri 17:00 slot with 8 minutes of audio, 22 minutes of silence.
    ['8 min in 30 min: 73% silent', 480, 1800, 25, 'Chương trình dài 8 phút 00 giây, để trống 22 phút 00 giây (73%) của khung giờ 30 phút 00 giây (ngưỡng 25%).'],
    ['exactly at the threshold: fine', 1350, 1800, 25, null],
    ['just over the threshold', 1349, 1800, 25, 'Chương trình dài 22 phút 29 giây, để trống 7 phút 31 giây (25%) của khung giờ 30 phút 00 giây (ngưỡng 25%).'],
    ['full slot', 1800, 1800, 25, null],
    ['station threshold 80%', 480, 1800, 80, null],
  ] as [string, number, number, number, string | null][])('%s', (_label, total, slot, percent, message) => {
    expect(silenceWarning(planOf(total), slot, percent)?.message ?? null).toBe(message)
  })

  it('uses the station setting, 25% by default', () => {
    expect(planWarnings(planOf(480), 1800, station()).map((w) => w.kind)).toEqual(['silence'])
    expect(planWarnings(planOf(480), 1800, station({ maxSilentSharePercent: 90 }))).toEqual([])
  })
})

describe('planReportLines: every drop and exclusion, with its reason', () => {
  it('names what did not fit, what was left out and why (emergency, no recording, outside the window), and the warnings', () => {
    const plan = composeProgramme(
      instance(60),
      {
        announcements: [
          { id: 'k', title: 'Bão số 9', level: 'emergency', clip: clip('k', 20) },
          { id: 'n', title: 'Họp tổ dân phố', level: 'normal', clip: null },
          { id: 'long', title: 'Thông báo dài', level: 'normal', clip: clip('long', 100) },
        ],
        articles: [{ id: 'old', title: 'Tin cũ', publishedAt: new Date('2026-11-20T00:00:00Z'), readOut: clip('old', 10), include: true, broadcastTo: '2026-11-25' }],
      },
      station(),
    )
    const lines = planReportLines(plan, planWarnings(plan, 60, station()))
    expect(lines).toEqual([
      'bỏ "Thông báo dài": Không đủ thời lượng: cần 101,0 giây, còn 50,0 giây',
      `không đưa vào "Bão số 9": ${EMERGENCY_REASON}`,
      'không đưa vào "Họp tổ dân phố": Thông báo chưa có bản ghi âm',
      'không đưa vào "Tin cũ": Đã hết thời gian phát (đến 25/11/2026)',
      'cảnh báo: Chương trình dài 0 phút 10 giây, để trống 0 phút 50 giây (83%) của khung giờ 1 phút 00 giây (ngưỡng 25%).',
    ])
  })
})
