import { describe, expect, it } from 'vitest'
import { emergencyAiringAt, emergencyAirings, type ReleasedEmergency } from '../../../src/broadcast/emergencyAirings'

/** Tuesday 01/12/2026 14:00 station time (UTC+7). */
const NOW = new Date('2026-12-01T07:00:00Z')
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)
const hhmm = (d: Date) => new Date(d.getTime() + 7 * 3600_000).toISOString().slice(11, 19)

const notice = (id: string, extra: Partial<ReleasedEmergency> = {}): ReleasedEmergency => ({
  id,
  title: `Bão số ${id}`,
  url: `/media/audio/khan-${id}.mp3`,
  durationSeconds: 60,
  validFrom: at(-60),
  validTo: at(6 * 60),
  releasedAt: at(0),
  stoppedAt: null,
  ...extra,
})

const starts = (notices: ReleasedEmergency[], now = NOW, repeatHours = 2) =>
  emergencyAirings(notices, now, repeatHours).map((a) => `${a.id}@${hhmm(a.start)}-${hhmm(a.end)}`)

describe('emergencyAirings: released emergencies air at once, then every N hours until the end or a stop', () => {
  it.each<[string, ReleasedEmergency[], Date, number, string[]]>([
    ['released now, valid 6 h, repeat 2 h: 14:00, 16:00, 18:00 (20:00 is the end)', [notice('1')], NOW, 2, ['1@14:00:00-14:01:00', '1@16:00:00-16:01:00', '1@18:00:00-18:01:00']],
    ['repeat every 3 h', [notice('1')], NOW, 3, ['1@14:00:00-14:01:00', '1@17:00:00-17:01:00']],
    ['not released: nothing airs', [notice('1', { releasedAt: null })], NOW, 2, []],
    ['no recording: nothing airs', [notice('1', { url: null })], NOW, 2, []],
    ['recording without a known length: nothing airs', [notice('1', { durationSeconds: null })], NOW, 2, []],
    ['stopped at 15:00: only the first airing', [notice('1', { stoppedAt: at(60) })], NOW, 2, ['1@14:00:00-14:01:00']],
    ['stopped 30 s into the first airing: cut there', [notice('1', { stoppedAt: at(0.5) })], NOW, 2, ['1@14:00:00-14:00:30']],
    ['a stop older than the release belongs to an earlier release', [notice('1', { stoppedAt: at(-30) })], NOW, 2, ['1@14:00:00-14:01:00', '1@16:00:00-16:01:00', '1@18:00:00-18:01:00']],
    ['validity ends 14:30: one airing', [notice('1', { validTo: at(30) })], NOW, 2, ['1@14:00:00-14:01:00']],
    ['open-ended: repeats through the horizon', [notice('1', { validTo: null })], NOW, 12, ['1@14:00:00-14:01:00', '1@02:00:00-02:01:00', '1@14:00:00-14:01:00']],
    ['released before its validity starts: first airing at the first repeat inside it', [notice('1', { validFrom: at(90) })], NOW, 2, ['1@16:00:00-16:01:00', '1@18:00:00-18:01:00']],
    ['two released together: the second waits for the first (never mixed)', [notice('2'), notice('1')], NOW, 2, ['1@14:00:00-14:01:00', '2@14:01:00-14:02:00', '1@16:00:00-16:01:00', '2@16:01:00-16:02:00', '1@18:00:00-18:01:00', '2@18:01:00-18:02:00']],
  ])('%s', (_label, notices, now, repeatHours, expected) => {
    expect(starts(notices, now, repeatHours)).toEqual(expected)
  })

  it('an airing under way at `now` carries its offset (a restart resumes it there); past airings are left out', () => {
    const airings = emergencyAirings([notice('1')], at(120.25), 2)
    expect(airings[0]).toMatchObject({ id: '1', repeat: 1, offsetSeconds: 15 })
    expect(airings.map((a) => a.repeat)).toEqual([1, 2])
  })

  it('emergencyAiringAt: start inclusive, end exclusive', () => {
    const airings = emergencyAirings([notice('1')], NOW, 2)
    expect(emergencyAiringAt(airings, at(0))?.repeat).toBe(0)
    expect(emergencyAiringAt(airings, at(0.99))?.repeat).toBe(0)
    expect(emergencyAiringAt(airings, at(1))).toBeNull()
    expect(emergencyAiringAt(airings, at(120.5))?.repeat).toBe(1)
  })
})
