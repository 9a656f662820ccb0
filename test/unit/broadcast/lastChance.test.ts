import { describe, expect, it } from 'vitest'
import { announcementsThatCannotAir } from '../../../src/broadcast/lastChance'
import { addDays } from '../../../src/broadcast/localDate'
import { planDay } from '../../../src/broadcast/planDay'
import type { AnnouncementCandidate } from '../../../src/broadcast/types'
import { clip, SLOTS, TIME_ZONE } from './fixtures/slots'

/** Tuesday 01/12/2026 12:00 local; known: Tuesday and Wednesday (the worker plans two days). */
const NOW = new Date('2026-12-01T05:00:00Z')
const KNOWN_UNTIL = new Date('2026-12-02T17:00:00Z')
const UPCOMING = ['2026-12-01', addDays('2026-12-01', 1)].flatMap((date) => planDay(SLOTS, date, TIME_ZONE))
const at = (iso: string) => new Date(iso)

const ann = (validTo: string | null, extra: Partial<AnnouncementCandidate> = {}): AnnouncementCandidate => ({
  id: 'a',
  title: 'Thông báo họp',
  level: 'normal',
  clip: clip('a', 20),
  validFrom: null,
  validTo: validTo ? at(validTo) : null,
  ...extra,
})

const judged = (a: AnnouncementCandidate) => announcementsThatCannotAir([a], UPCOMING, NOW, KNOWN_UNTIL, TIME_ZONE).map((item) => item.reason)

describe('announcementsThatCannotAir', () => {
  it.each([
    // Tuesday's local slots after noon: chieu 17:00. Wednesday: sang 05:30, an-toan-giao-thong 11:00 (chieu is off).
    ['ends 16:59 Tuesday: no local slot starts before', '2026-12-01T09:59:00Z', 1],
    ['ends 17:00 Tuesday: the afternoon slot starts exactly then', '2026-12-01T10:00:00Z', 0],
    ['ends Wednesday 05:00: nothing airs overnight', '2026-12-01T22:00:00Z', 0],
    ['ended already: excluded, not this report', '2026-12-01T04:00:00Z', 0],
    ['open-ended', null, 0],
    ['ends after what is known: cannot judge', '2026-12-03T05:00:00Z', 0],
  ] as [string, string | null, number][])('%s', (_label, validTo, count) => {
    expect(judged(ann(validTo))).toHaveLength(count)
  })

  it('counts only slots inside the validity: valid from 17:01 to 17:10 Tuesday misses 17:00', () => {
    const reasons = judged(ann('2026-12-01T10:10:00Z', { validFrom: at('2026-12-01T10:01:00Z') }))
    expect(reasons).toEqual(['Hết hiệu lực lúc Thứ Ba, 01/12/2026 17:10 mà không còn khung giờ phát nào trước đó: thông báo sẽ không được phát'])
  })

  it('leaves emergencies (the playlist carries them) and announcements without a recording (already excluded)', () => {
    expect(judged(ann('2026-12-01T09:59:00Z', { level: 'emergency' }))).toEqual([])
    expect(judged(ann('2026-12-01T09:59:00Z', { clip: null }))).toEqual([])
  })
})
