import { describe, expect, it } from 'vitest'
import { asRunFromReport, decodeReportPlan, encodeReportPlan, type AirReportPlan } from '../../../src/broadcast/asRun'

const now = new Date('2026-12-01T00:00:30Z')
const at = (iso: string) => new Date(iso).getTime() / 1000
// Station dates as the endpoint gives them (UTC+7): 00:00Z is 07:00 the same day, 18:00Z the next day.
const stationDate = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(0, 10)
const context = { now, stationDate, mediaDir: '/srv/loa/media' }

const local: AirReportPlan = { slot: 'thoi-su-sang', title: 'Thời sự sáng, "số đặc biệt"', kind: 'local', plannedStart: '2026-12-01T07:00:00+07:00', plannedEnd: '2026-12-01T07:00:20+07:00', source: 'programmes/2026-12-01/thoi-su.mp3' }
const relay: AirReportPlan = { slot: 'tinh', title: 'Tiếp âm Đài tỉnh', kind: 'relay', plannedStart: '2026-12-01T06:59:00+07:00', plannedEnd: '2026-12-01T07:10:00+07:00', source: 'https://radio.tinh.vn/live.mp3' }
const emergency: AirReportPlan = { title: 'Bão số 9', kind: 'emergency', source: 'audio/bao.mp3' }
const report = (over: Record<string, unknown>) => ({ v: 1, event: 'start', key: 'abcd1234ef-7', layer: 'programme', plan: encodeReportPlan(local), startedAt: at('2026-12-01T00:00:00.2Z'), endedAt: null, cause: '', by: '', deadAir: '', deadAirSeconds: 15, file: '', ...over })

