/**
 * The as-run log of a month as CSV, for the centre's reports (opened in Excel or LibreOffice).
 * Pure: rows and the station's zone are passed in; the endpoint streams the lines page by page.
 *
 * - RFC 4180: fields separated by commas, lines by CRLF; a field with a comma, quote, CR or LF is
 *   quoted and its quotes doubled.
 * - UTF-8 with a byte-order mark first, so Excel reads Vietnamese as UTF-8 instead of the ANSI page.
 * - Times are the station's wall clock ("2026-11-05 05:10:00"), never the server's zone.
 * - Formula injection: a text cell starting with = + - @ TAB or CR would be run as a formula by a
 *   spreadsheet, so it gets a leading apostrophe (titles and reasons come from staff and from relay
 *   stream metadata). Numbers Loa computes itself (durations, offsets) are written as numbers.
 */
import { AS_RUN_END_WORDS, AS_RUN_KIND_WORDS } from './asRun'
import type { AsRunRecord } from './asRunReport'

export const CSV_BOM = '\uFEFF'

export type AsRunCsvRow = AsRunRecord & { date: string }

const HEADERS = [
  'Ngày',
  'Khung giờ',
  'Tên mục phát',
  'Loại',
  'Nguồn',
  'Bắt đầu theo lịch',
  'Kết thúc theo lịch',
  'Bắt đầu thực tế',
  'Kết thúc thực tế',
  'Thời lượng (giây)',
  'Lệch giờ bắt đầu (giây)',
  'Phát thay thế vì',
  'Bị ngắt bởi',
  'Kết thúc do',
]

const formatters = new Map<string, Intl.DateTimeFormat>()

/** "2026-11-05 05:10:07" on the station's wall clock. */
export function stationDateTime(instant: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  const parts: Record<string, string> = {}
  for (const part of formatter.formatToParts(instant)) parts[part.type] = part.value
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`
}

/** A text cell: defused if a spreadsheet would read it as a formula, then quoted if RFC 4180 needs it. */
export function csvText(value: string | null | undefined): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function csvNumber(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(Math.round(value * 10) / 10)
}

export function asRunCsvHeader(): string {
  return `${CSV_BOM}${HEADERS.map(csvText).join(',')}\r\n`
}

/** One CRLF-terminated line for a row. */
export function asRunCsvLine(row: AsRunCsvRow, timeZone: string): string {
  const time = (value: Date | null | undefined) => (value ? stationDateTime(value, timeZone) : '')
  const duration = row.durationSeconds ?? (row.actualEnd ? (row.actualEnd.getTime() - row.actualStart.getTime()) / 1000 : null)
  const offset = row.plannedStart ? (row.actualStart.getTime() - row.plannedStart.getTime()) / 1000 : null
  return `${[
    csvText(row.date),
    csvText(row.slot),
    csvText(row.title),
    csvText(AS_RUN_KIND_WORDS[row.kind] ?? row.kind),
    csvText(row.source),
    csvText(time(row.plannedStart)),
    csvText(time(row.plannedEnd)),
    csvText(time(row.actualStart)),
    csvText(time(row.actualEnd)),
    csvNumber(duration),
    csvNumber(offset),
    csvText(row.fallbackReason),
    csvText(row.interruptedBy),
    csvText(row.endReason ? AS_RUN_END_WORDS[row.endReason] : ''),
  ].join(',')}\r\n`
}

/** The whole file for rows already in memory (tests, small months); the endpoint streams instead. */
export function asRunCsv(rows: AsRunCsvRow[], timeZone: string): string {
  return asRunCsvHeader() + rows.map((row) => asRunCsvLine(row, timeZone)).join('')
}

/**
 * A month given as "YYYY-MM" (2000-01 … 2099-12), or null: anything else (a day, spaces, a
 * thirteenth month, extra characters) is refused, never guessed.
 */
export function parseMonth(value: unknown): { year: number; month: number; first: string; next: string } | null {
  if (typeof value !== 'string') return null
  const match = /^(20\d\d)-(0[1-9]|1[0-2])$/.exec(value)
  if (!match) return null
  const year = Number(match[1])
  const month = Number(match[2])
  const nextYear = month === 12 ? year + 1 : year
  const nextMonth = month === 12 ? 1 : month + 1
  return { year, month, first: `${value}-01`, next: `${nextYear}-${String(nextMonth).padStart(2, '0')}-01` }
}
