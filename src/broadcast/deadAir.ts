/**
 * Dead air on a relay (issue 10, item 3): which file stands in for a dead relay, and how the
 * engine's switches read in the station's log. Pure: no clock, no I/O; the playout (src/playout)
 * passes the playlists, the instant and the filler, and feeds in the engine's output lines.
 *
 * The switching itself happens inside Liquidsoap (src/playout/liquidsoap.ts): the relay is taken
 * off the air after N seconds of silence, or as soon as it cannot be reached or its buffer runs
 * dry, and the fallback file is looped until the relay has sound again.
 */
import type { Playlist } from './types'

export type DeadAirFallback = { kind: 'filler'; file: string } | { kind: 'programme'; url: string; title: string }

/**
 * The station's filler when it has one; otherwise the latest local programme that started before
 * `at` (the one listeners heard last; a music programme counts too), or null: silence.
 */
export function deadAirFallback(playlists: Playlist[], at: Date, fillerFile: string | null): DeadAirFallback | null {
  if (fillerFile) return { kind: 'filler', file: fillerFile }
  let best: { url: string; title: string; start: number } | null = null
  for (const entry of playlists.flatMap((playlist) => playlist.entries)) {
    if (entry.kind !== 'local' && entry.kind !== 'music') continue
    if (entry.status !== 'ready' || !entry.url) continue
    const start = new Date(entry.start).getTime()
    if (Number.isNaN(start) || start > at.getTime()) continue
    if (!best || start > best.start) best = { url: entry.url, title: entry.title, start }
  }
  return best ? { kind: 'programme', url: best.url, title: best.title } : null
}

/** The engine's layers, highest priority first (see liquidsoapScript). */
export type AirLayer = 'emergency' | 'programme' | 'relay' | 'deadair' | 'filler' | 'silence'
export type AirLayerState = { layer: AirLayer; relayDown: boolean } | null
export type DeadAirReason = 'unreachable' | 'lost' | 'silent'

const LAYERS: AirLayer[] = ['emergency', 'programme', 'relay', 'deadair', 'filler', 'silence']
const WHAT: Record<AirLayer, string> = {
  emergency: 'tin khẩn cấp',
  programme: 'chương trình',
  relay: 'tiếp âm',
  deadair: 'nguồn dự phòng',
  filler: 'nhạc nền',
  silence: 'im lặng',
}

export function deadAirReasonText(reason: DeadAirReason, seconds: number): string {
  if (reason === 'unreachable') return 'không kết nối được'
  if (reason === 'lost') return 'mất tín hiệu'
  return `im lặng quá ${seconds} giây`
}

/**
 * Reads one engine line. "LOA-LAYER <layer> [<reason>]" is printed by Liquidsoap whenever another
 * layer takes over the air; the reason is there while a relay slot is on air and the relay is not.
 * Returns null for other lines; otherwise the new state and, for a dead-air switch or the relay's
 * return, the Vietnamese log line.
 */
export function airSwitchLog(previous: AirLayerState, line: string, deadAirSeconds: number): { layer: AirLayerState; message: string | null } | null {
  const match = /LOA-LAYER (\w+)(?: (unreachable|lost|silent))?\s*$/.exec(line)
  if (!match || !LAYERS.includes(match[1] as AirLayer)) return null
  const layer = match[1] as AirLayer
  const reason = (match[2] as DeadAirReason | undefined) ?? null
  if (reason && layer !== 'emergency' && layer !== 'programme' && layer !== 'relay') {
    return {
      layer: { layer, relayDown: true },
      message: `Mất sóng tiếp âm (${deadAirReasonText(reason, deadAirSeconds)}): chuyển sang ${WHAT[layer]}, vẫn thử kết nối lại`,
    }
  }
  if (layer === 'relay' && previous?.relayDown) {
    return { layer: { layer, relayDown: false }, message: 'Tiếp âm đã có lại tín hiệu: phát lại tiếp âm' }
  }
  return { layer: { layer, relayDown: false }, message: null }
}
