import type { Payload } from 'payload'
import type { measureLoudness } from '../../src/audio/probe'
import type { renderProgramme } from '../../src/audio/render'
import { airedAirings, publishedBy } from '../../src/broadcast/airedAirings'
import { addDays, formatLocalDateVi, WEEKDAY_NAMES_VI, weekdayOf } from '../../src/broadcast/localDate'
import { type AssemblyOutcome, assembleProgramme } from '../../src/radio/assembleProgramme'
import { loadCandidates } from '../../src/radio/candidates'
import { newOwnerId } from '../../src/radio/locks'
import { assembledInstances, loadSchedule, localDateOf } from '../../src/radio/schedule'
import { loadStationSettings } from '../../src/radio/station'

export type SeedAiredOptions = {
  /** The seed's "now": the airings that ended by then are built. */
  now: Date
  /** How many days before today (station time) to go back; today's ended airings always count. */
  days: number
  render: typeof renderProgramme
  measure: typeof measureLoudness
  log: (line: string) => void
}

const seconds = (ms: number) => (ms / 1000).toFixed(1).replace('.', ',')

const OUTCOME_VI: Record<AssemblyOutcome, string> = {
  assembled: 'đã dựng',
  unchanged: 'đã có sẵn',
  locked: 'máy dựng khác đang dựng, bỏ qua',
  failed: 'LỖI, không dựng được',
  empty: 'không có nội dung để dựng',
}

/**
 * The programmes of the last `days` days (and of today) that have already aired, built with the
 * real renderer, so that a newcomer who opens the demo at an hour when nothing is due finds "Nghe
 * lại", the home player and the podcast with something in them. Rebroadcasts are built after their
 * source, as the worker would have. Runs only on a station that has no programme yet, so a second
 * seed (or a live station) is never touched. Returns how many were built.
 */
export async function seedAiredProgrammes(payload: Payload, options: SeedAiredOptions): Promise<number> {
  const { log } = options
  if (options.days <= 0) return 0
  const { totalDocs } = await payload.count({ collection: 'programmes', overrideAccess: true })
  if (totalDocs > 0) {
    log('Đã có chương trình phát thanh, không dựng lại các chương trình đã phát.')
    return 0
  }
  const station = await loadStationSettings(payload)
  const today = localDateOf(options.now, station.timeZone)
  const instances = airedAirings(assembledInstances(await loadSchedule(payload), addDays(today, -options.days), options.days + 1, station.timeZone), options.now)
  if (instances.length === 0) {
    log(`Theo lịch phát sóng, không có chương trình nào đã phát trong ${options.days} ngày qua.`)
    return 0
  }
  log(`Đang dựng ${instances.length} chương trình đã phát trong ${options.days} ngày qua, để trang "Nghe lại", trình phát ở trang chủ và podcast có sẵn chương trình (mỗi chương trình mất vài giây)…`)
  const candidates = await loadCandidates(payload, station.timeZone)
  const owner = newOwnerId()
  const started = Date.now()
  let built = 0
  for (const [index, instance] of instances.entries()) {
    // The assembler's own lines (progress, each item left out) stay quiet unless something goes wrong.
    const details: string[] = []
    const deps = { payload, render: options.render, measure: options.measure, now: () => new Date(), owner, log: (line: string) => details.push(line) }
    const one = Date.now()
    const outcome = await assembleProgramme(deps, { instance, station, candidates: publishedBy(candidates, instance.start) })
    if (outcome === 'assembled' || outcome === 'unchanged') built++
    const when = `${WEEKDAY_NAMES_VI[weekdayOf(instance.date)]} ${formatLocalDateVi(instance.date)} ${instance.slot.start}`
    log(`  [${index + 1}/${instances.length}] ${when} ${instance.slot.name}: ${OUTCOME_VI[outcome]} (${seconds(Date.now() - one)} giây)`)
    if (outcome === 'failed' || outcome === 'empty') for (const line of details.filter((line) => !/: \d+%$/.test(line))) log(`      ${line}`)
  }
  log(`Đã dựng ${built}/${instances.length} chương trình đã phát sau ${seconds(Date.now() - started)} giây.`)
  return built
}
