import { describe, expect, it } from 'vitest'
import { airingState, nowAndNext } from '../../../src/broadcast/onAir'
import { planDay } from '../../../src/broadcast/planDay'
import { SLOTS, TIME_ZONE } from './fixtures/slots'

const TUESDAY = '2026-12-01'
const WEDNESDAY = '2026-12-02'
const instances = [...planDay(SLOTS, TUESDAY, TIME_ZONE), ...planDay(SLOTS, WEDNESDAY, TIME_ZONE)]
const local = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`)
const label = (i: (typeof instances)[number] | null) => (i ? `${i.date} ${i.slot.start} ${i.slot.slug}` : null)

describe('airingState by the clock', () => {
  const airing = { start: local(TUESDAY, '05:00'), end: local(TUESDAY, '05:30') }
  it.each([
    ['04:59', 'coming'],
    ['05:00', 'live'],
    ['05:29', 'live'],
    ['05:30', 'done'],
  ])('at %s it is %s', (time, state) => {
    expect(airingState(airing, local(TUESDAY, time))).toBe(state)
  })
})

describe('nowAndNext over today and tomorrow (Tuesday 1 and Wednesday 2 December)', () => {
  it.each([
    ['before the first slot', '04:00', null, `${TUESDAY} 05:10 phat-lai-sang`],
    ['in the first slot', '05:12', `${TUESDAY} 05:10 phat-lai-sang`, `${TUESDAY} 05:30 sang`],
    ['at the join of two slots: the second is on air', '05:30', `${TUESDAY} 05:30 sang`, `${TUESDAY} 11:00 an-toan-giao-thong`],
    ['between slots', '08:00', null, `${TUESDAY} 11:00 an-toan-giao-thong`],
    ['in the last slot of the day: next is tomorrow morning', '19:10', `${TUESDAY} 19:00 tiep-song`, `${WEDNESDAY} 05:10 phat-lai-sang`],
    ['after the last slot of the day', '21:00', null, `${WEDNESDAY} 05:10 phat-lai-sang`],
  ])('%s (%s)', (_name, time, live, next) => {
    const now = local(TUESDAY, time)
    const result = nowAndNext(instances, (i) => airingState(i, now))
    expect(label(result.now)).toBe(live)
    expect(label(result.next)).toBe(next)
  })

  it('takes its states from the function given (the as-run log later): a slot the log says ended early is not "now"', () => {
    const now = local(TUESDAY, '05:12')
    const result = nowAndNext(instances, (i) => (i.slot.slug === 'phat-lai-sang' && i.date === TUESDAY ? 'done' : airingState(i, now)))
    expect(result.now).toBeNull()
    expect(label(result.next)).toBe(`${TUESDAY} 05:30 sang`)
  })

  it('nothing left after tomorrow evening: both empty', () => {
    const late = local(WEDNESDAY, '23:00')
    expect(nowAndNext(instances, (i) => airingState(i, late))).toEqual({ now: null, next: null })
  })
})
