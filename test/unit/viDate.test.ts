import { describe, expect, it } from 'vitest'
import { formatVietnameseDate, formatVietnameseDateTime, instantFromLocal, isoWithOffset, localParts } from '../../src/lib/viDate'

describe('formatVietnameseDateTime (station time, whatever the server TZ)', () => {
  it.each([
    ['2026-11-27T14:30:00Z', 'Thứ Sáu, 27/11/2026 21:30'],
    ['2026-11-27T17:05:00Z', 'Thứ Bảy, 28/11/2026 00:05'], // after local midnight: already Saturday
    ['2026-11-29T01:00:00Z', 'Chủ Nhật, 29/11/2026 08:00'],
    ['2026-11-30T01:00:00Z', 'Thứ Hai, 30/11/2026 08:00'],
    ['2026-12-01T01:00:00Z', 'Thứ Ba, 01/12/2026 08:00'],
    ['2026-12-02T01:00:00Z', 'Thứ Tư, 02/12/2026 08:00'],
    ['2026-12-03T01:00:00Z', 'Thứ Năm, 03/12/2026 08:00'],
    ['2026-12-31T16:59:00Z', 'Thứ Năm, 31/12/2026 23:59'],
    ['2026-12-31T17:00:00Z', 'Thứ Sáu, 01/01/2027 00:00'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatVietnameseDateTime(iso)).toBe(expected)
    expect(formatVietnameseDateTime(new Date(iso))).toBe(expected)
  })

  it('honours another station time zone', () => {
    expect(formatVietnameseDateTime('2026-11-27T14:30:00Z', 'UTC')).toBe('Thứ Sáu, 27/11/2026 14:30')
  })

  it('formats a plain date', () => {
    expect(formatVietnameseDate('2026-01-04T20:00:00Z')).toBe('05/01/2026')
  })
})

describe('local time <-> instant', () => {
  it.each([
    [{ year: 2026, month: 11, day: 27, hour: 21, minute: 30 }, 'Asia/Ho_Chi_Minh', '2026-11-27T14:30:00.000Z'],
    [{ year: 2026, month: 12, day: 1, hour: 5, minute: 10 }, 'Asia/Ho_Chi_Minh', '2026-11-30T22:10:00.000Z'],
    [{ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, 'Europe/Paris', '2026-07-01T07:00:00.000Z'],
    [{ year: 2026, month: 1, day: 1, hour: 0, minute: 0 }, 'UTC', '2026-01-01T00:00:00.000Z'],
  ])('%o in %s is %s', (local, zone, iso) => {
    expect(instantFromLocal(local, zone).toISOString()).toBe(iso)
    expect(localParts(new Date(iso), zone)).toMatchObject(local)
  })

  it('writes ISO 8601 with the zone offset for <time datetime>', () => {
    expect(isoWithOffset('2026-11-27T14:30:00Z')).toBe('2026-11-27T21:30:00+07:00')
    expect(isoWithOffset('2026-07-01T07:00:00Z', 'Europe/Paris')).toBe('2026-07-01T09:00:00+02:00')
  })
})
