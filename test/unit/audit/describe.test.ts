import { describe, expect, it } from 'vitest'
import { describeHoliday, describeHolidayChange, describeScheduleImport, describeSlot, describeSlotChange, formatAuditTime, type SlotLike } from '../../../src/audit/describe'
import { historyLines } from '../../../src/audit/historyRows'

const slot: SlotLike = {
  name: 'Thời sự sáng',
  kind: 'local',
  days: ['1', '2', '3', '4', '5'],
  start: '05:30',
  end: '06:00',
  validFrom: null,
  validTo: null,
  datesOff: [],
  rebroadcast: { sourceSlug: null, dayOffset: -1 },
  relay: { url: null },
  music: { clips: [] },
}

describe('formatAuditTime: dd/MM/yyyy HH:mm on the station clock, whatever the server TZ', () => {
  it.each([
    ['2026-12-08T00:00:00Z', 'Asia/Ho_Chi_Minh', '08/12/2026 07:00'],
    ['2026-12-31T17:00:00Z', 'Asia/Ho_Chi_Minh', '01/01/2027 00:00'],
    ['2026-12-31T16:59:00Z', 'Asia/Ho_Chi_Minh', '31/12/2026 23:59'],
    ['2026-07-01T07:05:00Z', 'Europe/Paris', '01/07/2026 09:05'],
  ])('%s in %s -> %s', (iso, zone, expected) => {
    expect(formatAuditTime(iso, zone)).toBe(expected)
    expect(formatAuditTime(new Date(iso), zone)).toBe(expected)
  })
})

describe('describeSlotChange: which fields of a broadcast slot changed, with Vietnamese labels', () => {
  it.each<[string, Partial<SlotLike>, string | null]>([
    ['nothing changed', {}, null],
    ['start time', { start: '06:00' }, 'Bắt đầu: 05:30 → 06:00'],
    ['start and end, in form order', { end: '06:45', start: '06:15' }, 'Bắt đầu: 05:30 → 06:15; Kết thúc: 06:00 → 06:45'],
    ['days, Monday first, Sunday last', { days: ['0', '1'] }, 'Các ngày trong tuần: Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, Thứ Sáu → Thứ Hai, Chủ Nhật'],
    ['the whole week', { days: ['0', '1', '2', '3', '4', '5', '6'] }, 'Các ngày trong tuần: Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, Thứ Sáu → cả tuần'],
    ['the same days in another order is no change', { days: ['5', '4', '3', '2', '1'] }, null],
    ['kind, in words', { kind: 'music' }, 'Loại: Chương trình địa phương → Âm nhạc'],
    ['a date off added', { datesOff: [{ date: '2026-12-24' }] }, 'Ngày nghỉ: (không có) → 2026-12-24'],
    ['validity', { validFrom: '2026-12-01' }, 'Áp dụng từ: (trống) → 2026-12-01'],
    ['relay url', { relay: { url: 'https://vov.example/vov1' } }, 'Địa chỉ luồng phát: (trống) → https://vov.example/vov1'],
    ['music list: named, not listed', { music: { clips: [3, 4] } }, 'Danh sách bài nhạc'],
    ['music list populated or not is the same list', { music: { clips: [] } }, null],
    ['name', { name: 'Thời sự' }, 'Tên chương trình: Thời sự sáng → Thời sự'],
  ])('%s', (_, change, expected) => {
    expect(describeSlotChange(slot, { ...slot, ...change })).toBe(expected)
  })

  it('treats a populated clip and its id as the same clip', () => {
    expect(describeSlotChange({ ...slot, music: { clips: [7] } }, { ...slot, music: { clips: [{ id: 7, title: 'Bài ca' }] } })).toBeNull()
  })

  it('describes a whole slot in one line', () => {
    expect(describeSlot(slot)).toBe('05:30–06:00, Thứ Hai, Thứ Ba, Thứ Tư, Thứ Năm, Thứ Sáu (Chương trình địa phương)')
  })
})

describe('holidays and schedule import', () => {
  const tet = { name: 'Tết Nguyên đán', calendar: 'lunar', day: 30, month: 12, year: null, lengthDays: 5, stops: 'local' }
  it('describes a holiday', () => {
    expect(describeHoliday(tet)).toBe('Tết Nguyên đán: 30/12 âm lịch, 5 ngày, hằng năm, dừng chương trình của đài')
    expect(describeHoliday({ name: 'Nghỉ bù', calendar: 'solar', day: 2, month: 1, year: 2027, lengthDays: 1, stops: 'all' })).toBe(
      'Nghỉ bù: 02/01 dương lịch, 1 ngày, chỉ năm 2027, dừng tất cả, kể cả tiếp sóng',
    )
  })
  it.each([
    ['added', null, tet, `Ngày nghỉ: thêm ${describeHoliday(tet)}`],
    ['removed', tet, null, `Ngày nghỉ: xóa ${describeHoliday(tet)}`],
    ['changed', tet, { ...tet, lengthDays: 7 }, `Ngày nghỉ: sửa ${describeHoliday(tet)} → ${describeHoliday({ ...tet, lengthDays: 7 })}`],
    ['unchanged', tet, { ...tet }, null],
  ])('holiday %s', (_, before, after, expected) => {
    expect(describeHolidayChange(before, after)).toBe(expected)
  })
  it('summarises an import', () => {
    expect(describeScheduleImport({ created: 1, updated: 6, removed: ['cuoi-tuan'], holidays: null, station: false })).toBe(
      'Nhập lịch từ tệp (schedule:import): 1 khung mới, 6 khung cập nhật, xóa cuoi-tuan.',
    )
    expect(describeScheduleImport({ created: 0, updated: 7, removed: [], holidays: { created: 2, updated: 0, removed: ['Giỗ Tổ'] }, station: true })).toBe(
      'Nhập lịch từ tệp (schedule:import): 0 khung mới, 7 khung cập nhật; ngày nghỉ: 2 ngày lễ mới, 0 ngày lễ cập nhật, xóa Giỗ Tổ; cài đặt đài (tên, múi giờ).',
    )
  })
})

describe('historyLines: the "Lịch sử" panel rows in Vietnamese', () => {
  it('names the action and role in Vietnamese, the time on the station clock, and the system when nobody logged in', () => {
    const lines = historyLines(
      [
        { id: 2, action: 'returned', userName: 'Lê Duyệt', userRole: 'approver', reason: 'Thiếu nguồn tin', createdAt: '2026-12-08T01:02:00.000Z' },
        { id: 1, action: 'published', userName: 'Hệ thống', userRole: null, reason: null, createdAt: '2026-12-08T17:00:00.000Z' },
      ],
      'Asia/Ho_Chi_Minh',
    )
    expect(lines).toEqual([
      { id: '2', action: 'Trả lại', who: 'Lê Duyệt', role: 'Lãnh đạo duyệt tin', time: '08/12/2026 08:02', dateTime: '2026-12-08T01:02:00.000Z', reason: 'Thiếu nguồn tin' },
      { id: '1', action: 'Xuất bản', who: 'Hệ thống', role: '', time: '09/12/2026 00:00', dateTime: '2026-12-08T17:00:00.000Z', reason: '' },
    ])
  })
})
