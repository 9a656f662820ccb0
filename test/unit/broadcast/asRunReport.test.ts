import { describe, expect, it } from 'vitest'
import { type AsRunRecord, asRunDayReport } from '../../../src/broadcast/asRunReport'
import type { Playlist, PlaylistEntry } from '../../../src/broadcast/types'

/** Station time +07:00 on 2026-11-05: "05:10" or "05:10:07". */
const at = (hhmmss: string) => new Date(`2026-11-05T${hhmmss.length === 5 ? `${hhmmss}:00` : hhmmss}+07:00`)

const entry = (slot: string, start: string, end: string, extra: Partial<PlaylistEntry> = {}): PlaylistEntry => ({
  slot,
  kind: 'local',
  title: `Chương trình ${slot}`,
  start: `2026-11-05T${start}:00+07:00`,
  end: `2026-11-05T${end}:00+07:00`,
  status: 'ready',
  url: `/media/${slot}.mp3`,
  durationSeconds: 1200,
  sha256: 'x',
  ...extra,
})
const playlist = (entries: PlaylistEntry[]): Playlist => ({ station: 'Đài xã', timeZone: 'Asia/Ho_Chi_Minh', date: '2026-11-05', generatedAt: '2026-11-05T00:00:00Z', entries })

const row = (slot: string | null, start: string, end: string | null, extra: Partial<AsRunRecord> = {}): AsRunRecord => ({
  slot,
  title: slot ? `Chương trình ${slot}` : 'Nhạc nền',
  kind: 'local',
  actualStart: at(start),
  actualEnd: end ? at(end) : null,
  ...extra,
})

const SANG = entry('sang', '05:10', '05:30') // a 20-minute programme filling its slot
const RELAY = entry('tiep-song', '05:30', '06:00', { kind: 'relay', status: 'relay', url: 'https://tinh.example/live.mp3', durationSeconds: null })
const CHIEU = entry('chieu', '17:00', '17:30', { durationSeconds: 900 })

const flagsOf = (report: ReturnType<typeof asRunDayReport>, slot: string) => report.slots.find((s) => s.slot === slot)?.flags.map((f) => f.text)
const stateOf = (report: ReturnType<typeof asRunDayReport>, slot: string) => report.slots.find((s) => s.slot === slot)?.state

