/**
 * `npm run playout` (also started by `npm start` when Liquidsoap is installed): airs the schedule.
 * Takes the playout lease first (one playout per database: a second one says who airs and waits,
 * src/broadcast/playoutLease), then starts the embedded Icecast (or uses ICECAST_URL), writes and
 * starts Liquidsoap, and follows the day's playlists (re-read every 30 s) with the air scheduler.
 * Restarted mid-programme, it resumes the slot at its position (airPlan's offset) or rejoins the relay.
 */
import { randomBytes } from 'node:crypto'
import type { ChildProcess } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { loadDotEnv } from '../boot/env'
import { exitWithParentIfAsked } from '../boot/exitWithParent'
import { type AirLayerState, airSwitchLog } from '../broadcast/deadAir'
import { addDays } from '../broadcast/localDate'
import { asRunReportUrl, asRunSecret } from '../lib/asRunSecret'
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
import { embeddedTarget, externalIcecastFromEnv, newIcecastConfig, startEmbeddedIcecast } from './icecast'
import { type EngineSettings, engineSettingsFromStation, parseEngineSettings, playoutOptionsFromStation, sameEngineSettings } from './stationPlayout'
import { AIR_COMMAND, deadAirCommand, EMERGENCY_STOP_COMMAND, emergencyCommand, mainClockStopped, playCommand, relayCommand, type RunningLiquidsoap, soundCardFailure, startLiquidsoap, stopCommand } from './liquidsoap'

const log = (line: string) => console.log(`[playout ${new Date().toISOString()}] ${line}`)
const pad = (n: number) => String(n).padStart(2, '0')

