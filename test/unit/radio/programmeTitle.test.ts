import { describe, expect, it } from 'vitest'
import { planDay } from '../../../src/broadcast/planDay'
import type { BroadcastSlot } from '../../../src/broadcast/types'
import { programmeTitle } from '../../../src/radio/assembleProgramme'

const slot = (start: string, end: string): BroadcastSlot => ({ slug: 'ban-tin', name: 'Bản tin', kind: 'local', start, end, days: [0, 1, 2, 3, 4, 5, 6] })

/**
 * A programme's title names the station date it airs on, whatever the station's zone: the worker
 * plans in the station's zone, and the title must not read the start on Vietnam's clock.
 */
describe('programmeTitle', () => {
  it.each([
    ['Vietnam, morning', 'Asia/Ho_Chi_Minh', '05:30', '06:00', '2026-12-01', 'Bản tin 01/12/2026'],
    ['Vietnam, just before midnight', 'Asia/Ho_Chi_Minh', '23:30', '24:00', '2026-12-31', 'Bản tin 31/12/2026'],
    ['New York, evening (next morning in Vietnam)', 'America/New_York', '20:00', '20:30', '2026-12-01', 'Bản tin 01/12/2026'],
    ['Tokyo, early morning (the evening before in Vietnam)', 'Asia/Tokyo', '01:00', '01:30', '2027-01-01', 'Bản tin 01/01/2027'],
  ])('%s', (_, timeZone, start, end, date, title) => {
    const [instance] = planDay([slot(start, end)], date, timeZone)
    expect(instance.date).toBe(date)
    expect(programmeTitle(instance)).toBe(title)
  })
})