describe('asRunDayReport: each planned slot against the log', () => {
  it.each([
    {
      name: 'aired on time and whole: no flag',
      rows: [row('sang', '05:10:01', '05:30:00', { endReason: 'completed' })],
      state: 'aired',
      flags: [],
    },
    {
      name: 'started 12 s late: flagged with the seconds, and the end the slot cut off',
      rows: [row('sang', '05:10:12', '05:30:00', { endReason: 'slot-end' })],
      state: 'aired',
      flags: ['Phát trễ 12 giây', 'Phát thiếu: 1188 / 1200 giây (hết khung giờ)'],
    },
    {
      name: 'late and short by the threshold exactly: not flagged',
      rows: [row('sang', '05:10:05', '05:30:00')],
      state: 'aired',
      flags: [],
    },
    {
      name: 'started 8 s early',
      rows: [row('sang', '05:09:52', '05:29:52')],
      state: 'aired',
      flags: ['Phát sớm 8 giây'],
    },
    {
      name: 'cut short by a stop',
      rows: [row('sang', '05:10:00', '05:15:00', { endReason: 'stopped' })],
      state: 'aired',
      flags: ['Phát thiếu: 300 / 1200 giây (bị dừng)'],
    },
    {
      name: 'the playout died mid-programme',
      rows: [row('sang', '05:10:00', '05:20:00', { endReason: 'playout-stopped' })],
      state: 'aired',
      flags: ['Phát thiếu: 600 / 1200 giây (phần phát sóng dừng)'],
    },
    {
      name: 'nothing in the log once the slot has passed',
      rows: [],
      state: 'not-aired',
      flags: ['Không phát'],
    },
    {
      name: 'the missing programme replaced by the fallback',
      rows: [row('sang', '05:10:00', '05:30:00', { kind: 'filler', fallbackReason: 'Chương trình chưa được dựng' })],
      state: 'aired',
      flags: ['Phát thay thế: Chương trình chưa được dựng'],
    },
    {
      name: 'a row of another slot in this window does not count',
      rows: [row('chieu', '05:10:00', '05:30:00')],
      state: 'not-aired',
      flags: ['Không phát'],
    },
  ])('$name', ({ rows, state, flags }) => {
    const report = asRunDayReport(playlist([SANG]), rows as AsRunRecord[], at('12:00'))
    expect(stateOf(report, 'sang')).toBe(state)
    expect(flagsOf(report, 'sang')).toEqual(flags)
  })

  it('a slot under way is on air, not short; a later slot is upcoming with no flag', () => {
    const report = asRunDayReport(playlist([SANG, CHIEU]), [row('sang', '05:10:00', null)], at('05:15'))
    expect(report.slots.map((s) => [s.slot, s.state, s.airedSeconds, s.flags.length])).toEqual([
      ['sang', 'on-air', 300, 0],
      ['chieu', 'upcoming', 0, 0],
    ])
  })

  it('a row the next playout run closed after a kill (no end time, "playout-stopped") is not on air; its slot is short', () => {
    const rows = [row('sang', '05:10:00', null, { endReason: 'playout-stopped', durationSeconds: null })]
    const report = asRunDayReport(playlist([SANG]), rows, at('05:25'))
    expect(report.slots[0].state).toBe('aired')
    expect(report.slots[0].flags.map((f) => f.text)).toEqual(['Phát thiếu: 0 / 1200 giây (phần phát sóng dừng)'])
  })

  it('an emergency cut-in marks the slot it interrupted and is listed as unplanned', () => {
    const rows = [
      row('sang', '05:10:00', '05:14:00', { endReason: 'interrupted', interruptedBy: 'Bão số 9' }),
      row('ann-7', '05:14:00', '05:15:00', { kind: 'emergency', title: 'Bão số 9' }),
      row('sang', '05:15:00', '05:30:00', { endReason: 'slot-end' }),
    ]
    const report = asRunDayReport(playlist([SANG, CHIEU]), rows, at('12:00'))
    expect(flagsOf(report, 'sang')).toEqual(['Bị ngắt bởi tin khẩn cấp: Bão số 9'])
    expect(report.slots[0].rows).toHaveLength(2)
    expect(report.unplanned.map((r) => r.title)).toEqual(['Bão số 9'])
    expect(report.gaps).toEqual([])
  })

  it('an emergency row alone (no interruptedBy on the slot row) still marks the slot it cut', () => {
    const rows = [row('sang', '05:10:00', '05:14:00'), row(null, '05:14:00', '05:15:00', { kind: 'emergency', title: 'Lũ quét' }), row('sang', '05:15:00', '05:30:00')]
    expect(flagsOf(asRunDayReport(playlist([SANG]), rows, at('12:00')), 'sang')).toEqual(['Bị ngắt bởi tin khẩn cấp: Lũ quét'])
  })

  it('a relay whose stream died: the reason is flagged, the dead air before the fallback is a gap (not "short")', () => {
    const rows = [
      row('tiep-song', '05:30:00', '05:40:00', { kind: 'relay' }),
      row('tiep-song', '05:40:15', '05:45:00', { kind: 'filler', fallbackReason: 'Mất tín hiệu tiếp sóng quá 15 giây' }),
      row('tiep-song', '05:45:00', '06:00:00', { kind: 'relay' }),
    ]
    const report = asRunDayReport(playlist([RELAY]), rows, at('12:00'))
    expect(flagsOf(report, 'tiep-song')).toEqual(['Phát thay thế: Mất tín hiệu tiếp sóng quá 15 giây'])
    // 15 s of dead air before the fallback took over is a gap.
    expect(report.gaps.map((g) => [g.slot, g.start.toISOString(), g.seconds])).toEqual([['tiep-song', at('05:40:00').toISOString(), 15]])
  })

  it('gaps: dead air where the plan had a programme; none in the silence a short programme leaves; logged silence is dead air', () => {
    const rows = [
      row('sang', '05:10:00', '05:20:00'),
      row('sang', '05:20:00', '05:21:00', { kind: 'silence' }),
      row('sang', '05:21:00', '05:30:00'),
      row('chieu', '17:00:00', '17:15:00'), // a 15-minute programme in a 30-minute slot: silence after it is planned
    ]
    const report = asRunDayReport(playlist([SANG, CHIEU]), rows, at('20:00'))
    expect(report.gaps.map((g) => [g.slot, g.seconds])).toEqual([['sang', 60]])
    expect(flagsOf(report, 'chieu')).toEqual([])
  })

  it('gaps stop at now, and a gap shorter than the minimum is not listed', () => {
    const report = asRunDayReport(playlist([SANG]), [row('sang', '05:10:03', null)], at('05:12'))
    expect(report.gaps).toEqual([])
    const late = asRunDayReport(playlist([SANG]), [], at('05:11'))
    expect(late.gaps.map((g) => g.seconds)).toEqual([60])
    expect(late.slots[0].state).toBe('not-aired')
  })

  it('filler between slots and rows of unknown slots are unplanned; emergency playlist entries are not planned slots', () => {
    const rows = [row(null, '05:00:00', '05:10:00', { kind: 'filler' }), row('khong-co', '08:00:00', '08:10:00')]
    const emergencyEntry = entry('ann-3', '09:00', '09:01', { kind: 'emergency', interrupt: true })
    const report = asRunDayReport(playlist([SANG, emergencyEntry]), [...rows, row('sang', '05:10:00', '05:30:00')], at('12:00'))
    expect(report.slots.map((s) => s.slot)).toEqual(['sang'])
    expect(report.unplanned.map((r) => r.slot)).toEqual([null, 'khong-co'])
  })

  it('matches by planned start first, so a row reported with its slot and planned start belongs even when very late', () => {
    const rows = [row('sang', '05:31:30', '05:40:00', { plannedStart: at('05:10:00') })]
    const report = asRunDayReport(playlist([SANG]), rows, at('12:00'))
    expect(report.slots[0].rows).toHaveLength(1)
    expect(flagsOf(report, 'sang')?.[0]).toBe('Phát trễ 1290 giây')
  })

  it('the same slot twice a day: each airing gets its own rows', () => {
    const twice = [entry('tin', '06:00', '06:10', { durationSeconds: 600 }), entry('tin', '18:00', '18:10', { durationSeconds: 600 })]
    const report = asRunDayReport(playlist(twice), [row('tin', '06:00:00', '06:10:00'), row('tin', '18:00:09', '18:10:00')], at('20:00'))
    expect(report.slots.map((s) => [s.state, s.startOffsetSeconds])).toEqual([
      ['aired', 0],
      ['aired', 9],
    ])
  })
})
