/**
 * `npm run playout` (also started by `npm start` when Liquidsoap is installed): airs the schedule.
 * Starts the embedded Icecast (or uses ICECAST_URL), writes and starts Liquidsoap, then follows the
 * day's playlists (today's and tomorrow's, re-read every 30 s) with the air scheduler.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { loadDotEnv } from '../boot/env'
import { exitWithParentIfAsked } from '../boot/exitWithParent'
import { openPayload } from '../boot/openPayload'
import { type AirLayerState, airSwitchLog } from '../broadcast/deadAir'
import { addDays } from '../broadcast/localDate'
import { asRunReportUrl, asRunSecret } from '../lib/asRunSecret'
import { dataDir, mediaDir } from '../lib/paths'
import { localParts } from '../lib/viDate'
import { playlistForDate } from '../radio/playlistService'
import { loadReleasedEmergencies } from '../radio/emergencies'
import { loadStationSettings } from '../radio/station'
import { fileForUrl, startAirScheduler } from './airScheduler'
import { playoutUnavailableReason } from './availability'
import { type EmbeddedIcecast, externalIcecastFromEnv, startEmbeddedIcecast } from './icecast'
import { playoutOptionsFromStation } from './stationPlayout'
import { deadAirCommand, EMERGENCY_STOP_COMMAND, emergencyCommand, playCommand, relayCommand, startLiquidsoap, stopCommand } from './liquidsoap'

const log = (line: string) => console.log(`[playout ${new Date().toISOString()}] ${line}`)
const pad = (n: number) => String(n).padStart(2, '0')

async function main() {
  loadDotEnv()
  const unavailable = playoutUnavailableReason()
  if (unavailable) {
    console.log(`[playout] ${unavailable}`)
    process.exit(0)
  }
  // Registered before anything starts: a stop during start-up (or `npm start` killed meanwhile)
  // must not leave a half-started playout running. Each part adds its own stop as it starts.
  const cleanups: (() => Promise<void> | void)[] = []
  let stopping = false
  const stop = async (reason: string, code = 0) => {
    if (stopping) return
    stopping = true
    log(`${reason}: đang dừng phát sóng…`)
    for (const cleanup of cleanups.reverse()) await cleanup()
    process.exit(code)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  exitWithParentIfAsked((reason) => void stop(reason))

  const dir = path.join(dataDir(), 'playout')
  const external = externalIcecastFromEnv(process.env)
  let embedded: EmbeddedIcecast | null = null
  if (!external) {
    const port = process.env.LOA_ICECAST_PORT ? Number(process.env.LOA_ICECAST_PORT) : 8000
    embedded = await startEmbeddedIcecast({ dir, port, onLine: (line) => log(`icecast: ${line}`) })
    cleanups.push(embedded.stop)
    embedded.child.on('exit', () => void stop('icecast2 đã dừng', 1))
  }
  const target = external ?? embedded!.target
  const listenUrl = external?.listenUrl ?? embedded!.listenUrl

  const { payload } = await openPayload({ key: 'loa-playout' })
  cleanups.push(() => payload.destroy())
  const station = await loadStationSettings(payload)
  const { betweenSlotsFile, deadAirFillerFile, deadAirSeconds } = playoutOptionsFromStation(station)
  let layer: AirLayerState = null
  const liquidsoap = await startLiquidsoap({
    settings: {
      controlSocket: path.join(dir, 'liquidsoap.sock'),
      icecast: target,
      stationName: station.name,
      deadAirSeconds,
      // The filler between slots is a station setting; a change takes effect at the next playout start.
      fillerFile: betweenSlotsFile,
      // Each item on air is reported to Loa's server (the as-run log), on loopback unless LOA_URL says otherwise.
      asRun: { url: asRunReportUrl(), secret: asRunSecret(), runId: randomBytes(8).toString('hex') },
    },
    scriptFile: path.join(dir, 'loa.liq'),
    onLine: (line) => {
      // Dead-air switches and the relay's return get a line of their own, with the reason.
      const logged = airSwitchLog(layer, line, deadAirSeconds)
      if (logged) {
        layer = logged.layer
        if (logged.message) log(logged.message)
      }
      log(`liquidsoap: ${line}`)
    },
  })
  cleanups.push(liquidsoap.stop)
  liquidsoap.child.on('exit', () => void stop('Liquidsoap đã dừng', 1))
  log(`Đang phát lên ${listenUrl} (múi giờ ${station.timeZone})`)

  const scheduler = startAirScheduler({
    engine: {
      play: (file, cue, plan) => liquidsoap.command(playCommand(file, cue, plan)),
      relay: (url, plan) => liquidsoap.command(relayCommand(url, plan)),
      deadAir: (file) => liquidsoap.command(deadAirCommand(file)),
      stop: (plan) => liquidsoap.command(stopCommand(plan)),
      emergency: (file, cue, plan) => liquidsoap.command(emergencyCommand(file, cue, plan)),
      emergencyStop: () => liquidsoap.command(EMERGENCY_STOP_COMMAND),
    },
    // "Phát ngay" is seen within this poll (2 s) and cuts in at once.
    loadEmergencies: async (now) => {
      const [notices, settings] = await Promise.all([loadReleasedEmergencies(payload, now), loadStationSettings(payload)])
      return { notices, repeatHours: settings.emergencyRepeatHours ?? 2 }
    },
    loadPlaylists: async (now) => {
      const p = localParts(now, station.timeZone)
      const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`
      return Promise.all([addDays(today, -1), today, addDays(today, 1)].map((date) => playlistForDate(payload, date, now)))
    },
    resolveFile: (url) => fileForUrl(url, mediaDir()),
    fillerFile: deadAirFillerFile,
    log,
  })

  cleanups.push(scheduler.stop)
}

main().catch((error) => {
  console.error(`[playout] Không khởi động được phát sóng: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
