import { type SoundCard, soundCardFromSettings } from '../broadcast/soundOutput'
import type { StationSettings } from '../broadcast/types'
import { STATION_DEFAULTS } from '../broadcast/stationSettings'

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
    deadAirSeconds: station.deadAirSeconds ?? STATION_DEFAULTS.deadAirSeconds,
    soundCard: soundCardFromSettings(station.soundOutput, station.soundDevice),
  }
}

/** What Liquidsoap's script takes from the station (a change needs a new engine). */
export type EngineSettings = { stationName: string; deadAirSeconds: number; fillerFile: string | null; soundCard: SoundCard | null }

export function engineSettingsFromStation(station: StationSettings): EngineSettings {
  const { betweenSlotsFile, deadAirSeconds, soundCard } = playoutOptionsFromStation(station)
  return { stationName: station.name, deadAirSeconds, fillerFile: betweenSlotsFile, soundCard }
}

/** The settings saved at the last airing (and that playout's pid), if readable: a restart starts its engine with them at once. */
export function parseEngineSettings(text: string): (EngineSettings & { pid: number | null }) | null {
  try {
    const value = JSON.parse(text) as Partial<EngineSettings & { pid: number }>
    if (typeof value.stationName !== 'string' || typeof value.deadAirSeconds !== 'number') return null
    if (value.fillerFile !== null && typeof value.fillerFile !== 'string') return null
    const pid = Number.isInteger(value.pid) && value.pid! > 0 ? value.pid! : null
    // Checked again as the station setting is (the device name goes into the script); throws when bad.
    const card = value.soundCard ?? null
    const soundCard = card === null ? null : soundCardFromSettings(card.kind, card.device)
    return { stationName: value.stationName, deadAirSeconds: value.deadAirSeconds, fillerFile: value.fillerFile, soundCard, pid }
  } catch {
    return null
  }
}

export const sameEngineSettings = (a: EngineSettings, b: EngineSettings) =>
  a.stationName === b.stationName &&
  a.deadAirSeconds === b.deadAirSeconds &&
  a.fillerFile === b.fillerFile &&
  a.soundCard?.kind === b.soundCard?.kind &&
  a.soundCard?.device === b.soundCard?.device
