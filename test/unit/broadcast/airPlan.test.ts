import { describe, expect, it } from 'vitest'
import { airingAt, airPlan, nextChange } from '../../../src/broadcast/airPlan'
import type { Playlist, PlaylistEntry } from '../../../src/broadcast/types'

/** Station time +07:00; "05:10" → 2026-12-01T05:10:00+07:00. */
const at = (hhmmss: string, date = '2026-12-01') => new Date(`${date}T${hhmmss.length === 5 ? `${hhmmss}:00` : hhmmss}+07:00`)
const iso = (hhmm: string, date = '2026-12-01') => `${date}T${hhmm}:00+07:00`

type EntrySpec = [slot: string, start: string, end: string, extra?: Partial<PlaylistEntry>]
const entry = ([slot, start, end, extra = {}]: EntrySpec): PlaylistEntry => ({
  slot,
  kind: 'local',
  title: `Chương trình ${slot}`,
  start: start.includes('T') ? start : iso(start),
  end: end.includes('T') ? end : iso(end),
  status: 'ready',
  url: `/media/programmes/2026-12-01/${slot}.mp3`,
  durationSeconds: null,
  sha256: 'x',
  ...extra,
})
const playlist = (specs: EntrySpec[], date = '2026-12-01'): Playlist => ({
  station: 'Đài xã',
  timeZone: 'Asia/Ho_Chi_Minh',
  date,
  generatedAt: '2026-12-01T00:00:00Z',
  entries: specs.map(entry),
})

const summary = (playlists: Playlist[], now: Date) =>
  airPlan(playlists, now).map((e) => ({
    slot: e.slot,
    start: e.start.toISOString(),
    end: e.end.toISOString(),
    play: e.play.kind === 'silence' ? 'silence' : `${e.play.kind}:${e.play.url}`,
    offset: e.offsetSeconds,
    stopAtEnd: e.stopAtEnd,
  }))

const RELAY = 'https://radio.example.vn/tinh.mp3'

