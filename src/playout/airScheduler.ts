/**
 * Loa's side of playout: keeps the engine in step with the plan. A timer is armed for the next
 * change (a slot start or end, from src/broadcast/airPlan); when it fires, the event due at that
 * instant is worked out afresh and sent to the engine if it differs from what is on air. The
 * playlists are re-read every `refreshMs`, so a programme rebuilt before its slot is picked up
 * without a restart. Station time comes from the instants themselves (ISO strings with offsets).
 */
import path from 'node:path'
import { type AirEvent, airingAt, airPlan, nextChange } from '../broadcast/airPlan'
import { deadAirFallback } from '../broadcast/deadAir'
import type { Playlist } from '../broadcast/types'

export type AirEngine = {
  play: (file: string, cue: { inSeconds: number; outSeconds: number }) => Promise<void>
  relay: (url: string) => Promise<void>
  /** The file looped while the relay is dead (null: silence); sent before each relay. */
  deadAir?: (file: string | null) => Promise<void>
  stop: () => Promise<void>
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

const keyOf = (event: AirEvent | null) => (event && event.play.kind !== 'silence' ? `${event.slot}@${event.start.toISOString()}|${event.play.kind}|${event.play.url}` : null)
const hhmmss = (date: Date) => date.toISOString().slice(11, 19)

export function startAirScheduler(options: AirSchedulerOptions): { stop: () => void; refresh: () => Promise<void> } {
  const now = options.now ?? (() => new Date())
  const log = options.log ?? (() => {})
  const refreshMs = options.refreshMs ?? 30_000
  let playlists: Playlist[] = []
  let onAir: string | null = null
  let timer: NodeJS.Timeout | null = null
  let stopped = false
  // Changes go to the engine one at a time, in order.
  let chain: Promise<void> = Promise.resolve()

  async function apply(at: Date) {
    const events = airPlan(playlists, at)
    const event = airingAt(events, at)
    const key = keyOf(event)
    if (key === onAir) return
    try {
      if (!event || event.play.kind === 'silence') {
        await options.engine.stop()
        if (event) log(`${event.title}: im lặng (${event.play.kind === 'silence' ? event.play.reason : ''})`)
        else log('Hết khung giờ: dừng phát')
      } else if (event.play.kind === 'relay') {
        const fallback = deadAirFallback(playlists, at, options.fillerFile ?? null)
        const fallbackFile = !fallback ? null : fallback.kind === 'filler' ? fallback.file : options.resolveFile(fallback.url)
        await options.engine.deadAir?.(fallbackFile)
        await options.engine.relay(event.play.url)
        const spare = !fallbackFile ? 'im lặng' : fallback?.kind === 'filler' ? 'nhạc nền' : `chương trình "${fallback?.kind === 'programme' ? fallback.title : ''}"`
        log(`${event.title}: tiếp sóng ${event.play.url} (mất sóng thì phát ${spare})`)
      } else {
        const file = options.resolveFile(event.play.url)
        if (!file) {
          await options.engine.stop()
          log(`${event.title}: không mở được tệp ${event.play.url}, im lặng`)
        } else {
          // The slot's end as a cue-out point is the engine's own guard against an overrun.
          const outSeconds = (event.end.getTime() - event.start.getTime()) / 1000
          // Under half a second late is a timer's jitter, not a restart: start from the top.
          const inSeconds = event.offsetSeconds >= 0.5 ? event.offsetSeconds : 0
          await options.engine.play(file, { inSeconds, outSeconds })
          log(`${event.title}: phát ${file}${inSeconds ? ` từ giây ${inSeconds.toFixed(1)}` : ''} (khung ${hhmmss(event.start)}–${hhmmss(event.end)} UTC)`)
        }
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
    const next = nextChange(airPlan(playlists, at), at)
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

  const refresher = setInterval(() => void refresh(), refreshMs)
  void refresh()
  return {
    refresh,
    stop: () => {
      stopped = true
      clearInterval(refresher)
      if (timer) clearTimeout(timer)
    },
  }
}
