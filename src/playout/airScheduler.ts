/**
 * Loa's side of playout: keeps the engine in step with the plan. A timer is armed for the next
 * change (a slot start or end, from src/broadcast/airPlan); when it fires, the event due at that
 * instant is worked out afresh and sent to the engine if it differs from what is on air. The
 * playlists are re-read every `refreshMs`, so a programme rebuilt before its slot is picked up
 * without a restart. Station time comes from the instants themselves (ISO strings with offsets).
 */
import path from 'node:path'
import { type AirEvent, airingAt, airPlan, nextChange, PLAYED_OUT } from '../broadcast/airPlan'
import type { AirReportPlan } from '../broadcast/asRun'
import { deadAirFallback } from '../broadcast/deadAir'
import { type EmergencyAiring, emergencyAiringAt, emergencyAirings, type ReleasedEmergency } from '../broadcast/emergencyAirings'
import type { Playlist } from '../broadcast/types'

/**
 * `plan`: what the as-run log records of the item (slot, title, kind, planned times, source, why a
 * fallback airs); the engine reports it back when the item really starts and ends on air.
 */
export type AirEngine = {
  play: (file: string, cue: { inSeconds: number; outSeconds: number }, plan?: AirReportPlan) => Promise<void>
  relay: (url: string, plan?: AirReportPlan) => Promise<void>
  /** The file looped while the relay is dead (null: silence); sent before each relay. */
  deadAir?: (file: string | null) => Promise<void>
  /** With a plan: the slot airs silence (its file is missing); without: the gap between slots. */
  stop: (plan?: AirReportPlan) => Promise<void>
  /** Interrupts everything with an emergency (optional: an engine without it airs none). */
  emergency?: (file: string, cue: { inSeconds: number }, plan?: AirReportPlan) => Promise<void>
  emergencyStop?: () => Promise<void>
}

export type AirSchedulerOptions = {
  engine: AirEngine
  /** The playlists that cover `now` and the next hours (today's and tomorrow's). */
  loadPlaylists: (now: Date) => Promise<Playlist[]>
  /** A playlist URL as a path or URL Liquidsoap can open; null when it cannot be played. */
  resolveFile: (url: string) => string | null
  /** The station filler's file: the dead-air fallback when set (else the latest local programme). */
  fillerFile?: string | null
  refreshMs?: number
  /**
   * Released emergencies ("Phát ngay"), polled every `emergencyPollMs` (default 2 s) so one cuts in
   * within seconds of its release; `repeatHours` is the station's repeat interval.
   */
  loadEmergencies?: (now: Date) => Promise<{ notices: ReleasedEmergency[]; repeatHours: number }>
  emergencyPollMs?: number
  now?: () => Date
  log?: (line: string) => void
}

