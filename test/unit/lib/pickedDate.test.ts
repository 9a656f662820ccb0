import { afterEach, describe, expect, it } from 'vitest'
import { localDateOfPicked, pickerDateOf, vietnameseDayOf } from '../../../src/lib/pickedDate'

/**
 * The day a technician picks for a broadcast slot is the day stored, whatever zone the browser is
 * in. The picker works with Dates in the browser's zone; Node's TZ stands in for it here.
 */
const ZONES = ['Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC', 'Europe/London']
const original = process.env.TZ
afterEach(() => {
  process.env.TZ = original
})

/**
 * What react-datepicker hands StationDateField for a day clicked (local midnight) or typed (that
 * day at the current time). Payload's own DatePicker would first move it to 12:00 UTC, which in
 * UTC+13/+14 is the next day, so the field takes the picker's value before that (overrides.onChange).
 */
const picked = (year: number, month: number, day: number) => [new Date(year, month - 1, day, 0, 0, 0), new Date(year, month - 1, day, 23, 59, 59)]

describe('station dates through the picker', () => {
  for (const zone of ZONES) {
    it(`keeps the day in ${zone}`, () => {
      process.env.TZ = zone
      for (const stored of ['2026-01-01', '2026-03-05', '2026-10-31', '2026-12-31', '2028-02-29']) {
        const shown = pickerDateOf(stored)
        expect(shown, stored).not.toBeNull()
        // Shown as the same calendar day, and given back unchanged.
        expect(localDateOfPicked(shown), stored).toBe(stored)
        const [y, m, d] = stored.split('-').map(Number)
        for (const date of picked(y, m, d)) expect(localDateOfPicked(date), `${stored} ${date.toString()}`).toBe(stored)
      }
    })
  }

  it.each([
    ['', null],
    [null, null],
    ['2026-02-30', null],
    ['05/03/2026', null],
    ['2026-3-5', null],
  ])('shows nothing for %j', (value, expected) => {
    expect(pickerDateOf(value)).toBe(expected)
  })

  it('gives null for a cleared picker', () => {
    expect(localDateOfPicked(null)).toBeNull()
    expect(localDateOfPicked(new Date(Number.NaN))).toBeNull()
  })

  it('writes dd/MM/yyyy for Vietnamese readers', () => {
    expect(vietnameseDayOf('2026-03-05')).toBe('05/03/2026')
    expect(vietnameseDayOf('x')).toBe('')
  })
})
