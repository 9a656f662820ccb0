import { type SoundCard, soundCardFromSettings } from '../broadcast/soundOutput'
import type { StationSettings } from '../broadcast/types'

/**
 * The station settings that shape the air (src/globals/Station): the filler looped between slots
 * only when "Phát nhạc nền giữa các khung giờ" is on and a filler is chosen; the filler as the
 * relay's dead-air fallback whenever one is chosen; the dead-air seconds (default 15); the sound
 * card fed alongside the stream, if any.
 */
export function playoutOptionsFromStation(station: StationSettings): {
  betweenSlotsFile: string | null
  deadAirFillerFile: string | null
  deadAirSeconds: number
  soundCard: SoundCard | null
} {
  const filler = station.filler?.path ?? null
  return {
    betweenSlotsFile: station.fillBetweenSlots ? filler : null,
    deadAirFillerFile: filler,
    deadAirSeconds: station.deadAirSeconds ?? 15,
    soundCard: soundCardFromSettings(station.soundOutput, station.soundDevice),
  }
}
