import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkScheduleFile, type ScheduleCheckContext } from '../../../src/broadcast/scheduleFileCheck'
import type { BroadcastSlot } from '../../../src/broadcast/types'

const DEFAULT = JSON.parse(readFileSync(new URL('../../../schedules/default.json', import.meta.url), 'utf8'))
const FRESH: ScheduleCheckContext = { existing: [], replace: false, clipIds: new Set() }

/** schedules/default.json with slot `slug` changed by `patch` (undefined values remove the field). */
function withSlot(slug: string, patch: Record<string, unknown>) {
  const slots = DEFAULT.slots.map((slot: Record<string, unknown>) => (slot.slug === slug ? Object.fromEntries(Object.entries({ ...slot, ...patch }).filter(([, v]) => v !== undefined)) : slot))
  return { ...DEFAULT, slots }
}

const errorsOf = (file: unknown, context = FRESH) => {
  const check = checkScheduleFile(file, context)
  return check.ok ? [] : check.errors
}

describe('schedule file check: the default schedule', () => {
  it('passes, with a warning that its 30-minute source does not fit the 20-minute morning rebroadcast', () => {
    const check = checkScheduleFile(DEFAULT, FRESH)
    expect(check.ok).toBe(true)
    expect(check.warnings).toEqual(['Khung 1 "phat-lai-sang": khung nguồn "chieu" dài 30 phút, hơn khung phát lại (20 phút).'])
  })
})

describe('schedule file check: every bad file the issue reported is refused, naming slot and field', () => {
  it.each([
    ['a rebroadcast source that does not exist', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'chieu-toi', dayOffset: -1 } }), 'Khung 1 "phat-lai-sang", trường "rebroadcast.sourceSlug": không có khung giờ "chieu-toi" để phát lại.'],
    ['a relay as the source', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'tiep-song-tinh-chieu', dayOffset: -1 } }), 'Khung 1 "phat-lai-sang", trường "rebroadcast.sourceSlug": khung "tiep-song-tinh-chieu" là khung tiếp sóng'],
    ['a rebroadcast as the source', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'phat-lai-sang', dayOffset: -1 } }), 'là khung phát lại'],
    ['dayOffset +1 (tomorrow has not aired)', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'chieu', dayOffset: 1 } }), 'Khung 1 "phat-lai-sang", trường "rebroadcast.dayOffset": độ lệch ngày 1 không hợp lệ'],
    ['dayOffset 0 before the source has aired', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'chieu', dayOffset: 0 } }), 'trường "rebroadcast.dayOffset": phát lại cùng ngày (0) nhưng khung "chieu" (17:00–17:30) chưa phát xong lúc 05:10.'],
    ['dayOffset not a whole number', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'chieu', dayOffset: '-1' } }), 'trường "rebroadcast.dayOffset": độ lệch ngày "-1" không hợp lệ'],
    ['no rebroadcast object', withSlot('phat-lai-sang', { rebroadcast: undefined }), 'Khung 1 "phat-lai-sang", trường "rebroadcast": khung phát lại cần'],
    ['an unknown kind', withSlot('trua', { kind: 'podcast' }), 'Khung 4 "trua", trường "kind": loại "podcast" không có'],
    ['an empty name', withSlot('trua', { name: '  ' }), 'Khung 4 "trua", trường "name": tên chương trình không được để trống.'],
    ['a missing name', withSlot('trua', { name: undefined }), 'Khung 4 "trua", trường "name"'],
    ['a slug that is not a slug', withSlot('trua', { slug: 'Trưa' }), 'Khung 4 "Trưa", trường "slug": đường dẫn "Trưa" không hợp lệ'],
    ['days out of range', withSlot('trua', { days: [1, 7] }), 'Khung 4 "trua", trường "days": ngày trong tuần [1,7] không hợp lệ'],
    ['days as a string', withSlot('trua', { days: '1-5' }), 'Khung 4 "trua", trường "days"'],
    ['a start time of 25:00', withSlot('trua', { start: '25:00' }), 'Khung 4 "trua", trường "start": giờ bắt đầu "25:00" không hợp lệ'],
    ['a numeric end time', withSlot('trua', { end: 1115 }), 'Khung 4 "trua", trường "end": giờ kết thúc 1115 không hợp lệ'],
    ['start equal to end', withSlot('trua', { end: '11:00' }), 'Khung 4 "trua", trường "end": giờ kết thúc trùng giờ bắt đầu'],
    ['an impossible validity date', withSlot('trua', { validFrom: '2027-02-30' }), 'Khung 4 "trua", trường "validFrom": ngày "2027-02-30" không hợp lệ'],
    ['validity ending before it starts', withSlot('trua', { validFrom: '2027-03-01', validTo: '2027-02-01' }), 'Khung 4 "trua", trường "validTo"'],
    ['a bad day off', withSlot('trua', { datesOff: ['30/04/2027'] }), 'Khung 4 "trua", trường "datesOff": ngày nghỉ "30/04/2027" không hợp lệ'],
    ['a relay without a URL', withSlot('tiep-song-tinh-sang', { relay: undefined }), 'Khung 2 "tiep-song-tinh-sang", trường "relay.url"'],
    ['a music slot with a clip that is not in the library', withSlot('cuoi-tuan', { kind: 'music', music: { clipIds: ['41'] } }), 'Khung 6 "cuoi-tuan", trường "music.clipIds": không có bản nhạc mã 41 trong thư viện âm thanh.'],
    ['a music slot without clips', withSlot('cuoi-tuan', { kind: 'music', music: { clipIds: [] } }), 'Khung 6 "cuoi-tuan", trường "music.clipIds": khung phát nhạc chưa có bản nhạc nào.'],
    ['a duplicate slug', withSlot('cuoi-tuan', { slug: 'trua' }), 'Khung 6 "trua", trường "slug": đường dẫn "trua" đã dùng cho khung 4.'],
    ['a slot that overlaps another', withSlot('cuoi-tuan', { days: [0, 5, 6] }), 'Khung 5 "chieu" và Khung 6 "cuoi-tuan", trường "start"/"end"/"days": Khung giờ'],
    ['an unknown time zone', { ...DEFAULT, station: { ...DEFAULT.station, timeZone: 'Mars/Olympus' } }, 'Mục "station", trường "timeZone": múi giờ "Mars/Olympus" không tồn tại'],
    ['an empty station name', { ...DEFAULT, station: { ...DEFAULT.station, name: '' } }, 'Mục "station", trường "name"'],
    ['a slot that is not an object', { ...DEFAULT, slots: [...DEFAULT.slots, 'trua'] }, 'Khung 8, trường "(khung)"'],
    ['no slots list', { station: DEFAULT.station }, 'thiếu danh sách "slots"'],
    ['not an object at all', [1, 2], 'thiếu danh sách "slots"'],
  ])('%s', (_label, file, expected) => {
    const errors = errorsOf(file)
    expect(errors.some((line) => line.includes(expected)), errors.join('\n')).toBe(true)
    for (const line of errors) expect(line).not.toMatch(/\bat .*\.ts:\d+|Error:/)
  })
})

