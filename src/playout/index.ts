/**
 * `npm run playout` (also started by `npm start` when Liquidsoap is installed): airs the schedule.
 * Takes the playout lease first (one playout per database: a second one says who airs and waits,
 * src/broadcast/playoutLease), then starts the embedded Icecast (or uses ICECAST_URL), writes and
 * starts Liquidsoap, and follows the day's playlists (re-read every 30 s) with the air scheduler.
 * Restarted mid-programme, it resumes the slot at its position (airPlan's offset) or rejoins the relay.
 */
import path from 'node:path'
import type { Payload } from 'payload'
import { loadDotEnv } from '../boot/env'
import { exitWithParentIfAsked } from '../boot/exitWithParent'
import { openPayload } from '../boot/openPayload'
import { type AirLayerState, airSwitchLog } from '../broadcast/deadAir'
import { addDays } from '../broadcast/localDate'
import { dataDir, mediaDir } from '../lib/paths'
import { localParts } from '../lib/viDate'
import { RENEW_MS, takeOverMessage, WAIT_POLL_MS, waitingMessage } from '../broadcast/playoutLease'
import { newOwnerId } from '../radio/locks'
import { readPlayoutLease, releasePlayoutLease, renewPlayoutLease, tryTakePlayoutLease } from '../radio/playoutLock'
import { playlistForDate } from '../radio/playlistService'
import { loadReleasedEmergencies } from '../radio/emergencies'
import { loadStationSettings } from '../radio/station'
import { fileForUrl, startAirScheduler } from './airScheduler'
import { playoutUnavailableReason } from './availability'
import { type EmbeddedIcecast, externalIcecastFromEnv, startEmbeddedIcecast } from './icecast'
import { playoutOptionsFromStation } from './stationPlayout'
import { deadAirCommand, EMERGENCY_STOP_COMMAND, emergencyCommand, playCommand, relayCommand, STOP_COMMAND, startLiquidsoap } from './liquidsoap'

const log = (line: string) => console.log(`[playout ${new Date().toISOString()}] ${line}`)
const pad = (n: number) => String(n).padStart(2, '0')

