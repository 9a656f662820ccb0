import { describe, expect, it } from 'vitest'
import { airedAirings, publishedBy } from '../../../src/broadcast/airedAirings'
import { addDays } from '../../../src/broadcast/localDate'
import { planDay } from '../../../src/broadcast/planDay'
import type { ArticleCandidate, BroadcastSlot, SlotInstance } from '../../../src/broadcast/types'
import { SLOTS, TIME_ZONE } from './fixtures/slots'

/** The assembled airings (relays play a stream) of `days` dates from `from`, as the seed asks for them. */
function airings(slots: BroadcastSlot[], from: string, days: number): SlotInstance[] {
  const all: SlotInstance[] = []
  for (let offset = 0; offset < days; offset++) all.push(...planDay(slots, addDays(from, offset), TIME_ZONE))
  return all.filter((instance) => instance.slot.kind !== 'relay')
}

const label = (instance: SlotInstance) => `${instance.date} ${instance.slot.start} ${instance.slot.slug}`

describe('airedAirings', () => {
  it.each([
    {
      name: 'Thursday 09:00, two days back: what ended, in air order; a rebroadcast only after its own source',
      now: '2026-12-03T09:00:00+07:00',
      expected: [
        // Tuesday 05:10 replays Monday afternoon, which is not among them: left out.
        '2026-12-01 05:30 sang',
        '2026-12-01 11:00 an-toan-giao-thong',
        '2026-12-01 17:00 chieu',
        '2026-12-02 05:10 phat-lai-sang',
        '2026-12-02 05:30 sang',
        '2026-12-02 11:00 an-toan-giao-thong',
        // Wednesday afternoon is off (datesOff), so Thursday 05:10 has nothing to replay: left out.
        '2026-12-03 05:30 sang',
      ],
    },
    {
      name: 'Thursday 06:00 sharp: the 05:30–06:00 programme has just ended and counts',
      now: '2026-12-03T06:00:00+07:00',
      expected: ['2026-12-01 05:30 sang', '2026-12-01 11:00 an-toan-giao-thong', '2026-12-01 17:00 chieu', '2026-12-02 05:10 phat-lai-sang', '2026-12-02 05:30 sang', '2026-12-02 11:00 an-toan-giao-thong', '2026-12-03 05:30 sang'],
    },
    {
      name: 'Thursday 05:59: the programme still on air is not yet aired',
      now: '2026-12-03T05:59:00+07:00',
      expected: ['2026-12-01 05:30 sang', '2026-12-01 11:00 an-toan-giao-thong', '2026-12-01 17:00 chieu', '2026-12-02 05:10 phat-lai-sang', '2026-12-02 05:30 sang', '2026-12-02 11:00 an-toan-giao-thong'],
    },
    {
      name: 'Tuesday 00:30, before anything of the window aired',
      now: '2026-12-01T00:30:00+07:00',
      expected: [],
    },
  ])('$name', ({ now, expected }) => {
    expect(airedAirings(airings(SLOTS, '2026-12-01', 3), new Date(now)).map(label)).toEqual(expected)
  })

  it('keeps a same-day rebroadcast only when its source aired earlier that day', () => {
    const slots: BroadcastSlot[] = [
      { slug: 'sang', name: 'Sáng', kind: 'local', days: [2], start: '06:00', end: '06:30' },
      { slug: 'phat-lai-trua', name: 'Phát lại trưa', kind: 'rebroadcast', days: [2], start: '11:00', end: '11:30', rebroadcast: { sourceSlug: 'sang', dayOffset: 0 } },
      { slug: 'phat-lai-som', name: 'Phát lại sớm (nguồn phát sau)', kind: 'rebroadcast', days: [2], start: '04:00', end: '04:30', rebroadcast: { sourceSlug: 'sang', dayOffset: 0 } },
      { slug: 'khong-nguon', name: 'Phát lại chưa chọn nguồn', kind: 'rebroadcast', days: [2], start: '12:00', end: '12:30' },
    ]
    expect(airedAirings(airings(slots, '2026-12-01', 1), new Date('2026-12-01T20:00:00+07:00')).map(label)).toEqual(['2026-12-01 06:00 sang', '2026-12-01 11:00 phat-lai-trua'])
  })
})

describe('publishedBy', () => {
  const article = (id: string, publishedAt: string): ArticleCandidate => ({ id, title: id, publishedAt: new Date(publishedAt), readOut: null, include: true, broadcastFrom: null, broadcastTo: null })
  it('keeps the articles published by the airing, and every announcement', () => {
    const candidates = { announcements: [], articles: [article('truoc', '2026-12-01T08:00:00+07:00'), article('dung-luc', '2026-12-01T17:00:00+07:00'), article('sau', '2026-12-01T17:01:00+07:00')] }
    expect(publishedBy(candidates, new Date('2026-12-01T17:00:00+07:00')).articles.map((a) => a.id)).toEqual(['truoc', 'dung-luc'])
  })
})
