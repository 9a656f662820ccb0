import { describe, expect, it } from 'vitest'
import type { AsRunRecord } from '../../../src/broadcast/asRunReport'
import { type Airing, onAirStates, playoutRunning } from '../../../src/broadcast/onAirStates'

const at = (hhmmss: string) => new Date(`2026-11-05T${hhmmss.length === 5 ? `${hhmmss}:00` : hhmmss}+07:00`)
const airing = (slot: string, start: string, end: string): Airing => ({ slot, start: at(start), end: at(end) })
const row = (slot: string | null, start: string, end: string | null, extra: Partial<AsRunRecord> = {}): AsRunRecord => ({
  slot,
  title: slot ?? 'Nhạc nền',
  kind: 'local',
  actualStart: at(start),
  actualEnd: end ? at(end) : null,
  ...extra,
})

const DAY = [airing('sang', '05:10', '05:30'), airing('tiep-song', '05:30', '06:00'), airing('chieu', '17:00', '17:30')]

describe('onAirStates', () => {
  it.each([
    { name: 'no log: the clock, before', rows: [], now: '05:00', states: ['coming', 'coming', 'coming'] },
    { name: 'no log: the clock, during', rows: [], now: '05:15', states: ['live', 'coming', 'coming'] },
    { name: 'no log: the clock, after', rows: [], now: '18:00', states: ['done', 'done', 'done'] },
    {
      name: 'running: the log says on air',
      rows: [row('sang', '05:10:01', null, { plannedEnd: at('05:30') })],
      now: '05:15',
      states: ['live', 'coming', 'coming'],
    },
    {
      name: 'running: the slot the clock says is on air has not started (late): still coming',
      rows: [row('sang', '05:10:00', '05:30:00')],
      now: '05:30:20',
      states: ['done', 'coming', 'coming'],
    },
    {
      name: 'running: the log says a slot is on air after its clock end (the clock would say done)',
      rows: [row('sang', '05:10:00', '05:30:00'), row('tiep-song', '05:31:00', null, { plannedStart: at('05:30'), plannedEnd: at('06:00') })],
      now: '06:02',
      states: ['done', 'live', 'coming'],
    },
    {
      name: 'running: a programme that ended early is done while the clock says on air',
      rows: [row('sang', '05:10:00', '05:22:00', { endReason: 'completed' })],
      now: '05:25',
      states: ['done', 'coming', 'coming'],
    },
    {
      name: 'running: a slot whose time passed with nothing in the log did not air',
      rows: [row('tiep-song', '05:30:00', null, { plannedEnd: at('06:00') })],
      now: '05:40',
      states: ['missed', 'live', 'coming'],
    },
    {
      name: 'stopped playout (last row long ago): past slots from the log, the rest from the clock',
      rows: [row('sang', '05:10:00', '05:30:00')],
      now: '17:10',
      states: ['done', 'missed', 'live'],
    },
    {
      name: 'a stale open row (the playout died without reporting the end) is not "on air"',
      rows: [row('chieu', '17:00:00', null, { plannedEnd: at('17:30') })],
      now: '17:50',
      states: ['missed', 'missed', 'done'],
    },
    {
      name: 'a row closed as "playout stopped" without an end time is not on air',
      rows: [row('sang', '05:10:00', null, { plannedEnd: at('05:30'), endReason: 'playout-stopped' })],
      now: '05:15',
      states: ['done', 'coming', 'coming'],
    },
    {
      name: 'emergencies and logged silence do not make a slot aired',
      rows: [row('sang', '05:10:00', '05:30:00', { kind: 'silence' }), row('sang', '05:12:00', '05:13:00', { kind: 'emergency' })],
      now: '05:35',
      states: ['missed', 'coming', 'coming'],
    },
  ])('$name', ({ rows, now, states }) => {
    expect(onAirStates(DAY, rows as AsRunRecord[], at(now))).toEqual(states)
  })
})

describe('playoutRunning', () => {
  it.each([
    { name: 'an open row within its planned time', rows: [row('x', '05:00', null, { plannedEnd: at('08:00') })], now: '07:59', running: true },
    { name: 'an open row past its planned end by more than 10 min', rows: [row('x', '05:00', null, { plannedEnd: at('06:00') })], now: '06:11', running: false },
    { name: 'an open row without planned end, started 9 min ago', rows: [row(null, '05:00', null, { kind: 'filler' })], now: '05:09', running: true },
    { name: 'a row ended 9 min ago', rows: [row('x', '05:00', '05:30')], now: '05:39', running: true },
    { name: 'a row ended 11 min ago', rows: [row('x', '05:00', '05:30')], now: '05:41', running: false },
    { name: 'rows in the future (clock skew) prove nothing', rows: [row('x', '06:00', '06:30')], now: '05:41', running: false },
    { name: 'no rows', rows: [], now: '05:41', running: false },
  ])('$name', ({ rows, now, running }) => {
    expect(playoutRunning(rows as AsRunRecord[], at(now))).toBe(running)
  })
})