async function main() {
  loadDotEnv()
  const unavailable = playoutUnavailableReason()
  if (unavailable) {
    console.log(`[playout] ${unavailable}`)
    process.exit(0)
  }
  // From the process's own start (Node and its loader included), as a restart is timed.
  const startedAt = Date.now() - process.uptime() * 1000
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
  // The engine's socket and script are this process's own: a second playout on the same data folder
  // (waiting for the lease) must not replace the socket of the one on air.
  const runDir = path.join(dir, `run-${process.pid}`)
  await removeDeadRunDirs(dir)
  cleanups.push(() => rm(runDir, { recursive: true, force: true }))
  const engineFile = path.join(dir, 'engine.json')
  const external = externalIcecastFromEnv(process.env)
  // The embedded server's passwords are made now, so Liquidsoap can start before the server does.
  const icecastConfig = external ? null : newIcecastConfig(process.env.LOA_ICECAST_PORT ? Number(process.env.LOA_ICECAST_PORT) : 8000)
  const { target, listenUrl } = external ? { target: external, listenUrl: external.listenUrl } : embeddedTarget(icecastConfig!)

  let layer: AirLayerState = null
  let deadAirSeconds = 15
  // One run id per playout process: the as-run rows' keys stay unique across restarts.
  const asRun = { url: asRunReportUrl(), secret: asRunSecret(), runId: randomBytes(8).toString('hex') }
  const launch = (engine: EngineSettings, onSpawn?: (child: ChildProcess) => void) => {
    deadAirSeconds = engine.deadAirSeconds
    return startLiquidsoap({
      onSpawn,
      settings: {
        controlSocket: path.join(runDir, 'liquidsoap.sock'),
        icecast: target,
        stationName: engine.stationName,
        deadAirSeconds: engine.deadAirSeconds,
        // The filler between slots is a station setting; a change takes effect at the next playout start.
        fillerFile: engine.fillerFile,
        // Also a playout-start setting: the card is opened once.
        soundCard: engine.soundCard,
        // Off air until the lease is ours (AIR_COMMAND).
        holdOutput: true,
        // Each item on air is reported to Loa's server (the as-run log), on loopback unless LOA_URL says otherwise.
        asRun,
      },
      scriptFile: path.join(runDir, 'loa.liq'),
      onLine: (line) => {
        // Dead-air switches and the relay's return get a line of their own, with the reason.
        const logged = airSwitchLog(layer, line, deadAirSeconds)
        if (logged) {
          layer = logged.layer
          if (logged.message) log(logged.message)
        }
        log(`liquidsoap: ${line}`)
        const cardFailed = soundCardFailure(line, engine.soundCard)
        if (cardFailed) log(cardFailed)
        // With a sound card, a failed main clock does not end Liquidsoap by itself (see soundCardLines).
        if (engine.soundCard && mainClockStopped(line)) void stop('Liquidsoap ngừng phát luồng chính', 1)
      },
    })
  }
  // Liquidsoap takes seconds of CPU to start (it type-checks its library), as long as opening the
  // database: a restart (the playout that last aired from this data folder is gone) starts it at
  // once, with the settings it last aired with and off air, so the two overlap. Not while that
  // playout still runs (this one will most likely wait); a playout that finds the lease held after
  // all ends it before it waits.
  const saved = await readFile(engineFile, 'utf8').then(parseEngineSettings, () => null)
  type EarlyEngine = { settings: EngineSettings; engine: Promise<RunningLiquidsoap | null>; child: ChildProcess | null }
  let early: EarlyEngine | null = null
  if (saved && !pidAlive(saved.pid)) {
    const pending: EarlyEngine = { settings: saved, engine: Promise.resolve(null), child: null }
    pending.engine = launch(saved, (child) => (pending.child = child)).catch(() => null)
    early = pending
  }
  const dropEarly = async () => {
    const pending = early
    early = null
    // Off air: nothing to close cleanly, and it may still be starting.
    pending?.child?.kill('SIGKILL')
    await pending?.engine
  }
  cleanups.push(dropEarly)

  // Imported here, not above: loading Payload and the database adapter is most of a restart's
  // time, and the engine above starts meanwhile.
  const { openPayload } = await import('../boot/openPayload')
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
    await waitForLease(payload, me, station.timeZone, () => stopping, dropEarly)
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
      if (icecastConfig) {
        const embedded = await startEmbeddedIcecast({ dir, config: icecastConfig, onLine: (line) => log(`icecast: ${line}`) })
        airing.push(embedded.stop)
        embedded.child.on('exit', () => void (ending || stop('icecast2 đã dừng', 1)))
      }
      const icecastSeconds = (Date.now() - icecastStarted) / 1000

      const liquidsoapStarted = Date.now()
      const settings = await loadStationSettings(payload)
      const wanted = engineSettingsFromStation(settings)
      let liquidsoap: RunningLiquidsoap | null = null
      if (early) {
        const pending = early
        early = null
        const engine = await pending.engine
        const running = engine && engine.child.exitCode === null && engine.child.signalCode === null
        if (running && sameEngineSettings(pending.settings, wanted)) liquidsoap = engine
        else await engine?.stop()
      }
      liquidsoap ??= await launch(wanted)
      const engine = liquidsoap
      airing.push(engine.stop)
      engine.child.on('exit', () => void (ending || stop('Liquidsoap đã dừng', 1)))
      await writeFile(engineFile, JSON.stringify({ ...wanted, pid: process.pid }), { mode: 0o600 }).catch(() => {})
      await engine.command(AIR_COMMAND)
      const liquidsoapSeconds = (Date.now() - liquidsoapStarted) / 1000
      const took = (seconds: number) => seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 })
      const card = wanted.soundCard
      log(
        `Đang phát lên ${listenUrl}${card ? ` và ra card âm thanh ${card.kind === 'alsa' ? `ALSA ${card.device}` : `PulseAudio ${card.device || '(mặc định)'}`}` : ''} (múi giờ ${settings.timeZone}); sẵn sàng sau ${took((Date.now() - startedAt) / 1000)} giây: ` +
          `mở cơ sở dữ liệu ${took(payloadSeconds)}, chờ quyền phát ${took(leaseSeconds)}, Icecast ${took(icecastSeconds)}, chờ thêm Liquidsoap ${took(liquidsoapSeconds)}`,
      )
      const { deadAirFillerFile } = playoutOptionsFromStation(settings)

      const scheduler = startAirScheduler({
        engine: {
          play: (file, cue, plan) => engine.command(playCommand(file, cue, plan)),
          relay: (url, plan) => engine.command(relayCommand(url, plan)),
          deadAir: (file) => engine.command(deadAirCommand(file)),
          stop: (plan) => engine.command(stopCommand(plan)),
          emergency: (file, cue, plan) => engine.command(emergencyCommand(file, cue, plan)),
          emergencyStop: () => engine.command(EMERGENCY_STOP_COMMAND),
        },
        // "Phát ngay" is seen within this poll (2 s) and cuts in at once.
        loadEmergencies: async (now) => {
          const [notices, current] = await Promise.all([loadReleasedEmergencies(payload, now), loadStationSettings(payload)])
          return { notices, repeatHours: current.emergencyRepeatHours }
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

const pidAlive = (pid: number | null) => {
  if (!pid) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

/** Run folders of playout processes that no longer exist (killed: nobody removed theirs). */
async function removeDeadRunDirs(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1])
    if (!pid || pid === process.pid) continue
    try {
      process.kill(pid, 0)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH') await rm(path.join(dir, name), { recursive: true, force: true })
    }
  }
}

/** Until the lease is ours (or the playout is stopped): says once per holder who airs instead. */
async function waitForLease(payload: Payload, me: string, timeZone: string, stopped: () => boolean, onWait: () => Promise<void>): Promise<void> {
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
      // A waiting playout runs no engine.
      await onWait()
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