/** Site-relative "/media/…" URLs are files under the media folder; absolute http(s) URLs are fetched. */
export function fileForUrl(url: string, mediaDir: string): string | null {
  if (/^https?:\/\//i.test(url)) return url
  if (!url.startsWith('/media/')) return null
  let relative: string
  try {
    relative = decodeURIComponent(url.slice('/media/'.length).split(/[?#]/)[0])
  } catch {
    return null
  }
  const file = path.resolve(mediaDir, relative)
  return file.startsWith(path.resolve(mediaDir) + path.sep) ? file : null
}

/** A site URL's file relative to the media folder (as the as-run log records it); a relay URL as it is. */
function sourceOf(url: string): string {
  if (!url.startsWith('/media/')) return url
  try {
    return decodeURIComponent(url.slice('/media/'.length).split(/[?#]/)[0])
  } catch {
    return url
  }
}

/** The as-run plan of a scheduled item; `fallback`: why it is not what the schedule planned. */
export function reportPlanOf(event: AirEvent, fallback?: string): AirReportPlan {
  const kind = event.entryKind === 'emergency' ? 'emergency' : event.entryKind
  return {
    slot: event.slot,
    title: event.title,
    kind,
    plannedStart: event.start.toISOString(),
    plannedEnd: event.end.toISOString(),
    ...(event.play.kind !== 'silence' ? { source: sourceOf(event.play.url) } : {}),
    ...(fallback ? { fallback } : {}),
  }
}

/** See applyEmergency. */
const LATE_START_SECONDS = 15
const emergencyKey = (airing: EmergencyAiring) => `khan-cap:${airing.id}@${airing.start.toISOString()}|${airing.url}`
const keyOf = (event: AirEvent | null) => (event && event.play.kind !== 'silence' ? `${event.slot}@${event.start.toISOString()}|${event.play.kind}|${event.play.url}` : null)
const hhmmss = (date: Date) => date.toISOString().slice(11, 19)

export function startAirScheduler(options: AirSchedulerOptions): { stop: () => void; refresh: () => Promise<void> } {
  const now = options.now ?? (() => new Date())
  const log = options.log ?? (() => {})
  const refreshMs = options.refreshMs ?? 30_000
  let playlists: Playlist[] = []
  let emergencies: { notices: ReleasedEmergency[]; repeatHours: number } = { notices: [], repeatHours: 2 }
  let onAir: string | null = null
  /** The emergency airing on air, while one is; `shiftMs`: how much later than planned it started. */
  let emergencyOnAir: { key: string; title: string; shiftMs: number; endMs: number; recordingEndMs: number } | null = null
  let timer: NodeJS.Timeout | null = null
  let stopped = false
  // Changes go to the engine one at a time, in order.
  let chain: Promise<void> = Promise.resolve()

  const airingsAt = (at: Date) => (options.engine.emergency ? emergencyAirings(emergencies.notices, at, emergencies.repeatHours) : [])

  /**
   * An emergency due at `at` goes on air over everything; true while one is on air. The playout
   * notices a release up to a poll later than its instant: an airing found less than
   * LATE_START_SECONDS in is played from the top (a warning is heard whole) and its end shifts by as
   * much; only a restart well into an airing resumes it at its position.
   */
  async function applyEmergency(at: Date): Promise<boolean> {
    if (emergencyOnAir) {
      const shifted = new Date(at.getTime() - emergencyOnAir.shiftMs)
      const same = emergencyAiringAt(airingsAt(shifted), shifted)
      if (same && emergencyKey(same) === emergencyOnAir.key) return true
    }
    const airing = emergencyAiringAt(airingsAt(at), at)
    if (!airing || emergencyKey(airing) === emergencyOnAir?.key) return false
    const file = options.resolveFile(airing.url)
    if (!file) {
      log(`KHẨN CẤP ${airing.title}: không mở được tệp ${airing.url}`)
      return false
    }
    try {
      const fromTop = airing.offsetSeconds < LATE_START_SECONDS
      const inSeconds = fromTop ? 0 : airing.offsetSeconds
      await options.engine.emergency!(file, { inSeconds }, { title: airing.title, kind: 'emergency', source: sourceOf(airing.url) })
      const shiftMs = fromTop ? at.getTime() - airing.start.getTime() : 0
      const endMs = airing.end.getTime() + shiftMs
      emergencyOnAir = { key: emergencyKey(airing), title: airing.title, shiftMs, endMs, recordingEndMs: endMs }
      onAir = emergencyOnAir.key
      log(`KHẨN CẤP ${airing.title}: ngắt chương trình, phát ${file}${inSeconds ? ` từ giây ${inSeconds.toFixed(1)}` : ''}${airing.repeat ? ` (lần lặp ${airing.repeat})` : ''}`)
    } catch (error) {
      log(`Lỗi điều khiển Liquidsoap (khẩn cấp): ${(error as Error).message}`)
      onAir = '?'
    }
    return true
  }

  async function apply(at: Date) {
    if (await applyEmergency(at)) return
    const events = airPlan(playlists, at)
    const event = airingAt(events, at)
    const key = keyOf(event)
    // Stopped before its recording ended: cut it after the schedule's item is queued below it, so
    // the interrupted slot's start is not heard for a moment.
    const cutEmergency = emergencyOnAir !== null && at.getTime() < emergencyOnAir.recordingEndMs - 500
    const endedEmergency = emergencyOnAir
    emergencyOnAir = null
    if (key === onAir && !endedEmergency) return
    try {
      if (!event || event.play.kind === 'silence') {
        // A slot that airs silence (its file missing) is recorded as such; a gap between slots is not.
        const silentSlot = event && event.play.kind === 'silence' && event.play.reason !== PLAYED_OUT ? reportPlanOf(event, event.play.reason) : undefined
        await options.engine.stop(silentSlot)
        if (event) log(`${event.title}: im lặng (${event.play.kind === 'silence' ? event.play.reason : ''})`)
        else log('Hết khung giờ: dừng phát')
      } else if (event.play.kind === 'relay') {
        const fallback = deadAirFallback(playlists, at, options.fillerFile ?? null)
        const fallbackFile = !fallback ? null : fallback.kind === 'filler' ? fallback.file : options.resolveFile(fallback.url)
        await options.engine.deadAir?.(fallbackFile)
        await options.engine.relay(event.play.url, reportPlanOf(event))
        const spare = !fallbackFile ? 'im lặng' : fallback?.kind === 'filler' ? 'nhạc nền' : `chương trình "${fallback?.kind === 'programme' ? fallback.title : ''}"`
        log(`${event.title}: tiếp sóng ${event.play.url} (mất sóng thì phát ${spare})`)
      } else {
        const file = options.resolveFile(event.play.url)
        if (!file) {
          await options.engine.stop(reportPlanOf(event, `Không mở được tệp ${event.play.url}: im lặng`))
          log(`${event.title}: không mở được tệp ${event.play.url}, im lặng`)
        } else {
          // The slot's end as a cue-out point is the engine's own guard against an overrun.
          const outSeconds = (event.end.getTime() - event.start.getTime()) / 1000
          // Under half a second late is a timer's jitter, not a restart: start from the top.
          const inSeconds = event.offsetSeconds >= 0.5 ? event.offsetSeconds : 0
          await options.engine.play(file, { inSeconds, outSeconds }, reportPlanOf(event, event.note))
          log(`${event.title}: phát ${file}${inSeconds ? ` từ giây ${inSeconds.toFixed(1)}` : ''} (khung ${hhmmss(event.start)}–${hhmmss(event.end)} UTC)`)
        }
      }
      if (endedEmergency) {
        // What airs now is what is due now: the slot at its current position (airPlan's offset),
        // not a replay of what the emergency interrupted.
        if (cutEmergency && options.engine.emergencyStop) await options.engine.emergencyStop()
        log(`Hết tin khẩn cấp ${endedEmergency.title}${cutEmergency ? ' (đã dừng)' : ''}: tiếp tục lịch phát`)
      }
      onAir = key
    } catch (error) {
      // Retried at the next timer; the engine keeps what it had.
      log(`Lỗi điều khiển Liquidsoap: ${(error as Error).message}`)
      onAir = '?'
    }
  }

  function arm() {
    if (stopped) return
    if (timer) clearTimeout(timer)
    const at = now()
    if (emergencyOnAir) {
      // Its end as it now stands (a stop shortens it), shifted like its start.
      const shifted = new Date(at.getTime() - emergencyOnAir.shiftMs)
      const current = airingsAt(shifted).find((a) => emergencyKey(a) === emergencyOnAir!.key)
      if (current) emergencyOnAir.endMs = current.end.getTime() + emergencyOnAir.shiftMs
    }
    const airingChanges = [...airingsAt(at).flatMap((a) => [a.start, a.end]), ...(emergencyOnAir ? [new Date(emergencyOnAir.endMs)] : [])].filter((instant) => instant > at)
    const planned = nextChange(airPlan(playlists, at), at)
    const next = [planned, ...airingChanges].reduce<Date | null>((best, d) => (d && (!best || d < best) ? d : best), null)
    // A failed command is retried within a second; otherwise wake at the change or to re-read.
    const wait = Math.min(next ? next.getTime() - at.getTime() : Infinity, onAir === '?' ? 1000 : refreshMs)
    timer = setTimeout(() => {
      // Timers may fire a millisecond early: decide as of the change itself.
      const fired = now()
      const instant = next && next.getTime() - fired.getTime() < 50 && next > fired ? next : fired
      chain = chain.then(() => apply(instant)).then(arm)
    }, Math.max(0, wait))
  }

  async function refresh() {
    try {
      playlists = await options.loadPlaylists(now())
    } catch (error) {
      log(`Không đọc được lịch phát, giữ lịch cũ: ${(error as Error).message}`)
    }
    chain = chain.then(() => apply(now())).then(arm)
    await chain
  }

  let polling = false
  async function pollEmergencies() {
    if (!options.loadEmergencies || polling || stopped) return
    polling = true
    try {
      const loaded = await options.loadEmergencies(now())
      const changed = JSON.stringify(loaded) !== JSON.stringify(emergencies)
      emergencies = loaded
      if (changed) {
        chain = chain.then(() => apply(now())).then(arm)
        await chain
      }
    } catch (error) {
      log(`Không đọc được tin khẩn cấp, giữ danh sách cũ: ${(error as Error).message}`)
    } finally {
      polling = false
    }
  }

  const refresher = setInterval(() => void refresh(), refreshMs)
  const poller = options.loadEmergencies ? setInterval(() => void pollEmergencies(), options.emergencyPollMs ?? 2000) : null
  void refresh()
  void pollEmergencies()
  return {
    refresh,
    stop: () => {
      stopped = true
      clearInterval(refresher)
      if (poller) clearInterval(poller)
      if (timer) clearTimeout(timer)
    },
  }
}
