import { describe, expect, it } from 'vitest'
import { validateBroadcastUntil } from '../../src/collections/Articles/broadcastGroup'

const REFUSED = 'Ngày kết thúc phát thanh phải sau ngày bắt đầu.'

describe('"Phát đến ngày" compared with "Phát từ ngày" as days in Vietnam', () => {
  it.each([
    // from, to, result
    ['2026-12-05T12:00:00.000Z', '2026-12-05T05:00:00.000Z', true], // same day: noon UTC (before time zones), noon in Vietnam (after)
    ['2026-12-05T05:00:00.000Z', '2026-12-05T12:00:00.000Z', true],
    ['2026-12-05T05:00:00.000Z', '2026-12-06T05:00:00.000Z', true],
    ['2026-12-05T12:00:00.000Z', '2026-12-04T05:00:00.000Z', REFUSED],
    ['2026-12-05T05:00:00.000Z', '2026-12-04T12:00:00.000Z', REFUSED],
    [null, '2026-12-04T05:00:00.000Z', true],
    ['2026-12-05T05:00:00.000Z', null, true],
  ])('from %s, to %s -> %s', (from, to, result) => {
    expect(validateBroadcastUntil(to, { siblingData: { from } })).toBe(result)
  })
})
