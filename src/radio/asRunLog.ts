import type { Payload, PayloadRequest } from 'payload'
import { asRunCsvHeader, asRunCsvLine, type AsRunCsvRow } from '../broadcast/asRunCsv'
import { type AsRunDayReport, asRunDayReport } from '../broadcast/asRunReport'
import { addDays, localDateParts } from '../broadcast/localDate'
import type { LocalDate } from '../broadcast/types'
import { instantFromLocal } from '../lib/viDate'
import type { AsRun } from '../payload-types'
import { playlistForDate } from './playlistService'
import { loadStationSettings } from './station'

/**
 * Reading the as-run log (src/collections/AsRun) for the admin's day report, the month's CSV and
 * the public schedule. Thin: the rules are in src/broadcast/asRunReport, asRunCsv and onAirStates.
 */

const when = (value: string | null | undefined) => (value ? new Date(value) : null)

export function asRunRowFromDoc(doc: AsRun): AsRunCsvRow {
  return {
    date: doc.date,
    slot: doc.slot ?? null,
    title: doc.title,
    kind: doc.kind,
    source: doc.source ?? null,
    plannedStart: when(doc.plannedStart),
    plannedEnd: when(doc.plannedEnd),
    actualStart: new Date(doc.actualStart),
    actualEnd: when(doc.actualEnd),
    durationSeconds: doc.durationSeconds ?? null,
    fallbackReason: doc.fallbackReason ?? null,
    interruptedBy: doc.interruptedBy ?? null,
    endReason: doc.endReason ?? null,
  }
}

/**
 * The rows of these station dates, by actual start. Server-side only (overrideAccess): the public
 * site derives "Đang phát / Đã phát" from them and never shows the rows themselves.
 */
export async function asRunRowsOn(payload: Payload, dates: LocalDate[]): Promise<AsRunCsvRow[]> {
  const { docs } = await payload.find({
    collection: 'as-run',
    where: { date: { in: dates } },
    sort: 'actualStart',
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map(asRunRowFromDoc)
}

/** Planned vs aired for one station date (the admin's "Nhật ký phát sóng" view). */
export async function asRunDay(payload: Payload, date: LocalDate, now: Date): Promise<AsRunDayReport & { timeZone: string }> {
  const [playlist, rows, station] = await Promise.all([
    playlistForDate(payload, date, now),
    // A slot that started before midnight is logged on the day before.
    asRunRowsOn(payload, [addDays(date, -1), date]),
    loadStationSettings(payload),
  ])
  const { year, month, day } = localDateParts(date)
  const dayStart = instantFromLocal({ year, month, day }, station.timeZone)
  const mine = rows.filter((row) => row.date === date || (row.actualEnd ?? now) > dayStart)
  return { ...asRunDayReport(playlist, mine, now), timeZone: station.timeZone }
}

const PAGE = 500

/**
 * The CSV of the station dates in [first, next) as a stream of lines, read PAGE rows at a time
 * with the caller's access (a reader role is checked again by the collection's read rule), so a
 * busy month never sits in memory whole.
 */
export function asRunCsvStream(req: PayloadRequest, dates: LocalDate[], timeZone: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let page = 1
  let started = false
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!started) {
          started = true
          controller.enqueue(encoder.encode(asRunCsvHeader()))
          return
        }
        const result = await req.payload.find({
          collection: 'as-run',
          where: { date: { in: dates } },
          sort: ['actualStart', 'id'],
          limit: PAGE,
          page,
          depth: 0,
          overrideAccess: false,
          user: req.user,
        })
        if (result.docs.length > 0) controller.enqueue(encoder.encode(result.docs.map((doc) => asRunCsvLine(asRunRowFromDoc(doc), timeZone)).join('')))
        if (!result.hasNextPage) controller.close()
        page++
      } catch (error) {
        controller.error(error)
      }
    },
  })
}

/** Every station date of a month, "YYYY-MM-01" up to the day before `next`. */
export function datesOfMonth(first: LocalDate, next: LocalDate): LocalDate[] {
  const dates: LocalDate[] = []
  for (let date = first; date < next; date = addDays(date, 1)) dates.push(date)
  return dates
}
