import { measureLoudness } from '../audio/probe'
import { renderProgramme } from '../audio/render'
import { loadDotEnv } from '../boot/env'
import { exitWithParentIfAsked } from '../boot/exitWithParent'
import { openPayload } from '../boot/openPayload'
import type { AssemblyDeps } from '../radio/assembleProgramme'
import { emergencyReporter } from '../radio/emergencies'
import { newOwnerId } from '../radio/locks'
import { recoverInterruptedAssembly } from '../radio/recovery'
import { assembleDue, planDays } from '../radio/runDay'
import { loadStationSettings } from '../radio/station'
import { scheduleJobs } from './cron'

/**
 * The radio worker (`npm run worker`, also started by `npm start`): plans the next two days at 00:05
 * and on start, and every minute assembles the programmes that are due (lead time, retries,
 * rebuilds after content changes). Timers run in the station's time zone, whatever the server TZ.
 */
async function main() {
  loadDotEnv()
  const log = (line: string) => console.log(`[worker ${new Date().toISOString()}] ${line}`)
  const { payload } = await openPayload({ key: 'loa-worker' })
  const deps: AssemblyDeps = { payload, render: renderProgramme, measure: measureLoudness, now: () => new Date(), owner: newOwnerId(), log }
  const station = await loadStationSettings(payload)
  // Said first: the zone decides which day and which slots the work below is for.
  log(`Máy dựng chương trình khởi động (múi giờ ${station.timeZone})`)

  // An assembler killed mid-render leaves partial files, its locks and programmes left `assembling`.
  await recoverInterruptedAssembly(payload, new Date(), log)

  // Until Loa airs emergencies itself, the playlist carries them; the log says each one is waiting.
  const reportEmergencies = emergencyReporter(payload, log, station.timeZone)
  await reportEmergencies(deps.now())
  await planDays(deps)
  await assembleDue(deps)
  const timers = scheduleJobs(
    [
      { name: 'planDays', expression: '5 0 * * *', run: () => planDays(deps) },
      // LOA_ASSEMBLE_CRON lets tests poll every few seconds (node-cron accepts a seconds field).
      { name: 'assembleDue', expression: process.env.LOA_ASSEMBLE_CRON || '* * * * *', run: () => assembleDue(deps) },
      { name: 'reportEmergencies', expression: process.env.LOA_ASSEMBLE_CRON || '* * * * *', run: () => reportEmergencies(deps.now()) },
    ],
    station.timeZone,
    log,
  )
  log('Máy dựng chương trình đang chạy, chờ đến giờ dựng tiếp theo')

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    log(`${signal}: đang dừng (chờ chương trình đang dựng xong)…`)
    await timers.stop()
    await payload.destroy()
    process.exit(0)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  exitWithParentIfAsked((reason) => void stop(reason))
}

main().catch((error: unknown) => {
  console.error('[worker] Không khởi động được máy dựng:', error instanceof Error ? error.message : error)
  process.exit(1)
})