describe('schedule file check: the grid after the import, with the slots the file leaves in place', () => {
  const inDatabase = DEFAULT.slots as BroadcastSlot[]

  it('refuses a slug typo that would leave the old slot and add an overlapping new one', () => {
    const typo = withSlot('chieu', { slug: 'chiue' })
    expect(errorsOf(typo, { ...FRESH, existing: inDatabase })).toEqual([
      expect.stringContaining('Khung 5 "chiue" và khung "chieu" đang có trong cơ sở dữ liệu (không có trong tệp; dùng --replace để xóa), trường "start"/"end"/"days"'),
      expect.stringContaining('vào Thứ Ba'),
      expect.stringContaining('vào Thứ Tư'),
      expect.stringContaining('vào Thứ Năm'),
      expect.stringContaining('vào Thứ Sáu'),
    ])
    // With --replace the old slot goes, so the same file is fine.
    expect(errorsOf(typo, { ...FRESH, existing: inDatabase, replace: true })).toEqual([expect.stringContaining('không có khung giờ "chieu" để phát lại')])
  })

  it('accepts a rebroadcast of a slot that stays in the database, and refuses it once --replace would delete it', () => {
    const onlyReplay = { slots: [DEFAULT.slots[0]] }
    expect(errorsOf(onlyReplay, { ...FRESH, existing: inDatabase })).toEqual([])
    expect(errorsOf(onlyReplay, { ...FRESH, existing: inDatabase, replace: true })).toEqual([expect.stringContaining('không có khung giờ "chieu" để phát lại')])
  })

  it('accepts a music slot whose clips are in the library, and warns about fields it ignores', () => {
    const file = withSlot('cuoi-tuan', { kind: 'music', music: { clipIds: [41, '42'] }, dayoffset: -1 })
    const check = checkScheduleFile(file, { ...FRESH, clipIds: new Set(['41', '42']) })
    expect(check.ok).toBe(true)
    expect(check.warnings).toContain('Khung 6 "cuoi-tuan": trường "dayoffset" không được dùng và sẽ bị bỏ qua.')
  })

  it('warns when the source does not air on the day a rebroadcast replays', () => {
    const check = checkScheduleFile(withSlot('phat-lai-sang', { days: [1, 2] }), FRESH)
    expect(check.ok).toBe(true)
    expect(check.warnings).toContain('Khung 1 "phat-lai-sang", trường "rebroadcast.sourceSlug": khung "chieu" không phát vào ngày cần phát lại cho Thứ Hai, nên Thứ Hai khung này không phát.')
  })
})

