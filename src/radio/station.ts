import type { Payload } from 'payload'
import type { StationSettings } from '../broadcast/types'
import { STATION_TIME_ZONE } from '../lib/viDate'
import { clipRefFromDoc } from './clips'

/** The station global as the settings the composer and renderer use (defaults for unset fields). */
export async function loadStationSettings(payload: Payload): Promise<StationSettings> {
  const station = await payload.findGlobal({ slug: 'station', depth: 1, overrideAccess: true })
  return {
    name: station.name || 'Đài Truyền thanh cơ sở',
    timeZone: station.timeZone || STATION_TIME_ZONE,
    loudnessTargetLufs: station.loudnessTarget ?? -16,
    truePeakDbtp: station.truePeak ?? -1.5,
    output: {
      format: 'mp3',
      bitrateKbps: station.bitrateKbps ?? 128,
      sampleRate: station.sampleRate ?? 44100,
      channels: station.channels === '2' ? 2 : 1,
    },
    gapSeconds: station.gapSeconds ?? 0.8,
    intro: clipRefFromDoc(station.intro),
    outro: clipRefFromDoc(station.outro),
    leadMinutes: station.leadMinutes ?? 60,
    maxSilentSharePercent: station.maxSilentSharePercent ?? 25,
    fillSilence: station.fillSilence ?? false,
    filler: clipRefFromDoc(station.filler),
    fillBetweenSlots: station.fillBetweenSlots ?? false,
    deadAirSeconds: station.deadAirSeconds ?? 15,
    emergencyRepeatHours: station.emergencyRepeatHours ?? 2,
    soundOutput: station.soundOutput ?? 'none',
    soundDevice: station.soundDevice ?? null,
  }
}
