import { describe, expect, it } from 'vitest'
import { asRunCsv, asRunCsvLine, csvText, parseMonth, stationDateTime, type AsRunCsvRow } from '../../../src/broadcast/asRunCsv'

const TZ = 'Asia/Ho_Chi_Minh'
const row: AsRunCsvRow = {
  date: '2026-11-05',
  slot: 'thoi-su-sang',
  title: 'Thời sự sáng',
  kind: 'local',
  source: '/media/programmes/2026-11-05/thoi-su-sang.mp3',
  plannedStart: new Date('2026-11-04T22:10:00Z'),
  plannedEnd: new Date('2026-11-04T22:30:00Z'),
  actualStart: new Date('2026-11-04T22:10:02.400Z'),
  actualEnd: new Date('2026-11-04T22:30:00Z'),
  durationSeconds: 1197.6,
  fallbackReason: null,
  interruptedBy: null,
  endReason: 'slot-end',
}

describe('csvText: RFC 4180 quoting and the formula guard', () => {
  it.each([
    ['plain', 'Thời sự sáng', 'Thời sự sáng'],
    ['empty', '', ''],
    ['null', null, ''],
    ['comma', 'Tin tức, thời sự', '"Tin tức, thời sự"'],
    ['quote', 'Chương trình "Nông thôn mới"', '"Chương trình ""Nông thôn mới"""'],
    ['newline', 'dòng 1\ndòng 2', '"dòng 1\ndòng 2"'],
    ['CRLF', 'a\r\nb', '"a\r\nb"'],
    ['formula =', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['formula +', '+84 912', "'+84 912"],
    ['formula -', '-1+2', "'-1+2"],
    ['formula @', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab', '\t=1', "'\t=1"],
    ['leading CR', '\r=1', `"'\r=1"`],
    ['= inside is fine', 'a=b', 'a=b'],
  ])('%s', (_name, input, expected) => {
    expect(csvText(input)).toBe(expected)
  })
})

describe('asRunCsv', () => {
  it('starts with a BOM and Vietnamese headers, lines end in CRLF, times on the station clock', () => {
    const csv = asRunCsv([row], TZ)
    expect(csv.startsWith('\uFEFFNgày,Khung giờ,Tên mục phát,Loại,Nguồn,Bắt đầu theo lịch,')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toHaveLength(3)
    expect(lines[2]).toBe('')
    expect(lines[1]).toBe(
      '2026-11-05,thoi-su-sang,Thời sự sáng,Chương trình địa phương,/media/programmes/2026-11-05/thoi-su-sang.mp3,' +
        '2026-11-05 05:10:00,2026-11-05 05:30:00,2026-11-05 05:10:02,2026-11-05 05:30:00,1197.6,2.4,,,Hết khung giờ',
    )
  })

  it('an item still on air has no end, duration or end reason; numbers are never defused', () => {
    const line = asRunCsvLine({ ...row, actualStart: new Date('2026-11-04T22:09:57Z'), actualEnd: null, durationSeconds: null, endReason: null }, TZ)
    expect(line).toBe(
      '2026-11-05,thoi-su-sang,Thời sự sáng,Chương trình địa phương,/media/programmes/2026-11-05/thoi-su-sang.mp3,' +
        '2026-11-05 05:10:00,2026-11-05 05:30:00,2026-11-05 05:09:57,,,-3,,,\r\n',
    )
  })

  it('text from staff and relay metadata is quoted and defused', () => {
    const line = asRunCsvLine({ ...row, slot: null, title: '=cmd|" /C calc"!A0', kind: 'emergency', fallbackReason: 'Mất tín hiệu, thử lại', interruptedBy: '@bão', endReason: 'interrupted' }, TZ)
    expect(line).toContain(`,"'=cmd|"" /C calc""!A0",Khẩn cấp,`)
    expect(line.endsWith(',"Mất tín hiệu, thử lại",\'@bão,Bị ngắt (khẩn cấp)\r\n')).toBe(true)
  })

  it('midnight is 00, not 24', () => {
    expect(stationDateTime(new Date('2026-11-04T17:00:00Z'), TZ)).toBe('2026-11-05 00:00:00')
  })
})

describe('parseMonth', () => {
  it.each([
    ['2026-11', { year: 2026, month: 11, first: '2026-11-01', next: '2026-12-01' }],
    ['2026-12', { year: 2026, month: 12, first: '2026-12-01', next: '2027-01-01' }],
    ['2026-01', { year: 2026, month: 1, first: '2026-01-01', next: '2026-02-01' }],
  ])('%s', (input, expected) => {
    expect(parseMonth(input)).toEqual(expected)
  })
  it.each(['2026-13', '2026-00', '2026-1', '26-11', '2026-11-01', ' 2026-11', '2026-11 ', '2026/11', '', '1999-12', "2026-11' OR 1=1", 202611, null, undefined, ['2026-11']])(
    'refuses %j',
    (input) => {
      expect(parseMonth(input)).toBeNull()
    },
  )
})