describe('schedule file check: the station calendar ("holidays")', () => {
  const withHoliday = (index: number, patch: Record<string, unknown>) => ({
    ...DEFAULT,
    holidays: DEFAULT.holidays.map((holiday: Record<string, unknown>, i: number) => (i === index ? { ...holiday, ...patch } : holiday)),
  })

  it('reads the default calendar, defaults filled in', () => {
    const check = checkScheduleFile({ ...DEFAULT, holidays: [...DEFAULT.holidays, { name: 'Nghỉ bù', calendar: 'solar', day: 3, month: 1, year: 2028 }] }, FRESH)
    expect(check.ok && check.file.holidays).toEqual([
      { name: 'Tết Dương lịch', calendar: 'solar', day: 1, month: 1, year: null, lengthDays: 1, stops: 'local' },
      { name: 'Tết Nguyên đán', calendar: 'lunar', day: 30, month: 12, year: null, lengthDays: 5, stops: 'local' },
      { name: 'Giỗ Tổ Hùng Vương', calendar: 'lunar', day: 10, month: 3, year: null, lengthDays: 1, stops: 'local' },
      { name: 'Ngày Chiến thắng', calendar: 'solar', day: 30, month: 4, year: null, lengthDays: 1, stops: 'local' },
      { name: 'Ngày Quốc tế Lao động', calendar: 'solar', day: 1, month: 5, year: null, lengthDays: 1, stops: 'local' },
      { name: 'Quốc khánh', calendar: 'solar', day: 2, month: 9, year: null, lengthDays: 2, stops: 'local' },
      { name: 'Nghỉ bù', calendar: 'solar', day: 3, month: 1, year: 2028, lengthDays: 1, stops: 'local' },
    ])
  })

  it('leaves the calendar out of a file without "holidays" (the database keeps its own)', () => {
    const { holidays: _holidays, ...withoutHolidays } = DEFAULT
    const check = checkScheduleFile(withoutHolidays, FRESH)
    expect(check.ok && 'holidays' in check.file).toBe(false)
  })

  it.each([
    ['not a list', { ...DEFAULT, holidays: { name: 'Tết' } }, 'Mục "holidays": cần danh sách ngày lễ'],
    ['an empty name', withHoliday(2, { name: ' ' }), 'Ngày lễ 3, trường "name": tên ngày lễ không được để trống.'],
    ['a duplicate name', withHoliday(4, { name: 'Ngày Chiến thắng' }), 'Ngày lễ 5 "Ngày Chiến thắng", trường "name": tên "Ngày Chiến thắng" đã dùng cho ngày lễ 4.'],
    ['an unknown calendar', withHoliday(2, { calendar: 'am-lich' }), 'Ngày lễ 3 "Giỗ Tổ Hùng Vương", trường "calendar": lịch "am-lich" không có'],
    ['31 April', withHoliday(3, { day: 31 }), 'Ngày lễ 4 "Ngày Chiến thắng", trường "day": ngày 31 không có trong tháng 4 (từ 1 đến 30).'],
    ['29 February of a common year', withHoliday(0, { day: 29, month: 2, year: 2027 }), 'Ngày lễ 1 "Tết Dương lịch", trường "day": ngày 29 không có trong tháng 2 năm 2027'],
    ['a lunar 31st', withHoliday(1, { day: 31 }), 'Ngày lễ 2 "Tết Nguyên đán", trường "day": ngày âm lịch 31 không hợp lệ'],
    ['month 13', withHoliday(2, { month: 13 }), 'Ngày lễ 3 "Giỗ Tổ Hùng Vương", trường "month": tháng 13 không hợp lệ'],
    ['a two-digit year', withHoliday(5, { year: 27 }), 'Ngày lễ 6 "Quốc khánh", trường "year": năm 27 không hợp lệ'],
    ['zero days', withHoliday(1, { lengthDays: 0 }), 'Ngày lễ 2 "Tết Nguyên đán", trường "lengthDays": số ngày nghỉ 0 không hợp lệ'],
    ['an unknown stop', withHoliday(1, { stops: 'relay' }), 'Ngày lễ 2 "Tết Nguyên đán", trường "stops": "relay" không có'],
  ])('refuses %s, naming the holiday and the field', (_label, file, expected) => {
    const errors = errorsOf(file)
    expect(errors.some((line) => line.includes(expected)), errors.join('\n')).toBe(true)
  })

  it('warns about a holiday field it ignores', () => {
    const check = checkScheduleFile(withHoliday(1, { ngay: 30 }), FRESH)
    expect(check.ok).toBe(true)
    expect(check.warnings).toContain('Ngày lễ 2 "Tết Nguyên đán": trường "ngay" không được dùng và sẽ bị bỏ qua.')
  })
})