describe('as-run: a report from the engine becomes a row', () => {
  it('round-trips the plan, quotes and Vietnamese included, as base64url', () => {
    const encoded = encodeReportPlan(local)
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeReportPlan(encoded)).toEqual({ ...local, plannedStart: '2026-12-01T00:00:00.000Z', plannedEnd: '2026-12-01T00:00:20.000Z' })
  })

  it.each([
    ['a programme starts', {}, { kind: 'local', title: local.title, slot: 'thoi-su-sang', date: '2026-12-01', actualStart: '2026-12-01T00:00:00.200Z', actualEnd: null, endReason: null, plannedStart: '2026-12-01T00:00:00.000Z', source: 'programmes/2026-12-01/thoi-su.mp3' }],
    ['cut at the slot end (the engine cue-out, ends by itself at the planned end)', { event: 'end', endedAt: at('2026-12-01T00:00:20.1Z') }, { endReason: 'slot-end', durationSeconds: 19.9 }],
    ['played to its end before the slot ended', { event: 'end', endedAt: at('2026-12-01T00:00:12Z') }, { endReason: 'completed', durationSeconds: 11.8 }],
    ['replaced by the next slot (Loa command)', { event: 'end', endedAt: at('2026-12-01T00:00:19Z'), cause: 'slot' }, { endReason: 'slot-end' }],
    ['interrupted by an emergency', { event: 'end', endedAt: at('2026-12-01T00:00:05Z'), cause: 'interrupted', by: encodeReportPlan(emergency) }, { endReason: 'interrupted', interruptedBy: 'Bão số 9' }],
    ['the playout stopped', { event: 'end', endedAt: at('2026-12-01T00:00:05Z'), cause: 'shutdown' }, { endReason: 'playout-stopped' }],
    ['an emergency stopped by a person', { layer: 'emergency', plan: encodeReportPlan(emergency), event: 'end', endedAt: at('2026-12-01T00:00:03Z'), cause: 'stop' }, { kind: 'emergency', title: 'Bão số 9', slot: null, plannedStart: null, endReason: 'stopped' }],
    ['an emergency played whole, the schedule resuming as it ends', { layer: 'emergency', plan: encodeReportPlan(emergency), event: 'end', endedAt: at('2026-12-01T00:00:04Z'), cause: 'slot' }, { endReason: 'completed' }],
    ['a relay that drops', { layer: 'relay', plan: encodeReportPlan(relay), event: 'end', endedAt: at('2026-12-01T00:00:05Z') }, { kind: 'relay', source: 'https://radio.tinh.vn/live.mp3', endReason: 'stopped' }],
    [
      'the dead-air fallback, with its reason',
      { layer: 'deadair', plan: encodeReportPlan(relay), deadAir: 'lost', file: '/srv/loa/media/audio/filler.mp3' },
      { kind: 'filler', slot: 'tinh', title: 'Nguồn dự phòng thay "Tiếp âm Đài tỉnh"', source: 'audio/filler.mp3', fallbackReason: 'Mất sóng tiếp âm (mất tín hiệu): phát nguồn dự phòng' },
    ],
    ['a silent relay', { layer: 'deadair', plan: encodeReportPlan(relay), deadAir: 'silent', deadAirSeconds: 15 }, { fallbackReason: 'Mất sóng tiếp âm (im lặng quá 15 giây): phát nguồn dự phòng' }],
    ['the filler between slots', { layer: 'filler', plan: '', file: '/srv/loa/media/audio/nen.mp3' }, { kind: 'filler', slot: null, title: 'Nhạc nền giữa các khung giờ', source: 'audio/nen.mp3', plannedStart: null }],
    ['a slot whose file is missing airs silence', { layer: 'silence', plan: encodeReportPlan({ ...local, fallback: 'Không có tệp để phát' }) }, { kind: 'silence', fallbackReason: 'Không có tệp để phát' }],
    ['a rebroadcast standing in for a missing day', { plan: encodeReportPlan({ ...local, kind: 'rebroadcast', fallback: 'Không có chương trình ngày 30/11; phát lại bản ngày 29/11' }) }, { kind: 'rebroadcast', fallbackReason: 'Không có chương trình ngày 30/11; phát lại bản ngày 29/11' }],
    ['the station date of a late-evening start is the station’s, not UTC’s', { startedAt: at('2026-11-30T18:30:00Z') }, { date: '2026-12-01' }],
  ])('%s', (_, over, expected) => {
    const result = asRunFromReport(report(over), context)
    expect(result.ok && result.fields).toMatchObject({ reportKey: 'abcd1234ef-7', ...expected })
  })

  it('does not record the gap between slots', () => {
    expect(asRunFromReport(report({ layer: 'silence', plan: '' }), context)).toEqual({ ok: true, event: 'start', run: 'abcd1234ef', fields: null })
  })

  it.each([
    ['not an object', 'x', 'không phải một đối tượng JSON'],
    ['an array', [1], 'không phải một đối tượng JSON'],
    ['another version', { v: 2 }, 'phiên bản'],
    ['an unknown event', { event: 'delete' }, 'event'],
    ['a key with SQL in it', { key: "x' OR 1=1 --" }, 'key'],
    ['an unknown layer', { layer: 'admin' }, 'layer'],
    ['a programme without a plan', { plan: '' }, 'thiếu thông tin lịch phát'],
    ['a plan that is not base64url', { plan: 'a b' }, 'plan'],
    ['a huge plan', { plan: 'A'.repeat(5000) }, 'plan'],
    ['a plan that is not JSON', { plan: Buffer.from('{oops').toString('base64url') }, 'plan'],
    ['an unknown kind', { plan: encodeReportPlan({ ...local, kind: 'ads' as never }) }, 'loại mục phát'],
    ['a relay kind from the programme layer', { plan: encodeReportPlan(relay) }, 'không phát từ tệp'],
    ['a huge title', { plan: encodeReportPlan({ ...local, title: 'x'.repeat(301) }) }, 'tên'],
    ['a title with control characters', { plan: encodeReportPlan({ ...local, title: 'a\u0000b' }) }, 'tên'],
    ['a planned start that is not a date', { plan: encodeReportPlan({ ...local, plannedStart: 'hôm qua' }) }, 'plannedStart'],
    ['a start as a string', { startedAt: '2026-12-01T00:00:00Z' }, 'startedAt'],
    ['a start in the far future', { startedAt: at('2027-01-01T00:00:00Z') }, 'startedAt'],
    ['a start a month ago', { startedAt: at('2026-11-01T00:00:00Z') }, 'startedAt'],
    ['an end before the start', { event: 'end', endedAt: at('2026-11-30T23:59:00Z') }, 'endedAt'],
    ['an end that is not a number', { event: 'end', endedAt: 'NaN' }, 'endedAt'],
    ['an unknown cause', { event: 'end', endedAt: at('2026-12-01T00:00:05Z'), cause: 'drop table' }, 'cause'],
    ['an unknown dead-air reason', { deadAir: 'boom' }, 'deadAir'],
    ['a huge file path', { layer: 'filler', plan: '', file: 'x'.repeat(1001) }, 'file'],
  ])('refuses %s, saying why in Vietnamese', (_, over, why) => {
    const result = asRunFromReport(typeof over === 'object' && !Array.isArray(over) ? report(over) : over, context)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(/^Báo cáo phát sóng không hợp lệ: /)
      expect(result.error).toContain(why)
    }
  })
})