describe('airPlan', () => {
  it('lists every slot from now on in order, with what to play', () => {
    const day = playlist([
      ['thoi-su-chieu', '17:00', '17:30'],
      ['thoi-su-sang', '05:10', '05:30'],
      ['tiep-song', '05:30', '06:00', { kind: 'relay', status: 'relay', url: RELAY, sha256: null }],
      ['nhac', '06:10', '06:40', { kind: 'music', status: 'missing', url: null, note: 'Chương trình chưa được dựng' }],
    ])
    expect(summary([day], at('04:00'))).toEqual([
      { slot: 'thoi-su-sang', start: at('05:10').toISOString(), end: at('05:30').toISOString(), play: 'file:/media/programmes/2026-12-01/thoi-su-sang.mp3', offset: 0, stopAtEnd: false },
      { slot: 'tiep-song', start: at('05:30').toISOString(), end: at('06:00').toISOString(), play: `relay:${RELAY}`, offset: 0, stopAtEnd: true },
      { slot: 'nhac', start: at('06:10').toISOString(), end: at('06:40').toISOString(), play: 'silence', offset: 0, stopAtEnd: true },
      { slot: 'thoi-su-chieu', start: at('17:00').toISOString(), end: at('17:30').toISOString(), play: 'file:/media/programmes/2026-12-01/thoi-su-chieu.mp3', offset: 0, stopAtEnd: true },
    ])
  })

  it('keeps the reason a slot is silent, for the technician', () => {
    const [event] = airPlan([playlist([['nhac', '06:10', '06:40', { status: 'missing', url: null, note: 'Dựng chương trình thất bại' }]])], at('06:00'))
    expect(event.play).toEqual({ kind: 'silence', reason: 'Dựng chương trình thất bại' })
  })

  it.each([
    // [now, first slot left, its offset in seconds, what it plays]
    ['05:09:59', 'a', 0, 'file'],
    ['05:10:00', 'a', 0, 'file'],
    ['05:12:30', 'a', 150, 'file'],
    // A 300 s file in a 20 min slot: after 5 min the file is over; the rest of the slot is silent, not a replay.
    ['05:15:00', 'a', 300, 'silence'],
    ['05:29:59', 'a', 1199, 'silence'],
    ['05:30:00', 'b', 0, 'relay'],
    ['05:45:00', 'b', 900, 'relay'],
  ])('at %s the first event is %s, %s s in, playing %s', (now, slot, offset, kind) => {
    const day = playlist([
      ['a', '05:10', '05:30', { durationSeconds: 300 }],
      ['b', '05:30', '06:00', { kind: 'relay', status: 'relay', url: RELAY }],
    ])
    const [first] = airPlan([day], at(now))
    expect([first.slot, first.offsetSeconds, first.play.kind]).toEqual([slot, offset, kind])
  })

  it('leaves out slots already over, and everything after the last one', () => {
    const day = playlist([['a', '05:10', '05:30'], ['b', '06:00', '06:30']])
    expect(airPlan([day], at('05:30')).map((e) => e.slot)).toEqual(['b'])
    expect(airPlan([day], at('06:30'))).toEqual([])
  })

  it('never lets a slot run into the next: an overlapping one ends where the next begins', () => {
    const day = playlist([['a', '05:10', '05:40'], ['b', '05:30', '06:00']])
    expect(summary([day], at('05:00')).map((e) => [e.slot, e.end, e.stopAtEnd])).toEqual([
      ['a', at('05:30').toISOString(), false],
      ['b', at('06:00').toISOString(), true],
    ])
  })

  it('joins two days around midnight, and lists an airing present in both only once', () => {
    const today = playlist([['dem', '23:30', '2026-12-02T00:15:00+07:00']])
    const tomorrow = playlist([['dem', '2026-12-01T23:30:00+07:00', '2026-12-02T00:15:00+07:00'], ['sang', iso('05:10', '2026-12-02'), iso('05:30', '2026-12-02')]], '2026-12-02')
    expect(airPlan([today, tomorrow], at('23:00')).map((e) => e.slot)).toEqual(['dem', 'sang'])
  })

  it('leaves emergency entries to the emergency handling (a later increment), and skips broken times', () => {
    const day = playlist([
      ['khan-1', '05:00', '23:00', { kind: 'emergency', interrupt: true }],
      ['hong', 'không phải ngày', '05:20'],
      ['nguoc', '05:20', '05:10'],
      ['a', '05:10', '05:30'],
    ])
    expect(airPlan([day], at('05:00')).map((e) => e.slot)).toEqual(['a'])
  })

  it('plays a rebroadcast that fell back to an older programme from its file', () => {
    const [event] = airPlan([playlist([['lai', '19:00', '19:20', { kind: 'rebroadcast', status: 'fallback', note: 'phát lại bản ngày trước' }]])], at('18:00'))
    expect(event.play).toEqual({ kind: 'file', url: '/media/programmes/2026-12-01/lai.mp3' })
    expect(event.note).toBe('phát lại bản ngày trước')
  })
})

describe('airingAt and nextChange', () => {
  const events = airPlan([playlist([['a', '05:10', '05:30'], ['b', '05:30', '05:40'], ['c', '06:00', '06:10']])], at('05:00'))
  it.each([
    ['05:09:59', null, '05:10:00'],
    ['05:10:00', 'a', '05:30:00'],
    ['05:29:59.999', 'a', '05:30:00'],
    ['05:30:00', 'b', '05:40:00'],
    ['05:45:00', null, '06:00:00'],
    ['06:10:00', null, null],
  ])('at %s airs %s; next change %s', (now, slot, change) => {
    expect(airingAt(events, at(now))?.slot ?? null).toBe(slot)
    expect(nextChange(events, at(now))?.toISOString() ?? null).toBe(change ? at(change).toISOString() : null)
  })
})