async function main() {
  loadDotEnv()
  const unavailable = playoutUnavailableReason()
  if (unavailable) {
    console.log(`[playout] ${unavailable}`)
    process.exit(0)
  }
  const startedAt = Date.now()
  // Registered before anything starts: a stop during start-up (or `npm start` killed meanwhile)
  // must not leave a half-started playout running. `airing` holds what one spell on air started
  // (engines, scheduler, lease renewal), undone when the lease is lost; `cleanups` the rest.
  const cleanups: (() => Promise<void> | void)[] = []
  let airing: (() => Promise<void> | void)[] = []
  let stopping = false
  const stop = async (reason: string, code = 0) => {
    if (stopping) return
    stopping = true
    log(`${reason}: đang dừng phát sóng…`)
    for (const cleanup of [...airing.reverse(), ...cleanups.reverse()]) await cleanup()
    process.exit(code)
  }
  process.on('SIGTERM', () => void stop('SIGTERM'))
  process.on('SIGINT', () => void stop('SIGINT'))
  exitWithParentIfAsked((reason) => void stop(reason))

  const dir = path.join(dataDir(), 'playout')
  const external = externalIcecastFromEnv(process.env)
  const listenTo = external?.listenUrl

  const { payload } = await openPayload({ key: 'loa-playout' })
  cleanups.push(() => payload.destroy())
  const me = newOwnerId()
  // Released at a clean stop, so a playout started next takes over at once.
  cleanups.push(() => releasePlayoutLease(payload, me).catch(() => {}))
  const station = await loadStationSettings(payload)
  const payloadSeconds = (Date.now() - startedAt) / 1000

  for (;;) {
    // The lease first: a playout that waits must not air, nor take the Icecast mount or its port.
    const waitedSince = Date.now()
    await waitForLease(payload, me, station.timeZone, () => stopping)
    if (stopping) return
    const leaseSeconds = (Date.now() - waitedSince) / 1000
    // Engines that stop by themselves end the playout; engines stopped on a lost lease do not.
    let ending = false
    const lost = await airWhileLeaseHeld()
    if (stopping) return
    ending = true
    log(`${lost}: dừng phát sóng và chờ lấy lại quyền phát`)
    for (const undo of airing.reverse()) await undo()
    airing = []

    async function airWhileLeaseHeld(): Promise<string> {
      let leaseLost: (reason: string) => void = () => {}
      const lostReason = new Promise<string>((resolve) => (leaseLost = resolve))
      airing.push(renewLease(payload, me, leaseLost))

      const icecastStarted = Date.now()
      let embedded: EmbeddedIcecast | null = null
      if (!external) {
        const port = process.env.LOA_ICECAST_PORT ? Number(process.env.LOA_ICECAST_PORT) : 8000
        embedded = await startEmbeddedIcecast({ dir, port, onLine: (line) => log(`icecast: ${line}`) })
        airing.push(embedded.stop)
        embedded.child.on('exit', () => void (ending || stop('icecast2 đã dừng', 1)))
      }
      const target = external ?? embedded!.target
      const listenUrl = listenTo ?? embedded!.listenUrl
      const icecastSeconds = (Date.now() - icecastStarted) / 1000

      const liquidsoapStarted = Date.now()
      const settings = await loadStationSettings(payload)
      const { betweenSlotsFile, deadAirFillerFile, deadAirSeconds } = playoutOptionsFromStation(settings)
      let layer: AirLayerState = null
      const liquidsoap = await startLiquidsoap({
        settings: {
          controlSocket: path.join(dir, 'liquidsoap.sock'),
          icecast: target,
          stationName: settings.name,
          deadAirSeconds,
          // The filler between slots is a station setting; a change takes effect at the next playout start.
          fillerFile: betweenSlotsFile,
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
      airing.push(liquidsoap.stop)
      liquidsoap.child.on('exit', () => void (ending || stop('Liquidsoap đã dừng', 1)))
      const liquidsoapSeconds = (Date.now() - liquidsoapStarted) / 1000
      const took = (seconds: number) => seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 })
      log(
        `Đang phát lên ${listenUrl} (múi giờ ${settings.timeZone}); khởi động ${took((Date.now() - startedAt) / 1000)} giây: ` +
          `cơ sở dữ liệu ${took(payloadSeconds)}, chờ quyền phát ${took(leaseSeconds)}, Icecast ${took(icecastSeconds)}, Liquidsoap ${took(liquidsoapSeconds)}`,
      )

      const scheduler = startAirScheduler({
        engine: {
          play: (file, cue) => liquidsoap.command(playCommand(file, cue)),
          relay: (url) => liquidsoap.command(relayCommand(url)),
          deadAir: (file) => liquidsoap.command(deadAirCommand(file)),
          stop: () => liquidsoap.command(STOP_COMMAND),
          emergency: (file, cue) => liquidsoap.command(emergencyCommand(file, cue)),
          emergencyStop: () => liquidsoap.command(EMERGENCY_STOP_COMMAND),
        },
        // "Phát ngay" is seen within this poll (2 s) and cuts in at once.
        loadEmergencies: async (now) => {
          const [notices, current] = await Promise.all([loadReleasedEmergencies(payload, now), loadStationSettings(payload)])
          return { notices, repeatHours: current.emergencyRepeatHours ?? 2 }
        },
        // A restart finds the slot under way: airPlan gives its position, played from there (cue in).
        loadPlaylists: async (now) => {
          const p = localParts(now, settings.timeZone)
          const today = `${p.year}-${pad(p.month)}-${pad(p.day)}`
          return Promise.all([addDays(today, -1), today, addDays(today, 1)].map((date) => playlistForDate(payload, date, now)))
        },
        resolveFile: (url) => fileForUrl(url, mediaDir()),
        fillerFile: deadAirFillerFile,
        log,
      })
      airing.push(scheduler.stop)
      return lostReason
    }
  }
}

/** Until the lease is ours (or the playout is stopped): says once per holder who airs instead. */
async function waitForLease(payload: Payload, me: string, timeZone: string, stopped: () => boolean): Promise<void> {
  let announced: string | null = null
  let failing = false
  while (!stopped()) {
    let wait = WAIT_POLL_MS
    try {
      const result = await tryTakePlayoutLease(payload, me, new Date())
      failing = false
      if (result.taken) {
        if (result.tookOver) log(takeOverMessage(result.tookOver.reason, result.tookOver.owner))
        return
      }
      if (result.holder && result.holder.owner !== announced) {
        announced = result.holder.owner
        log(waitingMessage(result.holder, timeZone))
      }
      // Looked at again right after it lapses, so a takeover loses no time to the poll.
      if (result.holder) wait = Math.max(50, Math.min(WAIT_POLL_MS, result.holder.expiresAt.getTime() - Date.now() + 20))
    } catch (error) {
      if (!failing) log(`Không đọc được khóa phát sóng, thử lại: ${(error as Error).message}`)
      failing = true
    }
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

/**
 * Renews the lease every RENEW_MS while on air; calls `lost` when the database says another playout
 * holds it. A database that cannot be reached is not a lost lease: the station stays on air (an
 * outage must not silence it) and the renewal is tried again. Returns the stop.
 */
function renewLease(payload: Payload, me: string, lost: (reason: string) => void): () => void {
  let timer: NodeJS.Timeout | null = null
  let stopped = false
  let failing = false
  const tick = async () => {
    try {
      if ((await renewPlayoutLease(payload, me, new Date())) === 'lost') {
        const holder = await readPlayoutLease(payload).catch(() => null)
        lost(`Mất quyền phát sóng: ${holder ? `playout ${holder.owner} đang giữ khóa` : 'khóa phát sóng đã bị gỡ'}`)
        return
      }
      failing = false
    } catch (error) {
      if (!failing) log(`Không gia hạn được khóa phát sóng, vẫn phát và thử lại: ${(error as Error).message}`)
      failing = true
    }
    if (!stopped) timer = setTimeout(() => void tick(), RENEW_MS)
  }
  timer = setTimeout(() => void tick(), RENEW_MS)
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}

main().catch((error) => {
  console.error(`[playout] Không khởi động được phát sóng: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
