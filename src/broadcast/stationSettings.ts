/**
 * The station's settings (global "station") with their defaults, in one place: the global's fields
 * take their defaultValue from STATION_DEFAULTS, and stationSettingsFrom fills what a stored
 * document leaves unset with the same values. Every reader goes through src/radio/station
 * (loadStationSettings), so the worker, the playout, the admin and the site agree on the station's
 * name and clock.
 */
import { STATION_TIME_ZONE } from '../lib/viDate'
import type { ClipRef, StationSettings } from './types'

/** How links and e-mail addresses in a read-out are spoken (src/speech): skipped or spelled. */
export type LinkReading = 'skip' | 'spell'

const SOUND_OUTPUTS = ['none', 'alsa', 'pulseaudio'] as const
type SoundOutput = (typeof SOUND_OUTPUTS)[number]

type Defaults = {
  name: string
  timeZone: string
  loudnessTarget: number
  truePeak: number
  bitrateKbps: number
  sampleRate: number
  channels: '1' | '2'
  gapSeconds: number
  leadMinutes: number
  maxSilentSharePercent: number
  fillSilence: boolean
  fillBetweenSlots: boolean
  deadAirSeconds: number
  emergencyRepeatHours: number
  soundOutput: SoundOutput
  readLinks: LinkReading
}

/** Defaults, keyed by the global's field names (src/globals/Station uses them as defaultValue). */
export const STATION_DEFAULTS: Readonly<Defaults> = Object.freeze({
  name: 'Đài Truyền thanh cơ sở',
  timeZone: STATION_TIME_ZONE,
  loudnessTarget: -16,
  truePeak: -1.5,
  bitrateKbps: 128,
  sampleRate: 44100,
  channels: '1',
  gapSeconds: 0.8,
  leadMinutes: 60,
  maxSilentSharePercent: 25,
  fillSilence: false,
  fillBetweenSlots: false,
  deadAirSeconds: 15,
  emergencyRepeatHours: 2,
  soundOutput: 'none',
  readLinks: 'skip',
})

/** The stored global as it may come back (older rows, a database where it was never saved). */
export type StoredStation = {
  name?: string | null
  timeZone?: string | null
  loudnessTarget?: number | null
  truePeak?: number | null
  bitrateKbps?: number | null
  sampleRate?: number | null
  channels?: string | null
  gapSeconds?: number | null
  leadMinutes?: number | null
  maxSilentSharePercent?: number | null
  fillSilence?: boolean | null
  fillBetweenSlots?: boolean | null
  deadAirSeconds?: number | null
  emergencyRepeatHours?: number | null
  soundOutput?: string | null
  soundDevice?: string | null
  intro?: unknown
  outro?: unknown
  filler?: unknown
  speech?: { readLinks?: string | null } | null
}

/** Every setting present, defaults applied: what loadStationSettings returns. */
export type Station = Required<StationSettings> & { readLinks: LinkReading }

const text = (value: string | null | undefined, fallback: string) => (typeof value === 'string' && value.trim() !== '' ? value : fallback)

/**
 * The settings from a stored document (null: nothing stored), unset fields from STATION_DEFAULTS.
 * `clip` turns an upload field (intro, outro, filler) into the composer's ClipRef: resolving a file
 * path is the adapter's business.
 */
export function stationSettingsFrom(stored: StoredStation | null | undefined, clip: (value: unknown) => ClipRef | null = () => null): Station {
  const s = stored ?? {}
  const d = STATION_DEFAULTS
  return {
    name: text(s.name, d.name),
    timeZone: text(s.timeZone, d.timeZone),
    loudnessTargetLufs: s.loudnessTarget ?? d.loudnessTarget,
    truePeakDbtp: s.truePeak ?? d.truePeak,
    output: {
      format: 'mp3',
      bitrateKbps: s.bitrateKbps ?? d.bitrateKbps,
      sampleRate: s.sampleRate ?? d.sampleRate,
      channels: (s.channels ?? d.channels) === '2' ? 2 : 1,
    },
    gapSeconds: s.gapSeconds ?? d.gapSeconds,
    intro: clip(s.intro),
    outro: clip(s.outro),
    leadMinutes: s.leadMinutes ?? d.leadMinutes,
    maxSilentSharePercent: s.maxSilentSharePercent ?? d.maxSilentSharePercent,
    fillSilence: s.fillSilence ?? d.fillSilence,
    filler: clip(s.filler),
    fillBetweenSlots: s.fillBetweenSlots ?? d.fillBetweenSlots,
    deadAirSeconds: s.deadAirSeconds ?? d.deadAirSeconds,
    emergencyRepeatHours: s.emergencyRepeatHours ?? d.emergencyRepeatHours,
    soundOutput: SOUND_OUTPUTS.includes(s.soundOutput as SoundOutput) ? (s.soundOutput as SoundOutput) : d.soundOutput,
    soundDevice: s.soundDevice ?? null,
    readLinks: s.speech?.readLinks === 'spell' ? 'spell' : d.readLinks,
  }
}
